#include "mysqldialect.h"

#include "mysqllock.h"
#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tidemark {
namespace {

constexpr int mysqlIdentifierLength = 64; // MySQL's, in characters

constexpr auto tableOptions = " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";

} // namespace

QStringList MySqlDialect::createTablesSql(const TableNames &t) const
{
    // CREATE TRIGGER IF NOT EXISTS needs MariaDB 10.1.4 or MySQL 8.0.29. TRUNCATE fires no trigger in MySQL;
    // the append-only guard covers UPDATE and DELETE.
    const QString refuse = QStringLiteral(" ON %1 FOR EACH ROW SIGNAL SQLSTATE '45000' "
                                          "SET MESSAGE_TEXT = '%1 is append-only'")
                               .arg(t.events);
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS %1 ("
                       "installed_rank BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, version VARCHAR(255) NOT NULL, "
                       "description TEXT NOT NULL, kind VARCHAR(32) NOT NULL, script TEXT NOT NULL, "
                       "checksum VARCHAR(128) NOT NULL, up_sql LONGTEXT NOT NULL, down_sql LONGTEXT, "
                       "applied_by TEXT NOT NULL, applied_at DATETIME(3) NOT NULL, execution_ms BIGINT NOT NULL, "
                       "statements_done INT NOT NULL, statements_total INT NOT NULL, run_id VARCHAR(64) NOT NULL)")
                .arg(t.history)
            + QLatin1String(tableOptions),
        QStringLiteral("CREATE TABLE IF NOT EXISTS %1 ("
                       "id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, event VARCHAR(32) NOT NULL, "
                       "version VARCHAR(255), description TEXT, script TEXT, run_id VARCHAR(64), actor TEXT NOT NULL, "
                       "at DATETIME(3) NOT NULL, error LONGTEXT, details LONGTEXT, error_statement INT, error_line INT)")
                .arg(t.events)
            + QLatin1String(tableOptions),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1 BEFORE UPDATE")
                .arg(derivedName(t.events, QStringLiteral("_no_update"), mysqlIdentifierLength))
            + refuse,
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1 BEFORE DELETE")
                .arg(derivedName(t.events, QStringLiteral("_no_delete"), mysqlIdentifierLength))
            + refuse,
    };
}

std::unique_ptr<MigrationLock> MySqlDialect::createLock(const QSqlDatabase &db, const TableNames &tables,
                                                        const LockIdentity &) const
{
    return std::make_unique<MySqlLock>(db, tables.history);
}

bool MySqlDialect::tableExists(const QSqlDatabase &db, const QString &table) const
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM information_schema.TABLES "
                                 "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?"));
    query.addBindValue(table);
    return query.exec() && query.next() && query.value(0).toInt() > 0;
}

bool MySqlDialect::createUniqueIndex(const QSqlDatabase &db, const QString &table, const QString &column,
                                     QString *error) const
{
    const QString index = uniqueIndexName(table, column);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM information_schema.STATISTICS "
                                 "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND INDEX_NAME = ?"));
    query.addBindValue(table);
    query.addBindValue(index);
    if (query.exec() && query.next() && query.value(0).toInt() > 0)
        return true;
    QSqlQuery create(db);
    if (create.exec(QStringLiteral("CREATE UNIQUE INDEX %1 ON %2 (%3)").arg(index, table, column)))
        return true;
    *error = databaseMessage(create.lastError());
    return false;
}

QString MySqlDialect::databaseUser(const QSqlDatabase &db) const
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT SUBSTRING_INDEX(CURRENT_USER(), '@', 1)")) && query.next())
        return query.value(0).toString();
    return db.userName();
}

QDateTime MySqlDialect::readTimestamp(const QVariant &value) const
{
    // QMYSQL reads a DATETIME as local time. The stored wall clock is UTC: keep it, whatever this machine's zone
    // (also in a daylight-saving gap, where the local QDateTime is invalid but still carries its date and time).
    const QDateTime read = value.toDateTime();
    if (read.date().isValid())
        return QDateTime(read.date(), read.time(), Qt::UTC);
    const QDateTime text = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return text.isValid() ? QDateTime(text.date(), text.time(), Qt::UTC) : QDateTime();
}

} // namespace tidemark
