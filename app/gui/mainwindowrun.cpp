// MainWindow: planning and running, from the DBA's request to the plan's confirmation, the run's events as they
// come and how the run ended.
#include "mainwindow.h"

#include "confirmplandialog.h"
#include "database/dialect.h"
#include "database/dialectfactory.h"
#include "history/validation.h"
#include "runlogdock.h"
#include "statussummary.h"
#include "timelinepanel.h"
#include "workbenchactions.h"
#include "workbenchruncontext.h"

#include <QAction>
#include <QPushButton>
#include <QStatusBar>

#include <utility>

namespace tidemark {

void MainWindow::requestPlan(OperationRequest::Kind kind, const Version &target)
{
    OperationRequest request;
    request.kind = kind;
    request.steps = 1;
    request.target = target;
    m_resumeDecision = PendingStatementDecision::Verify;
    requestPlan(request);
}

void MainWindow::requestPlan(const OperationRequest &request)
{
    m_planKind = request.kind;
    setActivity(Activity::Planning);
    m_controller->plan(request);
}

void MainWindow::onPlanReady(const Plan &plan)
{
    if (m_activity != Activity::Planning)
        return;
    if (plan.refused() || plan.steps.isEmpty())
        m_rehearseOnConfirm = false;
    if (plan.refused()) {
        setActivity(Activity::Idle);
        m_runLog->appendMessage(tr("Refused: %1").arg(plan.refusal), RunLogView::Severity::Error);
        showMessage(QMessageBox::Warning, tr("Nothing Will Run"), plan.refusal);
    } else if (plan.steps.isEmpty()) {
        setActivity(Activity::Idle);
        const QString note = plan.note.isEmpty() ? tr("nothing to do") : plan.note;
        m_runLog->appendMessage(note);
        showMessage(QMessageBox::Information, tr("Nothing to Do"), note);
    } else {
        confirmAndRun(plan);
    }
}

void MainWindow::confirmAndRun(const Plan &plan)
{
    setActivity(Activity::Confirming);
    const std::unique_ptr<Dialect> dialect = m_url ? createDialect(m_url->dialect) : nullptr;
    PlanTarget target;
    target.redactedUrl = m_url ? m_url->redacted() : QString();
    target.databaseName = targetDatabaseName();
    target.transactionalDdl = dialect && dialect->transactionalDdl();
    target.production = isProduction();
    target.dialect = targetDialect();
    if (m_snapshot) {
        if (m_snapshot->lockHolder)
            target.lockHolder = m_snapshot->lockHolder->describe();
        for (const ValidationProblem &problem : validate(m_snapshot->status, target.dialect).problems)
            if (problem.kind == ValidationProblem::Kind::Modified || problem.kind == ValidationProblem::Kind::Missing)
                target.drift << problem.message;
        for (const PlanStep &step : plan.steps) {
            const MigrationStatus *migration = m_snapshot->status.find(step.version);
            if (!migration || !migration->file || target.reviewedScripts.contains(migration->file->script))
                continue;
            target.review += m_snapshot->review.value(migration->file->script);
            target.reviewedScripts << migration->file->script << migration->file->downScript;
        }
    }
    auto dialog = new ConfirmPlanDialog(plan, target, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConfirmPlanDialog::rehearseRequested, this,
            [this, dialog](const Plan &rehearsed) { startRehearsal(dialog, rehearsed); });
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (m_rehearsalDialog == dialog) // closed while its rehearsal runs: stop it, nothing of it is kept anyway
            m_controller->cancel();
        if (result != QDialog::Accepted) {
            m_resumeDecision = PendingStatementDecision::Verify;
            m_runLog->appendMessage(tr("Cancelled; nothing ran."));
            setActivity(Activity::Idle);
            return;
        }
        m_lastFailure.reset();
        m_runSteps = int(dialog->plan().steps.size());
        m_runStepsDone = 0;
        setActivity(Activity::Running);
        m_summary->setRunProgress(0, m_runSteps, {});
        m_controller->run(dialog->plan(), workbenchRunContext(operationCommand(m_planKind), m_profile, isProduction()),
                          m_resumeDecision);
    });
    dialog->open();
    if (std::exchange(m_rehearseOnConfirm, false))
        dialog->rehearse(); // on production it waits for the name, and Rehearse
}

void MainWindow::stopAfterCurrentMigration()
{
    if (m_activity != Activity::Running || m_stopAsked || m_cancelAsked)
        return;
    m_stopAsked = true;
    m_controller->stopAfterCurrent();
    m_runLog->appendMessage(tr("The run stops after the current migration."), RunLogView::Severity::Warning);
    updateActions();
}

