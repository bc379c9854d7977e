#include "sqlitedialect.h"

#include "sqlerror.h"
#include "sqlitelock.h"

#include <QSqlQuery>

namespace tidemark {

QStringList SqliteDialect::createTablesSql(const TableNames &t) const
{
    // AUTOINCREMENT so a rank is never reused after a rollback deletes the newest row. Events are never
    // deleted, so their ids need no such guarantee (and each commit writes one page less).
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS %1 ("
                       "installed_rank INTEGER PRIMARY KEY AUTOINCREMENT, version TEXT NOT NULL, "
                       "description TEXT NOT NULL, kind TEXT NOT NULL, script TEXT NOT NULL, "
                       "checksum TEXT NOT NULL, up_sql TEXT NOT NULL, down_sql TEXT, applied_by TEXT NOT NULL, "
                       "applied_at TEXT NOT NULL, execution_ms INTEGER NOT NULL, statements_done INTEGER NOT NULL, "
                       "statements_total INTEGER NOT NULL, run_id TEXT NOT NULL)")
            .arg(t.history),
        QStringLiteral("CREATE TABLE IF NOT EXISTS %1 ("
                       "id INTEGER PRIMARY KEY, event TEXT NOT NULL, version TEXT, "
                       "description TEXT, script TEXT, run_id TEXT, actor TEXT NOT NULL, at TEXT NOT NULL, error TEXT, "
                       "details TEXT, error_statement INTEGER, error_line INTEGER)")
            .arg(t.events),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1_no_update BEFORE UPDATE ON %1 "
                       "BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END")
            .arg(t.events),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1_no_delete BEFORE DELETE ON %1 "
                       "BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END")
            .arg(t.events),
    };
}

std::unique_ptr<MigrationLock> SqliteDialect::createLock(const QSqlDatabase &db, const TableNames &tables,
                                                         const LockIdentity &me) const
{
    return std::make_unique<SqliteLock>(db, tables.lock, me);
}

QString SqliteDialect::databaseUser(const QSqlDatabase &) const
{
    return {};
}

QDateTime SqliteDialect::readTimestamp(const QVariant &value) const
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QVariant SqliteDialect::timestampValue(const QDateTime &utc) const
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

bool SqliteDialect::beginTransaction(QSqlDatabase &db, QString *error) const
{
    QSqlQuery begin(db);
    if (begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true; // QSqlDatabase::commit() and rollback() end it: the driver sends COMMIT and ROLLBACK as they are
    *error = databaseMessage(begin.lastError());
    return false;
}

} // namespace tidemark
