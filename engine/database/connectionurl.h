#pragma once

#include "core/databasekind.h"

#include <QMap>
#include <QString>

#include <optional>

namespace tidemark {

// Where the target database is. Never holds a password: that comes from the keychain or TIDEMARK_PASSWORD.
struct ConnectionUrl
{
    DatabaseKind dialect = DatabaseKind::Sqlite;
    QString path; // SQLite file
    QString host;
    int port = 0;
    QString database;
    QString user;
    QMap<QString, QString> options; // query items, e.g. sslmode, schema

    // sqlite:PATH, postgres://USER@HOST:PORT/DB, postgresql://…, mysql://…, mariadb://…
    static std::optional<ConnectionUrl> parse(const QString &text, QString *error);

    // A form safe to print: no password, ever.
    QString redacted() const;
    // The database name as a DBA would type it to confirm a production change.
    QString databaseName() const;
};

} // namespace tidemark
