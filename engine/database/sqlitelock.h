#pragma once

#include "migrationlock.h"

#include <QElapsedTimer>
#include <QSqlDatabase>

namespace tidemark {

// A single lock row with owner, host, pid and a heartbeat. A holder on this machine whose process is gone,
// or any holder whose heartbeat is older than its lease, is stale and taken over; a live one is never broken.
class SqliteLock final : public MigrationLock
{
public:
    SqliteLock(QSqlDatabase db, QString table, LockIdentity me);

    Attempt tryAcquire() override;
    bool refresh(QString *error) override;
    void release() override;
    std::optional<LockHolder> holder(QString *error) override;
    LockFence fence() const override;

    static constexpr int leaseSeconds = 120;

private:
    // Empty while the holder may still be alive; else why it is provably gone.
    QString staleReason(const LockHolder &holder) const;
    bool exec(const QString &sql, QString *error);

    QSqlDatabase m_db;
    QString m_table;
    LockIdentity m_me;
    bool m_held = false;
    QElapsedTimer m_sinceHeartbeat;
};

} // namespace tidemark
