// MainWindow: settling a modified or missing migration from the detail pane (accept its file, or restore it).
#include "mainwindow.h"

#include "driftconfirmdialog.h"
#include "runlogdock.h"
#include "workbenchruncontext.h"

namespace tidemark {

void MainWindow::settleDrift(const Version &version, DriftAction action)
{
    const MigrationStatus *found = m_snapshot ? m_snapshot->status.find(version) : nullptr;
    const MigrationState needed = action == DriftAction::RestoreMissingFile ? MigrationState::Missing
                                                                            : MigrationState::Modified;
    if (m_activity != Activity::Idle || !found || found->state != needed)
        return;
    const MigrationStatus migration = *found; // as the DBA saw it: refused if the history or the file moved since
    confirmChange(new DriftConfirmDialog(migration, action, isProduction(), targetDatabaseName(), this),
                  tr("Cancelled; nothing was changed."), migration.version, [this, migration, action] {
                      m_controller->settleDrift(migration, action,
                                                workbenchRunContext(QStringLiteral("drift"), m_profile, isProduction()));
                  });
}

} // namespace tidemark
