#pragma once

#include "confirmchangedialog.h"
#include "run/failedmigration.h"
#include "run/runner.h"

namespace tidemark {

// Asks before Mark Applied or Mark Rolled Back records the DBA's word on a failed migration: what the history
// then says, and what it means for the statements that did not run or stay done.
class RepairConfirmDialog final : public ConfirmChangeDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepairConfirmDialog)

public:
    RepairConfirmDialog(const MigrationStatus &migration, const FailedMigration &failed, RepairAction action,
                        bool production, const QString &databaseName, QWidget *parent = nullptr);
    ~RepairConfirmDialog() override;
};

} // namespace tidemark
