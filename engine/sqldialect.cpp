#include "sqldialect.h"

namespace tidemark {

QString sqlDialectName(SqlDialect dialect)
{
    switch (dialect) {
    case SqlDialect::Sqlite: return QStringLiteral("sqlite");
    case SqlDialect::Postgres: return QStringLiteral("postgres");
    case SqlDialect::MySql: return QStringLiteral("mysql");
    }
    return {};
}

} // namespace tidemark
