#pragma once

#include "runrequest.h"
#include "session.h"

#include <functional>

namespace tidemark {

// The part of RunController that lives on the worker thread and owns the session there.
class RunWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunWorker)

public:
    RunWorker(const std::atomic_bool &stopAfterCurrent, const std::atomic_bool &cancel,
              const std::atomic<qint64> &lockTimeoutMs);
    ~RunWorker() override;

    void connectTo(const Project &project, const ConnectionUrl &url, const QString &password);
    void refresh();
    void plan(const OperationRequest &request);
    void run(const Plan &plan, const RunContext &context, PendingStatementDecision pendingStatement);
    void repair(const MigrationStatus &migration, RepairAction action, const RunContext &context);
    void breakStaleLock(const RunContext &context);
    void readLock();
    void rehearse(const Plan &plan);
    void settleDrift(const MigrationStatus &migration, DriftAction action, const RunContext &context);
    void inspect(const std::function<void(const Session *)> &job) { job(m_session.get()); }

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
    bool hasSession();
    // Runs one change with the session's options and this worker's stop and cancel flags, and says how it ended.
    void execute(const RunContext &context, PendingStatementDecision pendingStatement,
                 const std::function<RunResult(const RunOptions &)> &change);

    std::unique_ptr<Session> m_session;
    const std::atomic_bool &m_stopAfterCurrent;
    const std::atomic_bool &m_cancel;
    const std::atomic<qint64> &m_lockTimeoutMs;
};

} // namespace tidemark
