#include "confirmplandialog.h"

#include "icons.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tidemark {
namespace {

enum StepColumn { OrderColumn, StepColumn, StatementsColumn, TransactionColumn };

bool goesDown(const Plan &plan)
{
    return std::any_of(plan.steps.cbegin(), plan.steps.cend(),
                       [](const PlanStep &step) { return step.direction == Direction::Down; });
}

bool goesUp(const Plan &plan)
{
    return std::any_of(plan.steps.cbegin(), plan.steps.cend(),
                       [](const PlanStep &step) { return step.direction == Direction::Up; });
}

QString confirmText(const Plan &plan)
{
    if (goesUp(plan) && goesDown(plan))
        return ConfirmPlanDialog::tr("Run");
    return goesDown(plan) ? ConfirmPlanDialog::tr("Roll Back") : ConfirmPlanDialog::tr("Apply");
}

QString headline(const Plan &plan, const QString &target)
{
    if (goesUp(plan) && goesDown(plan))
        return ConfirmPlanDialog::tr("Run the following against %1?").arg(target);
    return goesDown(plan) ? ConfirmPlanDialog::tr("Roll back the following on %1?").arg(target)
                          : ConfirmPlanDialog::tr("Apply the following to %1?").arg(target);
}

QString summary(const Plan &plan, bool transactionalDdl)
{
    int statements = 0;
    int withoutTransaction = 0;
    for (const PlanStep &step : plan.steps) {
        statements += step.statementCount;
        withoutTransaction += step.transactional && transactionalDdl ? 0 : 1;
    }
    return ConfirmPlanDialog::tr("Steps: %1 · Statements: %2 · Without a transaction: %3")
        .arg(plan.steps.size())
        .arg(statements)
        .arg(withoutTransaction);
}

} // namespace

ConfirmPlanDialog::ConfirmPlanDialog(const Plan &plan, const QString &target, bool transactionalDdl,
                                     QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_transactionalDdl(transactionalDdl)
{
    setObjectName(QStringLiteral("confirmPlanDialog"));
    setWindowTitle(goesDown(plan) ? tr("Confirm Roll Back") : tr("Confirm Apply"));

    auto title = new QLabel(headline(plan, target).toHtmlEscaped().prepend(QStringLiteral("<b>")), this);
    title->setWordWrap(true);
    auto explanation = new QLabel(
        tr("Exactly these steps will run, in this order, under the database's migration lock. Each step runs "
           "in its own transaction where the database allows; a step marked \"no\" cannot be undone "
           "automatically if it fails part-way."),
        this);
    explanation->setWordWrap(true);
    auto counts = new QLabel(summary(plan, transactionalDdl), this);
    counts->setObjectName(QStringLiteral("planSummary"));

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *confirm = buttons->addButton(confirmText(plan), QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    confirm->setIcon(icon(goesDown(plan) ? u"rollback" : u"apply"));
    confirm->setAutoDefault(false);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(explanation);
    QTreeWidget *steps = createStepList();
    layout->addWidget(steps, 1);
    layout->addWidget(counts);
    layout->addWidget(buttons);
    // The wrapped labels' height at this width, plus room for the steps (their size hint is ignored).
    constexpr int width = 720;
    resize(width, heightForWidth(width) + steps->minimumHeight());
}

ConfirmPlanDialog::~ConfirmPlanDialog() = default;

QTreeWidget *ConfirmPlanDialog::createStepList() const
{
    auto list = new QTreeWidget;
    list->setObjectName(QStringLiteral("planSteps"));
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setFocusPolicy(Qt::NoFocus);
    list->setHeaderLabels({tr("#"), tr("Step"), tr("Statements"), tr("Transaction")});
    int order = 0;
    for (const PlanStep &step : m_plan.steps) {
        auto item = new QTreeWidgetItem(list);
        item->setText(OrderColumn, QString::number(++order));
        item->setText(StepColumn, step.label());
        item->setIcon(StepColumn, icon(step.direction == Direction::Down ? u"rollback" : u"apply"));
        item->setToolTip(StepColumn, step.script);
        item->setText(StatementsColumn, QString::number(step.statementCount)); // label() names a resume point
        const bool inTransaction = step.transactional && m_transactionalDdl;
        item->setText(TransactionColumn, inTransaction ? tr("yes") : tr("no"));
        if (!inTransaction) {
            item->setForeground(TransactionColumn, QColor(0xb2, 0x5e, 0x00));
            const QString why = !m_transactionalDdl ? tr("This database commits DDL at once, so no step can run "
                                                         "in a transaction.")
                                : !step.whyNoTransaction.isEmpty() ? step.whyNoTransaction
                                                                   : tr("Runs without a transaction.");
            item->setToolTip(TransactionColumn,
                             why + u' ' + tr("A failure part-way leaves the statements before it applied."));
        }
        for (int column : {OrderColumn, StatementsColumn})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    QHeaderView *header = list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    // Tall enough for the whole plan up to a screenful; longer plans scroll.
    const int visibleRows = std::clamp(int(m_plan.steps.size()), 3, 16);
    const int rowHeight = std::max(list->sizeHintForRow(0), list->fontMetrics().height() + 4);
    list->setMinimumHeight(header->sizeHint().height() + visibleRows * rowHeight + 2 * list->frameWidth() + 4);
    list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored); // that height, not a default one
    return list;
}

} // namespace tidemark
