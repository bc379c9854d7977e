#pragma once

#include "dialect.h"

namespace tidemark {

// PostgreSQL through QPSQL. Tidemark's tables live in the schema named by the URL's ?schema= option, created when
// missing (openDatabase puts it first on search_path, so the migrations run there too), else in the current schema.
class PostgresDialect final : public Dialect
{
public:
    DatabaseKind kind() const override { return DatabaseKind::Postgres; }
    bool transactionalDdl() const override { return true; }
    QStringList createTablesSql(const TableNames &tables) const override;
    std::unique_ptr<MigrationLock> createLock(const QSqlDatabase &db, const TableNames &tables,
                                              const LockIdentity &me) const override;
    // In a DO block that raises client_min_messages, so no NOTICE "already exists, skipping" reaches the terminal.
    bool createUniqueIndex(const QSqlDatabase &db, const QString &table, const QString &column,
                           QString *error) const override;
    bool tableExists(const QSqlDatabase &db, const QString &table) const override;
    QString databaseUser(const QSqlDatabase &db) const override;

    std::optional<CatalogPresence> presence(const QSqlDatabase &db, const CatalogObject &object,
                                            QString *error) const override;
    // Read with search_path set to pg_catalog for the while (postgresschemasnapshot.cpp), so that every other name
    // prints schema-qualified.
    std::optional<SchemaSnapshot> schemaSnapshot(const QSqlDatabase &db, const TableNames &tidemarkTables,
                                                 QString *error) const override;
    bool addsEnumValuesInTransaction(const QSqlDatabase &db) const override;
};

} // namespace tidemark
