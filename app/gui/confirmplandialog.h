#pragma once

#include "core/databasekind.h"
#include "review/reviewfinding.h"
#include "run/plan.h"

#include <QDialog>

class QCheckBox;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace tidemark {

class ProductionGuard;

// The database a plan is about to change, as the confirmation shows it.
struct PlanTarget
{
    QString redactedUrl;      // never with a password
    QString databaseName;     // ConnectionUrl::databaseName(): what a DBA types to confirm a production change
    bool transactionalDdl = true; // without it, no step runs in a transaction whatever its file says
    bool production = false;
    DatabaseKind dialect = DatabaseKind::Sqlite; // how the SQL is cut, checked and highlighted
    QString lockHolder;  // LockHolder::describe() of who holds the migration lock now; empty when nobody does
    QStringList drift;   // each applied migration edited or missing since it ran, as validate says it
    // What the review rules find in the plan's migration files (review/migrationreview.h), and the files they read.
    // A step whose script is not among them (a down as stored when applied) shows the destructive statements
    // sql/sqlcheck.h finds instead.
    QList<ReviewFinding> review;
    QStringList reviewedScripts;
};

// Lists exactly the steps a plan will run, in order, with direction, whether each runs in a transaction (and why
// not) and what in it to look at twice (the review rules' findings with their rule and line, docs/rules). The
// selected step's SQL is shown below, highlighted, with its statements marked as the runner cuts them. Nothing
// runs unless the DBA accepts. Rehearse runs the plan for real and undoes it, and shows what it found. Who holds the migration lock, if anyone, is said. Drift (a migration edited or
// missing since it ran) is listed with a box to tick for each; Apply waits until every one is ticked. Cancel is the default button, so Enter alone changes
// nothing. For a production database a red banner asks for the database's name, and the confirm button stays
// disabled until it is typed exactly.
class ConfirmPlanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmPlanDialog)

public:
    enum StepColumn { OrderColumn, DirectionColumn, VersionColumn, MigrationColumn, StatementsColumn,
                      TransactionColumn, HazardColumn };

    ConfirmPlanDialog(const Plan &plan, const PlanTarget &target, QWidget *parent = nullptr);
    ~ConfirmPlanDialog() override;

    const Plan &plan() const { return m_plan; }
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *rehearseButton() const { return m_rehearse; }

    // Asks for a rehearsal of the plan, as Rehearse does (on production once the name is typed); false when it
    // may not start yet.
    bool rehearse();
    // While a rehearsal runs, nothing else starts from here; the result comes in its own dialog.
    void setRehearsing(bool rehearsing);

    // Refuses while a production database's name has not been typed, or a drift is not ticked.
    void accept() override;

Q_SIGNALS:
    void rehearseRequested(const tidemark::Plan &plan);

private:
    QTreeWidget *createStepList() const;
    QWidget *createDriftAcknowledgement();
    bool driftAcknowledged() const;
    void updateConfirm(); // enabled once the name is typed (production) and every drift ticked
    void showHazards(QTreeWidgetItem *item, const PlanStep &step) const;
    // The review's findings in the step's part of its file: "error drop-table: drops table orders (line 3)".
    QStringList stepFindings(const PlanStep &step, RuleSeverity *worst) const;

    Plan m_plan;
    PlanTarget m_target;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_rehearse = nullptr;
    bool m_rehearsing = false;
    ProductionGuard *m_guard = nullptr;
    QList<QCheckBox *> m_acknowledgements;
};

} // namespace tidemark
