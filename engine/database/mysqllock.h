#pragma once

#include "migrationlock.h"

#include <QSqlDatabase>

namespace tidemark {

// A MariaDB/MySQL named lock: GET_LOCK(name, 0), polled by acquireLock, held by the connection and released by
// the server when it ends. IS_USED_LOCK names the holder's connection, PROCESSLIST its user and client host.
class MySqlLock final : public MigrationLock
{
public:
    MySqlLock(QSqlDatabase db, const QString &historyTable);

    Attempt tryAcquire() override;
    bool refresh(QString *error) override;
    void release() override;
    std::optional<LockHolder> holder(QString *error) override;
    LockFence fence() const override;

    // "tidemark:DATABASE.TABLE", or when that exceeds the server's 64 characters, "tidemark:" and the start of
    // its SHA-256 in hex. Named locks are server-wide, so the database is part of the name.
    static QString lockName(const QString &database, const QString &historyTable);

private:
    QSqlDatabase m_db;
    QString m_name;
    bool m_held = false;
};

} // namespace tidemark
