#include "runworker.h"

#include "review/migrationreview.h"

#include <QCoreApplication>

namespace tidemark {

RunWorker::RunWorker(const std::atomic_bool &stopAfterCurrent, const std::atomic_bool &cancel,
                     const std::atomic<qint64> &lockTimeoutMs)
    : m_stopAfterCurrent(stopAfterCurrent)
    , m_cancel(cancel)
    , m_lockTimeoutMs(lockTimeoutMs)
{
}

RunWorker::~RunWorker() = default;

bool RunWorker::hasSession()
{
    if (!m_session)
        Q_EMIT failed(QCoreApplication::translate("tidemark", "not connected to a database"));
    return bool(m_session);
}

void RunWorker::connectTo(const Project &project, const ConnectionUrl &url, const QString &password)
{
    m_session.reset();
    QString error;
    m_session = Session::open(project, url, password, OpenMode::CreateIfMissing, &error);
    if (!m_session) {
        Q_EMIT failed(error);
        return;
    }
    Q_EMIT connected(url.redacted());
    refresh();
}

void RunWorker::refresh()
{
    if (!hasSession())
        return;
    QString error;
    std::optional<ProjectStatus> status = m_session->status(&error);
    if (!status) {
        Q_EMIT failed(error);
        return;
    }
    StatusSnapshot snapshot{std::move(*status), m_session->lockHolder(&error), {}, {}};
    snapshot.leftovers = findLeftovers(m_session->database(), m_session->dialect(), snapshot.status);
    for (const MigrationStatus &migration : std::as_const(snapshot.status.migrations))
        if (migration.file)
            snapshot.review.insert(migration.file->script,
                                   reviewMigrationInFolder(*migration.file, m_session->dialect().kind(),
                                                           m_session->project().migrationsDir));
    Q_EMIT statusReady(snapshot);
}

void RunWorker::plan(const OperationRequest &request)
{
    if (!hasSession())
        return;
    QString error;
    const std::optional<ProjectStatus> status = m_session->status(&error);
    if (!status) {
        Q_EMIT failed(error);
        return;
    }
    const PlanDialect &dialect = m_session->planDialect();
    switch (request.kind) {
    case OperationRequest::Kind::UpAll: Q_EMIT planReady(planUp(*status, dialect)); break;
    case OperationRequest::Kind::UpTo:
        Q_EMIT planReady(planUp(*status, dialect, UpOptions{request.target, request.resume, false}));
        break;
    case OperationRequest::Kind::DownSteps: Q_EMIT planReady(planDownSteps(*status, dialect, request.steps)); break;
    case OperationRequest::Kind::DownTo: Q_EMIT planReady(planDownTo(*status, dialect, request.target)); break;
    case OperationRequest::Kind::Goto: Q_EMIT planReady(planGoto(*status, dialect, request.target)); break;
    }
}

void RunWorker::run(const Plan &plan, const RunContext &context, PendingStatementDecision pendingStatement)
{
    execute(context, pendingStatement, [&](const RunOptions &options) { return m_session->run(plan, options); });
}

void RunWorker::repair(const MigrationStatus &migration, RepairAction action, const RunContext &context)
{
    execute(context, PendingStatementDecision::Verify,
            [&](const RunOptions &options) { return m_session->repair(migration, action, options); });
}

void RunWorker::breakStaleLock(const RunContext &context)
{
    execute(context, PendingStatementDecision::Verify,
            [&](const RunOptions &options) { return m_session->breakStaleLock(options); });
}

void RunWorker::readLock()
{
    LockReading reading;
    if (m_session)
        reading.holder = m_session->lockHolder(&reading.error);
    else
        reading.error = QCoreApplication::translate("tidemark", "not connected to a database");
    Q_EMIT lockRead(reading);
}

void RunWorker::rehearse(const Plan &plan)
{
    if (!m_session) {
        RehearsalReport report;
        report.message = QCoreApplication::translate("tidemark", "not connected to a database");
        Q_EMIT rehearsalFinished(report);
        return;
    }
    RehearsalOptions options;
    options.cancel = &m_cancel;
    options.lockTimeout = std::chrono::milliseconds(m_lockTimeoutMs.load());
    Q_EMIT rehearsalFinished(m_session->rehearse(plan, options));
}

void RunWorker::settleDrift(const MigrationStatus &migration, DriftAction action, const RunContext &context)
{
    execute(context, PendingStatementDecision::Verify,
            [&](const RunOptions &options) { return m_session->settleDrift(migration, action, options); });
}

void RunWorker::execute(const RunContext &context, PendingStatementDecision pendingStatement,
                        const std::function<RunResult(const RunOptions &)> &change)
{
    if (!hasSession())
        return;
    RunOptions options;
    // Described once: the run records the same context the run log's export names.
    options.context = m_session->describe(context);
    Q_EMIT contextReady(options.context);
    options.stopAfterCurrent = &m_stopAfterCurrent;
    options.cancel = &m_cancel;
    options.lockTimeout = std::chrono::milliseconds(m_lockTimeoutMs.load());
    options.pendingStatement = pendingStatement;
    options.onEvent = [this](const RunEvent &event) { Q_EMIT runEvent(event); };
    const RunResult result = change(options);
    Q_EMIT runFinished(result);
    refresh();
}

} // namespace tidemark
