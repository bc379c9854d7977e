#pragma once

#include "dialect.h"

namespace tidemark {

class SqliteDialect final : public Dialect
{
public:
    DatabaseKind kind() const override { return DatabaseKind::Sqlite; }
    bool transactionalDdl() const override { return true; }
    QStringList createTablesSql(const TableNames &tables) const override;
    std::unique_ptr<MigrationLock> createLock(const QSqlDatabase &db, const TableNames &tables,
                                              const LockIdentity &me) const override;
    QString databaseUser(const QSqlDatabase &db) const override;
    QDateTime readTimestamp(const QVariant &value) const override;
    QVariant timestampValue(const QDateTime &utc) const override;
    bool beginTransaction(QSqlDatabase &db, QString *error) const override;
    std::optional<CatalogPresence> presence(const QSqlDatabase &db, const CatalogObject &object,
                                            QString *error) const override;
    // sqlite_master's own text, see sqliteschema.cpp.
    std::optional<SchemaSnapshot> schemaSnapshot(const QSqlDatabase &db, const TableNames &tidemarkTables,
                                                 QString *error) const override;
};

} // namespace tidemark
