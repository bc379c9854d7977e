#include "databasekind.h"

namespace tidemark {

QString databaseKindName(DatabaseKind dialect)
{
    switch (dialect) {
    case DatabaseKind::Sqlite: return QStringLiteral("sqlite");
    case DatabaseKind::Postgres: return QStringLiteral("postgres");
    case DatabaseKind::MySql: return QStringLiteral("mysql");
    }
    return {};
}

QString databaseProductName(DatabaseKind dialect)
{
    switch (dialect) {
    case DatabaseKind::Sqlite: return QStringLiteral("SQLite");
    case DatabaseKind::Postgres: return QStringLiteral("PostgreSQL");
    case DatabaseKind::MySql: return QStringLiteral("MariaDB/MySQL");
    }
    return {};
}

} // namespace tidemark
