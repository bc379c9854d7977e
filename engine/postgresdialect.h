#pragma once

#include "dialect.h"

namespace tidemark {

// PostgreSQL through QPSQL. Tidemark's tables live in the schema named by the URL's ?schema= option, created when
// missing (openDatabase puts it first on search_path, so the migrations run there too), else in the current schema.
class PostgresDialect final : public Dialect
{
public:
    SqlDialect sqlDialect() const override { return SqlDialect::Postgres; }
    bool transactionalDdl() const override { return true; }
    QStringList createTablesSql(const TableNames &tables) const override;
    std::unique_ptr<MigrationLock> createLock(const QSqlDatabase &db, const TableNames &tables,
                                              const LockIdentity &me) const override;
    bool tableExists(const QSqlDatabase &db, const QString &table) const override;
    QString databaseUser(const QSqlDatabase &db) const override;

    // The schema Tidemark's tables are (or will be) created in; empty with an error when there is none.
    static QString targetSchema(const QSqlDatabase &db, QString *error);
};

} // namespace tidemark
