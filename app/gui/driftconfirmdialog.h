#pragma once

#include "confirmchangedialog.h"
#include "history/migrationstatus.h"
#include "run/runner.h"

namespace tidemark {

// Asks before a drift action: what it does to the file or the history, naming the migration, the file and both
// checksums; on production also the database's name, since every action is recorded there.
class DriftConfirmDialog final : public ConfirmChangeDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DriftConfirmDialog)

public:
    DriftConfirmDialog(const MigrationStatus &migration, DriftAction action, bool production,
                       const QString &databaseName, QWidget *parent = nullptr);
    ~DriftConfirmDialog() override;

    QString explanation() const { return m_explanation; } // what the action does, as the dialog says it

private:
    QString m_explanation;
};

} // namespace tidemark
