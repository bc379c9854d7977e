#include "dialectfactory.h"

#include "mysqldialect.h"
#include "postgresdialect.h"
#include "sqlitedialect.h"

namespace tidemark {

std::unique_ptr<Dialect> createDialect(DatabaseKind dialect)
{
    switch (dialect) {
    case DatabaseKind::Sqlite: return std::make_unique<SqliteDialect>();
    case DatabaseKind::Postgres: return std::make_unique<PostgresDialect>();
    case DatabaseKind::MySql: return std::make_unique<MySqlDialect>();
    }
    return nullptr;
}

} // namespace tidemark
