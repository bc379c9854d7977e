// MainWindow: the migration lock — inspecting who holds it, waiting for it with a countdown, and breaking one its
// holder provably left behind (SQLite).
#include "mainwindow.h"

#include "confirmchangedialog.h"
#include "lockinspectordialog.h"
#include "runlogdock.h"
#include "statussummary.h"
#include "workbenchruncontext.h"

#include <QPushButton>

namespace tidemark {

void MainWindow::showLockInspector()
{
    if (!m_url)
        return;
    if (!m_lockInspector) {
        m_lockInspector = new LockInspectorDialog(targetDialect(), this);
        m_lockInspector->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_lockInspector, &LockInspectorDialog::readRequested, m_controller, &RunController::readLock);
        connect(m_lockInspector, &LockInspectorDialog::breakRequested, this, &MainWindow::confirmBreakLock);
    }
    m_lockInspector->setReadable(m_activity != Activity::Running);
    m_lockInspector->show();
    m_lockInspector->raise();
    m_lockInspector->activateWindow();
    m_controller->readLock();
}

void MainWindow::confirmBreakLock()
{
    if (!m_lockInspector || !m_lockInspector->holder() || m_activity != Activity::Idle)
        return;
    const LockHolder holder = *m_lockInspector->holder();
    ConfirmChangeDialog::Text text;
    text.windowTitle = tr("Break the Migration Lock");
    text.question = tr("Break the lock left by %1?").arg(holder.describe());
    text.paragraphs = {{tr("Its holder is gone: %1.").arg(holder.staleReason), QStringLiteral("breakLockReason")},
                       {tr("Tidemark takes the lock over only if it is still stale then, and releases it at once. "
                           "Nothing runs. If that run had stopped inside a migration, its Settle tab says what it "
                           "left."),
                        {}}};
    text.record = tr("The events record it as a break-lock run, with the holder, the reason, your name and the time.");
    text.confirm = tr("Break Lock");
    auto dialog = new ConfirmChangeDialog(text, isProduction(), targetDatabaseName(), m_lockInspector);
    dialog->setObjectName(QStringLiteral("breakLockDialog"));
    confirmChange(dialog, {}, std::nullopt, [this] {
        m_controller->breakStaleLock(workbenchRunContext(QStringLiteral("break-lock"), m_profile, isProduction()));
    });
}

void MainWindow::cancelLockWait()
{
    if (m_activity != Activity::Running || m_cancelAsked)
        return;
    m_cancelAsked = true;
    m_controller->cancel();
    m_runLog->appendMessage(tr("Stopped waiting for the migration lock; nothing runs."), RunLogView::Severity::Warning);
    updateActions();
}

void MainWindow::explainHeldLock(const QString &message)
{
    m_runLog->appendMessage(message, RunLogView::Severity::Warning);
    auto box = new QMessageBox(QMessageBox::Information, tr("Still Locked"),
                               tr("Nothing ran: another run still holds the migration lock."), QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("messageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(message);
    QPushButton *inspect = box->addButton(tr("Inspect Lock…"), QMessageBox::ActionRole);
    inspect->setObjectName(QStringLiteral("inspectLockButton"));
    connect(inspect, &QPushButton::clicked, this, &MainWindow::showLockInspector);
    box->open();
}

} // namespace tidemark
