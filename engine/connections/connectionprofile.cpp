#include "connectionprofile.h"

#include "core/tr.h"

#include <QFileInfo>
#include <QUuid>

namespace tidemark {
namespace {

const QString sslModeKey = QStringLiteral("sslmode");
const QString schemaKey = QStringLiteral("schema");

} // namespace

QString ConnectionProfile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

ConnectionProfile ConnectionProfile::fromUrl(const ConnectionUrl &url, const QString &name)
{
    ConnectionProfile profile;
    profile.id = newId();
    profile.name = name;
    profile.driver = url.dialect;
    if (url.dialect == DatabaseKind::Sqlite) {
        profile.database = url.path;
        return profile;
    }
    profile.host = url.host;
    profile.port = url.port == defaultPort(url.dialect) ? 0 : url.port;
    profile.database = url.database;
    profile.user = url.user;
    profile.options = url.options;
    if (const std::optional<TlsMode> tls = parseTlsMode(profile.options.value(sslModeKey))) {
        profile.tlsMode = *tls;
        profile.options.remove(sslModeKey);
    }
    profile.schema = profile.options.take(schemaKey);
    return profile;
}

int ConnectionProfile::effectivePort() const
{
    return port > 0 ? port : defaultPort(driver);
}

ConnectionUrl ConnectionProfile::toUrl() const
{
    ConnectionUrl url;
    url.dialect = driver;
    if (driver == DatabaseKind::Sqlite) {
        url.path = database.isEmpty() ? QString() : QFileInfo(database).absoluteFilePath();
        return url;
    }
    url.host = host;
    url.port = effectivePort();
    url.database = database;
    url.user = user;
    url.options = options;
    if (tlsMode != TlsMode::Default)
        url.options.insert(sslModeKey, tlsModeName(tlsMode));
    if (!schema.isEmpty())
        url.options.insert(schemaKey, schema);
    return url;
}

QString ConnectionProfile::validationError() const
{
    if (name.trimmed().isEmpty())
        return Tr::tr("the profile needs a name");
    if (name != name.trimmed())
        return Tr::tr("the profile name may not start or end with a space");
    if (driver == DatabaseKind::Sqlite)
        return database.isEmpty() ? Tr::tr("a SQLite profile needs the database file") : QString();
    if (host.trimmed().isEmpty())
        return Tr::tr("the profile needs a host");
    if (port < 0 || port > 65535)
        return Tr::tr("the port must be between 1 and 65535");
    if (database.trimmed().isEmpty())
        return Tr::tr("the profile needs a database");
    if (driver == DatabaseKind::MySql && !schema.isEmpty())
        return Tr::tr("the schema is for PostgreSQL; on MariaDB and MySQL the database is the schema");
    return {};
}

QString ConnectionProfile::environmentName(EnvironmentTag tag)
{
    switch (tag) {
    case EnvironmentTag::Development: return QStringLiteral("development");
    case EnvironmentTag::Staging: return QStringLiteral("staging");
    case EnvironmentTag::Production: return QStringLiteral("production");
    }
    return {};
}

QString ConnectionProfile::environmentTitle(EnvironmentTag tag)
{
    switch (tag) {
    case EnvironmentTag::Development: return Tr::tr("Development");
    case EnvironmentTag::Staging: return Tr::tr("Staging");
    case EnvironmentTag::Production: return Tr::tr("Production");
    }
    return {};
}

std::optional<EnvironmentTag> ConnectionProfile::parseEnvironment(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"development" || n == u"dev")
        return EnvironmentTag::Development;
    if (n == u"staging" || n == u"stage")
        return EnvironmentTag::Staging;
    if (n == u"production" || n == u"prod")
        return EnvironmentTag::Production;
    return std::nullopt;
}

QString ConnectionProfile::tlsModeName(TlsMode mode)
{
    switch (mode) {
    case TlsMode::Default: return {};
    case TlsMode::Disable: return QStringLiteral("disable");
    case TlsMode::Prefer: return QStringLiteral("prefer");
    case TlsMode::Require: return QStringLiteral("require");
    case TlsMode::VerifyCa: return QStringLiteral("verify-ca");
    case TlsMode::VerifyFull: return QStringLiteral("verify-full");
    }
    return {};
}

std::optional<TlsMode> ConnectionProfile::parseTlsMode(const QString &name)
{
    for (TlsMode mode : {TlsMode::Disable, TlsMode::Prefer, TlsMode::Require, TlsMode::VerifyCa,
                         TlsMode::VerifyFull})
        if (name == tlsModeName(mode))
            return mode;
    return name.isEmpty() ? std::optional(TlsMode::Default) : std::nullopt;
}

int ConnectionProfile::defaultPort(DatabaseKind driver)
{
    switch (driver) {
    case DatabaseKind::Sqlite: return 0;
    case DatabaseKind::Postgres: return 5432;
    case DatabaseKind::MySql: return 3306;
    }
    return 0;
}

} // namespace tidemark
