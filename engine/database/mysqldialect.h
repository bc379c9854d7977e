#pragma once

#include "dialect.h"

namespace tidemark {

// MariaDB and MySQL through QMYSQL. DDL commits at once, so the runner records statements as they run.
// openDatabase sets the session time_zone to UTC; times are DATETIME(3) holding UTC.
class MySqlDialect final : public Dialect
{
public:
    DatabaseKind kind() const override { return DatabaseKind::MySql; }
    bool transactionalDdl() const override { return false; }
    QStringList createTablesSql(const TableNames &tables) const override;
    std::unique_ptr<MigrationLock> createLock(const QSqlDatabase &db, const TableNames &tables,
                                              const LockIdentity &me) const override;
    bool tableExists(const QSqlDatabase &db, const QString &table) const override;
    QString databaseUser(const QSqlDatabase &db) const override;
    QDateTime readTimestamp(const QVariant &value) const override;
    QString longTextType() const override { return QStringLiteral("LONGTEXT"); }
    // MySQL has no CREATE INDEX IF NOT EXISTS (MariaDB has): the catalog says whether it is there.
    bool createUniqueIndex(const QSqlDatabase &db, const QString &table, const QString &column,
                           QString *error) const override;
    std::optional<CatalogPresence> presence(const QSqlDatabase &db, const CatalogObject &object,
                                            QString *error) const override;
    // SHOW CREATE's text without definers, defaults and the database's own name, see mysqlschema.cpp.
    std::optional<SchemaSnapshot> schemaSnapshot(const QSqlDatabase &db, const TableNames &tidemarkTables,
                                                 QString *error) const override;
};

} // namespace tidemark
