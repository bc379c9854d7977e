#pragma once

#include "migrationlock.h"

#include <QSqlDatabase>

#include <optional>

namespace tidemark {

// A PostgreSQL session advisory lock: pg_try_advisory_lock, polled by acquireLock. The server ends it with the
// session, so a crashed holder never leaves it behind. The holder is named by pg_stat_activity, whose
// application_name openDatabase sets to "tidemark USER@HOST pid PID".
class PostgresLock final : public MigrationLock
{
public:
    PostgresLock(QSqlDatabase db, QString historyTable);

    Attempt tryAcquire() override;
    bool refresh(QString *error) override;
    void release() override;
    std::optional<LockHolder> holder(QString *error) override;
    LockFence fence() const override;

    // The advisory lock key of a history table: the first 8 bytes, big-endian, of the SHA-256 of the UTF-8 text
    // "SCHEMA.TABLE" (the table name in lower case, as PostgreSQL folds it), read as a signed 64-bit integer.
    // Every Tidemark that migrates the same history table in the same database contends for the same key.
    static qint64 lockKey(const QString &schema, const QString &historyTable);

private:
    std::optional<qint64> key(QString *error);

    QSqlDatabase m_db;
    QString m_historyTable;
    std::optional<qint64> m_key;
    bool m_held = false;
};

} // namespace tidemark
