#pragma once

#include <QDateTime>
#include <QString>
#include <QVariantList>

#include <atomic>
#include <chrono>
#include <functional>
#include <optional>

namespace tidemark {

// Who a runner is, as written into the lock so that others can see who holds it.
struct LockIdentity
{
    QString owner; // OS user
    QString host;
    qint64 pid = 0;
    QString runId;

    static LockIdentity current(const QString &runId);
};

struct LockHolder
{
    QString owner;
    QString host;
    qint64 pid = 0;
    QString runId;
    QDateTime since;     // UTC, unknown for some dialects
    QDateTime heartbeat; // UTC, unknown for some dialects
    int leaseSeconds = 0; // how long a heartbeat stays valid; 0 where the database ends the lock itself
    // What the holder's session does now, as its server says; empty where the database cannot say (SQLite).
    QString state;        // "active", "idle", "idle in transaction"; MySQL's command and state
    QString statement;    // the statement it runs, or ran last
    QDateTime stateSince; // UTC, when it entered that state
    // Session locks: the statement with which a DBA ends the holder's session, and with it the lock.
    QString endSession;
    // Set when the holder is provably gone and the lock may be taken over: why (SQLite only).
    QString staleReason;

    QString describe() const; // "alice on db-laptop (pid 4242) since 12:01:02 UTC"
    // "active for 12 s: SELECT pg_sleep(60)"; empty where the database does not say.
    QString activity(const QDateTime &nowUtc = QDateTime::currentDateTimeUtc()) const;
};

// What proves, inside the very statement that writes the history, that the lock is still this run's: a run
// frozen past its lease, whose lock another run took over, writes nothing when it wakes. Empty for a session lock
// (PostgreSQL, MySQL): it lives exactly as long as the connection every history write goes through.
struct LockFence
{
    QString source;      // "FROM table WHERE ...": yields one row while the lock is ours
    QVariantList values; // bound to its placeholders, in order

    bool isEmpty() const { return source.isEmpty(); }
};

// The database-wide lock that makes runs exclusive.
class MigrationLock
{
public:
    struct Attempt
    {
        bool acquired = false;
        std::optional<LockHolder> holder;       // who has it (not acquired) or whose stale lock was taken over
        bool tookOverStale = false;
        QString error;                          // a database error, not a held lock
    };

    virtual ~MigrationLock() = default;

    virtual Attempt tryAcquire() = 0;
    // Proves the holder is alive; false with an error when the lock was lost.
    virtual bool refresh(QString *error) = 0;
    virtual void release() = 0;
    virtual std::optional<LockHolder> holder(QString *error) = 0;
    virtual LockFence fence() const = 0;
};

// Releases a held lock on every way out of a scope.
struct LockGuard
{
    MigrationLock &lock;
    ~LockGuard() { lock.release(); }
};

struct LockWait
{
    std::chrono::milliseconds timeout{std::chrono::seconds(30)};
    std::chrono::milliseconds pollInterval{200};
    const std::atomic_bool *cancel = nullptr;
    std::function<void(const LockHolder &)> onWaiting; // called when a (new) holder is seen
};

// Polls tryAcquire until it succeeds, fails with a database error, is cancelled or times out.
MigrationLock::Attempt acquireLock(MigrationLock &lock, const LockWait &wait);

// Whether a process with this id runs on this machine.
bool processIsAlive(qint64 pid);

} // namespace tidemark
