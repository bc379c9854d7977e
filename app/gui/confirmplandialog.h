#pragma once

#include "run/plan.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace tidemark {

class ProductionGuard;

// The database a plan is about to change, as the confirmation shows it.
struct PlanTarget
{
    QString redactedUrl;      // never with a password
    QString databaseName;     // ConnectionUrl::databaseName(): what a DBA types to confirm a production change
    bool transactionalDdl = true; // without it, no step runs in a transaction whatever its file says
    bool production = false;
};

// Lists exactly the steps a plan will run, in order, with direction and whether each runs in a transaction
// (and why not). Nothing runs unless the DBA accepts. Cancel is the default button, so Enter alone changes
// nothing. For a production database a red banner asks for the database's name, and the confirm button stays
// disabled until it is typed exactly.
class ConfirmPlanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmPlanDialog)

public:
    enum StepColumn { OrderColumn, DirectionColumn, VersionColumn, MigrationColumn, StatementsColumn,
                      TransactionColumn };

    ConfirmPlanDialog(const Plan &plan, const PlanTarget &target, QWidget *parent = nullptr);
    ~ConfirmPlanDialog() override;

    const Plan &plan() const { return m_plan; }
    QPushButton *confirmButton() const { return m_confirm; }

    // Refuses while a production database's name has not been typed.
    void accept() override;

private:
    QTreeWidget *createStepList() const;

    Plan m_plan;
    PlanTarget m_target;
    QPushButton *m_confirm = nullptr;
    ProductionGuard *m_guard = nullptr;
};

} // namespace tidemark
