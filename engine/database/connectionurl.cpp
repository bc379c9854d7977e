#include "connectionurl.h"
#include "core/tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace tidemark {
namespace {


std::optional<DatabaseKind> dialectForScheme(const QString &scheme)
{
    if (scheme == u"postgres" || scheme == u"postgresql")
        return DatabaseKind::Postgres;
    if (scheme == u"mysql" || scheme == u"mariadb")
        return DatabaseKind::MySql;
    return std::nullopt;
}

} // namespace

std::optional<ConnectionUrl> ConnectionUrl::parse(const QString &text, QString *error)
{
    ConnectionUrl url;
    if (text.startsWith(QLatin1String("sqlite:"))) {
        QString path = text.mid(7);
        if (path.startsWith(QLatin1String("//")))
            path = path.mid(2); // sqlite:///abs/path and sqlite://rel/path
        if (path.isEmpty()) {
            *error = Tr::tr("sqlite: URL needs a file path, e.g. sqlite:app.db");
            return std::nullopt;
        }
        url.path = QFileInfo(path).absoluteFilePath();
        return url;
    }
    const QUrl parsed(text, QUrl::StrictMode);
    const std::optional<DatabaseKind> dialect = dialectForScheme(parsed.scheme());
    if (!parsed.isValid() || !dialect) {
        *error = Tr::tr("unknown database URL \"%1\"; use sqlite:PATH, postgres://USER@HOST:PORT/DB or mysql://USER@HOST:PORT/DB")
                     .arg(parsed.isValid() ? parsed.scheme() + QStringLiteral("://…") : QStringLiteral("…"));
        return std::nullopt;
    }
    if (!parsed.password().isEmpty()) {
        *error = Tr::tr("the URL contains a password, which would show in the process list and shell history; "
                    "remove it and set TIDEMARK_PASSWORD or use a saved profile");
        return std::nullopt;
    }
    url.dialect = *dialect;
    url.host = parsed.host();
    url.port = parsed.port(*dialect == DatabaseKind::Postgres ? 5432 : 3306);
    url.database = parsed.path().mid(1);
    url.user = parsed.userName();
    for (const auto &[key, value] : QUrlQuery(parsed).queryItems(QUrl::FullyDecoded))
        url.options.insert(key, value);
    if (url.host.isEmpty() || url.database.isEmpty()) {
        *error = Tr::tr("the URL needs a host and a database, e.g. postgres://app@localhost:5432/appdb");
        return std::nullopt;
    }
    return url;
}

QString ConnectionUrl::redacted() const
{
    if (dialect == DatabaseKind::Sqlite)
        return QStringLiteral("sqlite:") + QDir::toNativeSeparators(path);
    QUrl url;
    url.setScheme(dialect == DatabaseKind::Postgres ? QStringLiteral("postgres") : QStringLiteral("mysql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        query.addQueryItem(it.key(), it.value());
    url.setQuery(query);
    return url.toString();
}

QString ConnectionUrl::databaseName() const
{
    return dialect == DatabaseKind::Sqlite ? QFileInfo(path).fileName() : database;
}

} // namespace tidemark
