// MainWindow: settling a failed migration from its Settle tab, and saying after a failed run what the database kept.
#include "mainwindow.h"

#include "repairconfirmdialog.h"
#include "run/failedmigration.h"
#include "runlogdock.h"
#include "workbenchruncontext.h"

namespace tidemark {

void MainWindow::resumeMigration(const Version &version, PendingStatementDecision decision)
{
    if (m_activity != Activity::Idle)
        return;
    OperationRequest request;
    request.kind = OperationRequest::Kind::UpTo;
    request.target = version;
    request.resume = true;
    m_resumeDecision = decision;
    requestPlan(request);
}

void MainWindow::repairMigration(const Version &version, RepairAction action)
{
    const MigrationStatus *found = m_snapshot ? m_snapshot->status.find(version) : nullptr;
    if (m_activity != Activity::Idle || !found || found->state != MigrationState::Failed)
        return;
    const MigrationStatus migration = *found; // as the DBA saw it: the repair is refused if the history moved since
    confirmChange(new RepairConfirmDialog(migration, describeFailedMigration(migration, targetDialect()), action,
                                          isProduction(), targetDatabaseName(), this),
                  tr("Cancelled; nothing was recorded."), migration.version, [this, migration, action] {
                      m_controller->repair(migration, action,
                                           workbenchRunContext(QStringLiteral("repair"), m_profile, isProduction()));
                  });
}

void MainWindow::confirmChange(QDialog *dialog, const QString &cancelled, std::optional<Version> select,
                               const std::function<void()> &start)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    setActivity(Activity::Confirming);
    connect(dialog, &QDialog::finished, this, [this, cancelled, select, start](int result) {
        if (result != QDialog::Accepted) {
            if (!cancelled.isEmpty())
                m_runLog->appendMessage(cancelled);
            setActivity(Activity::Idle);
            return;
        }
        m_lastFailure.reset();
        m_runSteps = select ? 1 : 0;
        m_runStepsDone = 0;
        m_selectAfterRefresh = select;
        setActivity(Activity::Running);
        start();
    });
    dialog->open();
}

void MainWindow::explainFailure(const RunEvent &failure)
{
    const QString name = QStringLiteral("%1 %2").arg(failure.version.toString(), failure.description);
    const MigrationStatus *migration = m_snapshot ? m_snapshot->status.find(failure.version) : nullptr;
    QString text = tr("%1 failed.").arg(name);
    if (migration && migration->state == MigrationState::Failed)
        text = tr("%1 failed. %2\n\nIts Settle tab lists each statement and the ways to settle it.")
                   .arg(name, describeFailedMigration(*migration, targetDialect()).summary());
    showMessage(QMessageBox::Critical, tr("Run Failed"), text, failure.error);
}

} // namespace tidemark
