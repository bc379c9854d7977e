#pragma once

#include "plan.h"

#include <QDialog>

class QTreeWidget;

namespace tidemark {

// Lists exactly the steps a plan will run, in order, and whether each runs in a transaction.
// Nothing runs unless the DBA accepts. Cancel is the default button, so Enter alone changes nothing.
class ConfirmPlanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmPlanDialog)

public:
    // target: the redacted URL of the database the plan will change; transactionalDdl: whether that database
    // can roll back DDL (without it, no step runs in a transaction whatever its file says).
    ConfirmPlanDialog(const Plan &plan, const QString &target, bool transactionalDdl, QWidget *parent = nullptr);
    ~ConfirmPlanDialog() override;

    const Plan &plan() const { return m_plan; }

private:
    QTreeWidget *createStepList() const;

    Plan m_plan;
    bool m_transactionalDdl = true;
};

} // namespace tidemark