void MainWindow::cancelRunNow()
{
    if (m_activity != Activity::Running || m_cancelAsked)
        return;
    m_cancelAsked = true;
    m_controller->cancel();
    m_runLog->appendMessage(tr("Cancelling: the running statement is stopped on the server, and the current migration "
                               "rolls back where it runs in a transaction."),
                            RunLogView::Severity::Warning);
    updateActions();
}

void MainWindow::askHowToEndTheRun()
{
    if (findChild<QMessageBox *>(QStringLiteral("endRunBox")))
        return; // already asking
    auto box = new QMessageBox(QMessageBox::Question, tr("A Run Is in Progress"),
                               tr("Tidemark closes once the run has ended. How should it end?"), QMessageBox::NoButton,
                               this);
    box->setObjectName(QStringLiteral("endRunBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Stop After Current lets the running migration finish and be recorded, then stops. "
                               "Cancel Now stops the running statement on the server: the migration rolls back where "
                               "it runs in a transaction, and the history says what ran."));
    QPushButton *stop = box->addButton(tr("Stop After Current"), QMessageBox::AcceptRole);
    stop->setObjectName(QStringLiteral("stopAfterCurrentButton"));
    QPushButton *cancel = box->addButton(tr("Cancel Now"), QMessageBox::DestructiveRole);
    cancel->setObjectName(QStringLiteral("cancelNowButton"));
    QPushButton *keep = box->addButton(tr("Keep Running"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    connect(box, &QMessageBox::buttonClicked, this, [this, stop, cancel](QAbstractButton *button) {
        if (button != stop && button != cancel)
            return;
        m_closeWhenRunEnds = true;
        if (button == stop)
            stopAfterCurrentMigration();
        else
            cancelRunNow();
        m_runLog->appendMessage(tr("Tidemark closes when the run has ended."), RunLogView::Severity::Warning);
    });
    box->open();
}

void MainWindow::onRunEvent(const RunEvent &event)
{
    m_runLog->appendEvent(event);
    const QString step = QStringLiteral("%1 %2 %3").arg(directionName(event.direction), event.version.toString(),
                                                         event.description);
    switch (event.type) {
    case RunEvent::Type::LockWaiting: m_summary->setLockWait(event.holder, event.durationMs); break;
    case RunEvent::Type::LockAcquired:
        m_summary->clearLockWait();
        m_summary->setRunProgress(m_runStepsDone, m_runSteps, {});
        break;
    case RunEvent::Type::MigrationStarted:
        m_timeline->setRunningVersion(event.version);
        m_summary->setRunProgress(m_runStepsDone, m_runSteps, step);
        break;
    case RunEvent::Type::StatementExecuted:
        if (event.statementCount > 0)
            m_summary->setRunProgress(m_runStepsDone, m_runSteps, step,
                                      double(event.statementIndex + 1) / event.statementCount);
        break;
    case RunEvent::Type::MigrationApplied:
    case RunEvent::Type::MigrationRolledBack:
    case RunEvent::Type::MigrationSkipped:
        m_timeline->setRunningVersion(std::nullopt);
        m_summary->setRunProgress(++m_runStepsDone, m_runSteps, step);
        break;
    case RunEvent::Type::MigrationFailed:
        m_timeline->setRunningVersion(std::nullopt);
        m_lastFailure = event;
        break;
    default: break;
    }
}

void MainWindow::onRunFinished(const RunResult &result)
{
    setActivity(Activity::Idle);
    m_timeline->setRunningVersion(std::nullopt);
    m_summary->clearRunProgress();
    switch (result.outcome) {
    case RunOutcome::Succeeded: statusBar()->showMessage(result.message, 10'000); break;
    case RunOutcome::Stopped:
    case RunOutcome::Cancelled:
        m_runLog->appendMessage(result.message, RunLogView::Severity::Warning);
        statusBar()->showMessage(result.message, 10'000);
        break;
    case RunOutcome::Refused: // nothing ran: the plan, or the statement a stopped run left unknown, was refused
        m_runLog->appendMessage(result.message, RunLogView::Severity::Error);
        showMessage(QMessageBox::Warning, tr("Nothing Ran"), result.message);
        break;
    case RunOutcome::LockNotAcquired: explainHeldLock(result.message); break;
    case RunOutcome::Failed:
        if (!result.failure) { // a failed migration is already in the log, in red
            m_runLog->appendMessage(result.message, RunLogView::Severity::Error);
            showMessage(QMessageBox::Critical, tr("Run Failed"), tr("The run did not complete."), result.message);
        } else { // the refresh that follows shows what the database kept: select it, and say so then
            m_selectAfterRefresh = result.failure->version;
            m_failureToExplain = result.failure;
        }
        break;
    }
    reloadHistory();
    if (m_closeWhenRunEnds)
        close();
}

} // namespace tidemark
