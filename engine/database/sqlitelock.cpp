#include "core/tr.h"
#include "sqlerror.h"
#include "sqlitelock.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tidemark {
namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

SqliteLock::SqliteLock(QSqlDatabase db, QString table, LockIdentity me)
    : m_db(std::move(db))
    , m_table(std::move(table))
    , m_me(std::move(me))
{
}

bool SqliteLock::exec(const QString &sql, QString *error)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    *error = databaseMessage(query.lastError());
    return false;
}

std::optional<LockHolder> SqliteLock::holder(QString *error)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT owner, host, pid, run_id, acquired_at, heartbeat_at, lease_seconds FROM %1")
                        .arg(m_table))) {
        // No lock table yet means nobody has ever locked this database.
        if (!m_db.tables().contains(m_table))
            return std::nullopt;
        *error = databaseMessage(query.lastError());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    LockHolder h;
    h.owner = query.value(0).toString();
    h.host = query.value(1).toString();
    h.pid = query.value(2).toLongLong();
    h.runId = query.value(3).toString();
    h.since = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
    h.heartbeat = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
    h.leaseSeconds = query.value(6).toInt();
    if (h.runId != m_me.runId)
        h.staleReason = staleReason(h);
    return h;
}

QString SqliteLock::staleReason(const LockHolder &h) const
{
    if (h.host == m_me.host)
        return processIsAlive(h.pid) ? QString() : Tr::tr("its process %1 no longer runs on this machine").arg(h.pid);
    if (!h.heartbeat.isValid())
        return Tr::tr("it never wrote a heartbeat");
    const qint64 silent = h.heartbeat.secsTo(QDateTime::currentDateTimeUtc());
    return silent > h.leaseSeconds
               ? Tr::tr("its last heartbeat is %1 s old, past its %2 s lease").arg(silent).arg(h.leaseSeconds)
               : QString();
}

MigrationLock::Attempt SqliteLock::tryAcquire()
{
    Attempt attempt;
    if (!exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (id INTEGER PRIMARY KEY CHECK (id = 1), "
                             "owner TEXT NOT NULL, host TEXT NOT NULL, pid INTEGER NOT NULL, run_id TEXT NOT NULL, "
                             "acquired_at TEXT NOT NULL, heartbeat_at TEXT NOT NULL, lease_seconds INTEGER NOT NULL)")
                  .arg(m_table),
              &attempt.error)) {
        if (attempt.error.contains(QLatin1String("locked")))
            attempt.error.clear(); // another writer is busy: report as held, poll again
        return attempt;
    }
    // BEGIN IMMEDIATE takes the write lock, so reading and claiming the row cannot interleave with another runner.
    QString busy;
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"), &busy)) {
        QString ignored;
        attempt.holder = holder(&ignored);
        return attempt; // a migration of the holder is writing right now
    }
    QString error;
    const std::optional<LockHolder> current = holder(&error);
    if (current && current->runId != m_me.runId && current->staleReason.isEmpty()) {
        exec(QStringLiteral("ROLLBACK"), &error);
        attempt.holder = current;
        return attempt;
    }
    QSqlQuery claim(m_db);
    claim.prepare(QStringLiteral("INSERT OR REPLACE INTO %1 (id, owner, host, pid, run_id, acquired_at, heartbeat_at, "
                                 "lease_seconds) VALUES (1, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(m_table));
    const QString now = nowText();
    for (const QVariant &v : {QVariant(m_me.owner), QVariant(m_me.host), QVariant(m_me.pid), QVariant(m_me.runId),
                              QVariant(now), QVariant(now), QVariant(leaseSeconds)})
        claim.addBindValue(v);
    if (!claim.exec() || !exec(QStringLiteral("COMMIT"), &attempt.error)) {
        if (attempt.error.isEmpty())
            attempt.error = databaseMessage(claim.lastError());
        exec(QStringLiteral("ROLLBACK"), &error);
        return attempt;
    }
    m_held = true;
    m_sinceHeartbeat.start();
    attempt.acquired = true;
    if (current && current->runId != m_me.runId) {
        attempt.holder = current;
        attempt.tookOverStale = true;
    }
    return attempt;
}

bool SqliteLock::refresh(QString *error)
{
    // A heartbeat a quarter of the lease old is still far from stale; skip the write.
    if (m_sinceHeartbeat.isValid() && m_sinceHeartbeat.elapsed() < leaseSeconds * 1000 / 4)
        return true;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE %1 SET heartbeat_at = ? WHERE run_id = ?").arg(m_table));
    query.addBindValue(nowText());
    query.addBindValue(m_me.runId);
    if (!query.exec()) {
        *error = databaseMessage(query.lastError());
        return false;
    }
    if (query.numRowsAffected() != 1) {
        *error = QStringLiteral("the migration lock was taken over by another run");
        m_held = false;
        return false;
    }
    m_sinceHeartbeat.start();
    return true;
}

LockFence SqliteLock::fence() const
{
    return {QStringLiteral("FROM %1 WHERE run_id = ?").arg(m_table), {m_me.runId}};
}

void SqliteLock::release()
{
    if (!m_held)
        return;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE run_id = ?").arg(m_table));
    query.addBindValue(m_me.runId);
    query.exec();
    m_held = false;
}

} // namespace tidemark
