#pragma once

#include "core/databasekind.h"
#include "database/connectionurl.h"

#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

namespace tidemark {

// What the DBA calls a database: development, staging or production. Production asks for more care
// (the confirm-plan dialog makes the DBA type the database name).
enum class EnvironmentTag { Development, Staging, Production };

// How a PostgreSQL connection uses TLS (libpq's sslmode). Default leaves libpq's own default (prefer).
enum class TlsMode { Default, Disable, Prefer, Require, VerifyCa, VerifyFull };

// A saved connection: where the database is and how to reach it, never the password (that lives in the OS
// keychain under the profile's id, see CredentialStore).
struct ConnectionProfile
{
    QString id; // stable key in settings and in the keychain; a UUID without braces
    QString name; // what the DBA types after --profile; unique, case-insensitively
    DatabaseKind driver = DatabaseKind::Postgres;
    QString host;
    int port = 0; // 0: the driver's default
    QString database; // for SQLite the database file
    QString user;
    QString schema; // PostgreSQL only
    TlsMode tlsMode = TlsMode::Default;
    EnvironmentTag environment = EnvironmentTag::Development;
    QString color; // "#rrggbb" the DBA chose; empty: the workbench shows the environment's colour
    QString projectDir; // the migrations folder this database usually goes with
    QMap<QString, QString> options; // further URL query items, passed on as they are

    static QString newId();
    // Name, driver, host, database, port and user taken from a URL (sslmode and schema too).
    static ConnectionProfile fromUrl(const ConnectionUrl &url, const QString &name);

    bool isProduction() const { return environment == EnvironmentTag::Production; }
    bool needsPassword() const { return driver != DatabaseKind::Sqlite; }
    int effectivePort() const;

    ConnectionUrl toUrl() const;
    QString redactedUrl() const { return toUrl().redacted(); }
    // The database name as the DBA types it to confirm a change on production.
    QString databaseName() const { return toUrl().databaseName(); }

    // Empty when the profile can be saved; otherwise what is missing, for the person.
    QString validationError() const;

    static QString environmentName(EnvironmentTag tag); // development, staging, production
    static QString environmentTitle(EnvironmentTag tag); // translated, for the person
    static std::optional<EnvironmentTag> parseEnvironment(const QString &name);
    static QString tlsModeName(TlsMode mode); // libpq's sslmode value; empty for Default
    static std::optional<TlsMode> parseTlsMode(const QString &name);
    static int defaultPort(DatabaseKind driver);

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

} // namespace tidemark

Q_DECLARE_METATYPE(tidemark::ConnectionProfile)
