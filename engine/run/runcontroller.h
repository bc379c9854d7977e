#pragma once

#include "core/project.h"
#include "database/connectionurl.h"
#include "database/migrationlock.h"
#include "history/migrationstatus.h"
#include "plan.h"
#include "rehearsal.h"
#include "runevent.h"
#include "runner.h"
#include "runrequest.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace tidemark {

class RunWorker;
class Session;

// Runs the engine on its own named thread with its own connection, for the GUI. Every answer comes back
// as a queued signal; nothing here blocks the caller's thread except the destructor, which cancels first.
class RunController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunController)

public:
    explicit RunController(QObject *parent = nullptr);
    ~RunController() override;

    // Opens (or reopens) the connection on the worker thread; answers with connected() or failed().
    void connectTo(const Project &project, const ConnectionUrl &url, const QString &password);
    void refresh();
    void plan(const OperationRequest &request);
    // context: who runs it (tool, command, profile, environment); the worker adds the rest and says it with
    // contextReady before the run's first event.
    // pendingStatement: how a resumed migration's statement of unknown outcome is settled.
    void run(const Plan &plan, const RunContext &context,
             PendingStatementDecision pendingStatement = PendingStatementDecision::Verify);
    // Records, under the lock, how the DBA settled a failed migration by hand (Runner::repair).
    void repair(const MigrationStatus &migration, RepairAction action, const RunContext &context);
    // Takes over and releases a lock its holder provably left behind, recorded (Runner::breakStaleLock).
    void breakStaleLock(const RunContext &context);
    // Reads who holds the migration lock; answers with lockRead(). After the requests before it: while a run
    // waits for the lock, the answer comes when that run has ended.
    void readLock();
    // Accepts a modified migration's file or restores a drifted one's file, under the lock (Runner::settleDrift).
    void settleDrift(const MigrationStatus &migration, DriftAction action, const RunContext &context);
    // Runs the plan for real and undoes it (Rehearsal); answers with rehearsalFinished. Cancel stops it.
    void rehearse(const Plan &plan);
    // Runs job on the worker thread, after the requests before it, with the session there (null when not
    // connected). For reads the floors above this one define (the audit trail); job must not keep the session.
    void inspect(std::function<void(const Session *)> job);

    // How long the changes asked from now on wait for a held migration lock (default 30 s).
    void setLockTimeout(std::chrono::milliseconds timeout) { m_lockTimeoutMs = timeout.count(); }
    void stopAfterCurrent() { m_stopAfterCurrent = true; }
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void connected(const QString &redactedUrl);
    void failed(const QString &message);
    void statusReady(const tidemark::StatusSnapshot &snapshot);
    void planReady(const tidemark::Plan &plan);
    void contextReady(const tidemark::RunContext &context);
    void runEvent(const tidemark::RunEvent &event);
    void runFinished(const tidemark::RunResult &result);
    void lockRead(const tidemark::LockReading &reading);
    void rehearsalFinished(const tidemark::RehearsalReport &report);

private:
    void startChange(); // a run or repair begins: neither stopped nor cancelled yet

    std::unique_ptr<QThread> m_thread;
    RunWorker *m_worker = nullptr; // lives on m_thread, deleted when it finishes
    std::atomic_bool m_stopAfterCurrent = false;
    std::atomic_bool m_cancel = false;
    std::atomic_bool m_running = false;
    std::atomic<qint64> m_lockTimeoutMs = 30'000;
};

} // namespace tidemark

Q_DECLARE_METATYPE(tidemark::StatusSnapshot)
Q_DECLARE_METATYPE(tidemark::RunResult)
Q_DECLARE_METATYPE(tidemark::LockReading)
Q_DECLARE_METATYPE(tidemark::RehearsalReport)
