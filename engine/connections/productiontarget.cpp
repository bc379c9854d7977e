#include "productiontarget.h"

#include <QDir>
#include <QFileInfo>

namespace tidemark {
namespace {

QString hostKey(const QString &host)
{
    const QString h = host.toLower();
    if (h.isEmpty() || h == u"localhost" || h == u"127.0.0.1" || h == u"::1" || h == u"[::1]" || h.startsWith(u'/'))
        return QStringLiteral("this machine");
    return h;
}

int portOf(const ConnectionUrl &url)
{
    return url.port > 0 ? url.port : ConnectionProfile::defaultPort(url.dialect);
}

QString fileKey(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath(); // empty when the file does not exist yet
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

} // namespace

bool sameDatabase(const ConnectionUrl &a, const ConnectionUrl &b)
{
    if (a.dialect != b.dialect)
        return false;
    if (a.dialect == DatabaseKind::Sqlite)
        return !a.path.isEmpty() && !b.path.isEmpty() && fileKey(a.path) == fileKey(b.path);
    return hostKey(a.host) == hostKey(b.host) && portOf(a) == portOf(b) && a.database == b.database;
}

std::optional<ConnectionProfile> productionProfileFor(const QList<ConnectionProfile> &profiles, const ConnectionUrl &url)
{
    for (const ConnectionProfile &profile : profiles)
        if (profile.isProduction() && sameDatabase(profile.toUrl(), url))
            return profile;
    return std::nullopt;
}

} // namespace tidemark
