#include "runworker.h"

#include <QCoreApplication>

namespace tidemark {

RunWorker::RunWorker(const std::atomic_bool &stopAfterCurrent, const std::atomic_bool &cancel)
    : m_stopAfterCurrent(stopAfterCurrent)
    , m_cancel(cancel)
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
    StatusSnapshot snapshot{std::move(*status), m_session->lockHolder(&error)};
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
    case OperationRequest::Kind::UpTo: Q_EMIT planReady(planUp(*status, dialect, request.target)); break;
    case OperationRequest::Kind::DownSteps: Q_EMIT planReady(planDownSteps(*status, dialect, request.steps)); break;
    case OperationRequest::Kind::DownTo: Q_EMIT planReady(planDownTo(*status, dialect, request.target)); break;
    case OperationRequest::Kind::Goto: Q_EMIT planReady(planGoto(*status, dialect, request.target)); break;
    }
}

void RunWorker::run(const Plan &plan, const RunContext &context)
{
    if (!hasSession())
        return;
    RunOptions options;
    // Described once: the run records the same context the run log's export names.
    options.context = m_session->describe(context);
    Q_EMIT contextReady(options.context);
    options.stopAfterCurrent = &m_stopAfterCurrent;
    options.cancel = &m_cancel;
    options.onEvent = [this](const RunEvent &event) { Q_EMIT runEvent(event); };
    const RunResult result = m_session->run(plan, options);
    Q_EMIT runFinished(result);
    refresh();
}

} // namespace tidemark
