#include "connectionurl.h"
#include "core/tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace tidemark {
namespace {

// Query parameters that carry a password in libpq, the MySQL connectors and JDBC-style URLs.
bool isPasswordParameter(const QString &key)
{
    static const QStringList names = {QStringLiteral("password"), QStringLiteral("pass"), QStringLiteral("pwd"),
                                      QStringLiteral("passwd"), QStringLiteral("sslpassword")};
    return names.contains(key, Qt::CaseInsensitive);
}

// Looks at the text itself, before QUrl does: a URL QUrl rejects (a bad port, say) must not be echoed or kept
// with its password either. Empty when the text carries none.
QString passwordProblem(const QString &text)
{
    static const QRegularExpression userInfo(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://([^@/?#]*)@"));
    if (const QRegularExpressionMatch m = userInfo.match(text); m.hasMatch() && m.captured(1).contains(u':'))
        return Tr::tr("the URL contains a password, which would show in the process list and shell history; "
                      "remove it and set TIDEMARK_PASSWORD or use a saved profile");
    const qsizetype queryStart = text.indexOf(u'?');
    if (queryStart < 0)
        return {};
    for (const auto &item : QUrlQuery(text.mid(queryStart + 1)).queryItems(QUrl::FullyDecoded)) {
        if (isPasswordParameter(item.first))
            return Tr::tr("the URL has a %1 parameter, which would show in the process list and shell history; "
                          "remove it and set TIDEMARK_PASSWORD or use a saved profile").arg(item.first);
    }
    return {};
}

// QUrl only says "invalid" for a port past 65535; say which port and why.
QString portProblem(const QString &text)
{
    static const QRegularExpression authorityPort(
        QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/?#]*@)?(?:\\[[^\\]]*\\]|[^:/?#]*):([0-9]+)(?:[/?#]|$)"));
    const QRegularExpressionMatch m = authorityPort.match(text);
    if (!m.hasMatch())
        return {};
    bool ok = false;
    const qulonglong port = m.captured(1).toULongLong(&ok);
    if (ok && port >= 1 && port <= 65535)
        return {};
    return Tr::tr("port %1 is out of range; a port is a number from 1 to 65535").arg(m.captured(1));
}

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
    if (QString problem = passwordProblem(text); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
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
    if (QString problem = portProblem(text); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    const QUrl parsed(text, QUrl::StrictMode);
    const std::optional<DatabaseKind> dialect = dialectForScheme(parsed.scheme());
    if (!parsed.isValid() || !dialect) {
        *error = Tr::tr("unknown database URL \"%1\"; use sqlite:PATH, postgres://USER@HOST:PORT/DB or mysql://USER@HOST:PORT/DB")
                     .arg(parsed.isValid() ? parsed.scheme() + QStringLiteral("://…") : QStringLiteral("…"));
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
