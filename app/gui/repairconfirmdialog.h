#pragma once

#include "run/failedmigration.h"
#include "run/runner.h"

#include <QDialog>

class QPushButton;

namespace tidemark {

class ProductionGuard;

// Asks before Mark Applied or Mark Rolled Back records the DBA's word on a failed migration: what the history
// then says, what it means for the statements that did not run or stay done, and, on production, the database's
// name typed exactly. Cancel is the default button.
class RepairConfirmDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepairConfirmDialog)

public:
    RepairConfirmDialog(const MigrationStatus &migration, const FailedMigration &failed, RepairAction action,
                        bool production, const QString &databaseName, QWidget *parent = nullptr);
    ~RepairConfirmDialog() override;

    QPushButton *confirmButton() const { return m_confirm; }
    ProductionGuard *guard() const { return m_guard; }

    void accept() override; // refuses while a production database's name is not typed

private:
    QPushButton *m_confirm = nullptr;
    ProductionGuard *m_guard = nullptr;
};

} // namespace tidemark
