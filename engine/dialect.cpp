#include "dialect.h"

#include "mysqldialect.h"
#include "postgresdialect.h"
#include "sqlitedialect.h"

namespace tidemark {

bool Dialect::tableExists(const QSqlDatabase &db, const QString &table) const
{
    return db.tables().contains(table, Qt::CaseInsensitive);
}

QString Dialect::databaseUser(const QSqlDatabase &db) const
{
    return db.userName();
}

QDateTime Dialect::readTimestamp(const QVariant &value) const
{
    QDateTime time = value.toDateTime();
    return time.isValid() ? time.toUTC() : QDateTime();
}

QVariant Dialect::timestampValue(const QDateTime &utc) const
{
    return utc.toUTC();
}

std::unique_ptr<Dialect> createDialect(SqlDialect dialect)
{
    switch (dialect) {
    case SqlDialect::Sqlite: return std::make_unique<SqliteDialect>();
    case SqlDialect::Postgres: return std::make_unique<PostgresDialect>();
    case SqlDialect::MySql: return std::make_unique<MySqlDialect>();
    }
    return nullptr;
}

} // namespace tidemark
