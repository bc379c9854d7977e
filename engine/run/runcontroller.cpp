#include "runcontroller.h"

#include "runworker.h"

namespace tidemark {

RunController::RunController(QObject *parent)
    : QObject(parent)
    , m_thread(std::make_unique<QThread>())
{
    qRegisterMetaType<StatusSnapshot>();
    qRegisterMetaType<Plan>();
    qRegisterMetaType<RunContext>();
    qRegisterMetaType<RunEvent>();
    qRegisterMetaType<RunResult>();
    qRegisterMetaType<LockReading>();
    qRegisterMetaType<RehearsalReport>();
    m_thread->setObjectName(QStringLiteral("tidemark-runner"));
    m_worker = new RunWorker(m_stopAfterCurrent, m_cancel, m_lockTimeoutMs);
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &RunWorker::connected, this, &RunController::connected);
    connect(m_worker, &RunWorker::failed, this, &RunController::failed);
    connect(m_worker, &RunWorker::statusReady, this, &RunController::statusReady);
    connect(m_worker, &RunWorker::planReady, this, &RunController::planReady);
    connect(m_worker, &RunWorker::contextReady, this, &RunController::contextReady);
    connect(m_worker, &RunWorker::runEvent, this, &RunController::runEvent);
    connect(m_worker, &RunWorker::lockRead, this, &RunController::lockRead);
    connect(m_worker, &RunWorker::rehearsalFinished, this, [this](const RehearsalReport &report) {
        m_running = false;
        Q_EMIT rehearsalFinished(report);
    });
    connect(m_worker, &RunWorker::runFinished, this, [this](const RunResult &result) {
        m_running = false;
        Q_EMIT runFinished(result);
    });
    m_thread->start();
}

RunController::~RunController()
{
    m_cancel = true;
    m_thread->quit();
    m_thread->wait();
}

void RunController::connectTo(const Project &project, const ConnectionUrl &url, const QString &password)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, project, url, password] {
        worker->connectTo(project, url, password);
    }, Qt::QueuedConnection);
}

void RunController::refresh()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->refresh(); }, Qt::QueuedConnection);
}

void RunController::plan(const OperationRequest &request)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, request] { worker->plan(request); },
                              Qt::QueuedConnection);
}

void RunController::run(const Plan &plan, const RunContext &context, PendingStatementDecision pendingStatement)
{
    startChange();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, plan, context, pendingStatement] {
        worker->run(plan, context, pendingStatement);
    }, Qt::QueuedConnection);
}

void RunController::repair(const MigrationStatus &migration, RepairAction action, const RunContext &context)
{
    startChange();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, migration, action, context] {
        worker->repair(migration, action, context);
    }, Qt::QueuedConnection);
}

void RunController::rehearse(const Plan &plan)
{
    startChange();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, plan] { worker->rehearse(plan); }, Qt::QueuedConnection);
}

void RunController::breakStaleLock(const RunContext &context)
{
    startChange();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, context] { worker->breakStaleLock(context); },
                              Qt::QueuedConnection);
}

void RunController::readLock()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->readLock(); }, Qt::QueuedConnection);
}

void RunController::settleDrift(const MigrationStatus &migration, DriftAction action, const RunContext &context)
{
    startChange();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, migration, action, context] {
        worker->settleDrift(migration, action, context);
    }, Qt::QueuedConnection);
}

void RunController::startChange()
{
    m_stopAfterCurrent = false;
    m_cancel = false;
    m_running = true;
}

void RunController::inspect(std::function<void(const Session *)> job)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, job = std::move(job)] { worker->inspect(job); },
                              Qt::QueuedConnection);
}

} // namespace tidemark
