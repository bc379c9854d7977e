#pragma once

#include <QString>

namespace tidemark {

// The SQL family a script is written for; drives the splitter and the database dialect.
enum class DatabaseKind { Sqlite, Postgres, MySql };

QString databaseKindName(DatabaseKind dialect);    // "sqlite", "postgres", "mysql": as URLs and JSON name it
QString databaseProductName(DatabaseKind dialect); // "SQLite", "PostgreSQL", "MariaDB/MySQL": for people

} // namespace tidemark
