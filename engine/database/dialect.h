#pragma once

#include "core/catalogobject.h"
#include "core/databasekind.h"
#include "core/project.h"
#include "migrationlock.h"
#include "schemasnapshot.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

namespace tidemark {

// What differs between database engines: Tidemark's tables, the lock, and transactional DDL.
class Dialect
{
public:
    virtual ~Dialect() = default;

    virtual DatabaseKind kind() const = 0;
    // Whether DDL can be rolled back, so one transaction per migration covers everything.
    virtual bool transactionalDdl() const = 0;
    virtual QStringList createTablesSql(const TableNames &tables) const = 0;
    virtual std::unique_ptr<MigrationLock> createLock(const QSqlDatabase &db, const TableNames &tables,
                                                      const LockIdentity &me) const = 0;
    virtual bool tableExists(const QSqlDatabase &db, const QString &table) const;
    // The user the connection logged in as, for applied_by; empty where the engine has no users.
    virtual QString databaseUser(const QSqlDatabase &db) const;
    // Whether the server behind db runs ALTER TYPE … ADD VALUE inside a transaction block (PostgreSQL 12 and later).
    virtual bool addsEnumValuesInTransaction(const QSqlDatabase &db) const;
    virtual QDateTime readTimestamp(const QVariant &value) const;
    virtual QVariant timestampValue(const QDateTime &utc) const;
    // The server's name and version as it reports them, e.g. "PostgreSQL 15.5"; empty when it does not say.
    QString serverVersion(const QSqlDatabase &db) const;
    // The column type for text of any length (SQL scripts, JSON).
    virtual QString longTextType() const { return QStringLiteral("TEXT"); }
    // Begins a transaction that will write; false with the database's message. SQLite takes the write lock at once
    // (BEGIN IMMEDIATE): a deferred transaction that has read cannot wait for another writer to upgrade, and fails
    // with "database is locked" however long the busy timeout, as a run beside waiting runners did.
    virtual bool beginTransaction(QSqlDatabase &db, QString *error) const;
    // Creates a unique index on table(column) named after them, unless it exists.
    virtual bool createUniqueIndex(const QSqlDatabase &db, const QString &table, const QString &column,
                                   QString *error) const;
    // Whether the catalog has the object, resolved as an unqualified name in a migration resolves; nullopt with no
    // error when this database cannot tell (see catalogpresence.cpp), with an error when the query failed.
    virtual std::optional<CatalogPresence> presence(const QSqlDatabase &db, const CatalogObject &object,
                                                    QString *error) const = 0;
    // The user schema as normalised DDL, without Tidemark's own tables (and their indexes, triggers, functions,
    // sequences); nullopt with the database's message when a catalog query failed.
    virtual std::optional<SchemaSnapshot> schemaSnapshot(const QSqlDatabase &db, const TableNames &tidemarkTables,
                                                         QString *error) const = 0;
};

// A name made of a table's name and a suffix (a trigger's, a function's), the table's part cut so that the whole
// stays within the database's identifier limit: PostgreSQL's 63, MySQL's 64.
QString derivedName(const QString &table, const QString &suffix, int maxLength);
QString uniqueIndexName(const QString &table, const QString &column);

} // namespace tidemark
