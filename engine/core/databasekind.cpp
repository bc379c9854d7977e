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

} // namespace tidemark
