#include "confirmplandialog.h"

#include "icons.h"
#include "productionguard.h"
#include "workbenchpalette.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tidemark {
namespace {

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
    const int count = int(plan.steps.size());
    if (goesUp(plan) && goesDown(plan))
        return ConfirmPlanDialog::tr("Run %n step(s) against %1?", nullptr, count).arg(target);
    return goesDown(plan) ? ConfirmPlanDialog::tr("Roll back %n migration(s) on %1?", nullptr, count).arg(target)
                          : ConfirmPlanDialog::tr("Apply %n migration(s) to %1?", nullptr, count).arg(target);
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

QString migrationText(const PlanStep &step)
{
    if (step.resumes)
        return ConfirmPlanDialog::tr("%1 (resume from statement %2)").arg(step.description).arg(step.resumeFrom + 1);
    return step.description;
}

} // namespace

ConfirmPlanDialog::ConfirmPlanDialog(const Plan &plan, const PlanTarget &target, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_target(target)
{
    setObjectName(QStringLiteral("confirmPlanDialog"));
    setWindowTitle(goesDown(plan) ? tr("Confirm Roll Back") : tr("Confirm Apply"));

    auto title = new QLabel(QStringLiteral("<b>%1</b>").arg(headline(plan, target.redactedUrl).toHtmlEscaped()), this);
    title->setObjectName(QStringLiteral("planHeadline"));
    title->setWordWrap(true);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    title->setFont(titleFont);
    auto explanation = new QLabel(
        tr("Exactly these steps will run, in this order, under the database's migration lock. Each step runs "
           "in its own transaction where the database allows; a step without one cannot be undone "
           "automatically if it fails part-way."),
        this);
    explanation->setWordWrap(true);
    auto counts = new QLabel(summary(plan, target.transactionalDdl), this);
    counts->setObjectName(QStringLiteral("planSummary"));

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(confirmText(plan), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setIcon(icon(goesDown(plan) ? u"rollback" : u"apply"));
    m_confirm->setAutoDefault(false);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConfirmPlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    if (target.production)
        layout->addWidget(createProductionBanner(target.databaseName, this));
    layout->addWidget(title);
    layout->addWidget(explanation);
    QTreeWidget *steps = createStepList();
    layout->addWidget(steps, 1);
    layout->addWidget(counts);
    if (target.production) {
        // Last, right above the buttons: the plan is read before the name is typed.
        m_guard = new ProductionGuard(target.databaseName, this);
        layout->addSpacing(4);
        layout->addWidget(m_guard);
        m_confirm->setEnabled(false);
        m_confirm->setToolTip(tr("Type the database's name first."));
        connect(m_guard, &ProductionGuard::matchChanged, m_confirm, &QPushButton::setEnabled);
        connect(m_guard, &ProductionGuard::confirmed, this, &ConfirmPlanDialog::accept);
    }
    layout->addWidget(buttons);
    if (m_guard)
        m_guard->nameEdit()->setFocus();
    else
        cancel->setFocus();
    // The wrapped labels' height at this width, plus room for the steps (their size hint is ignored).
    constexpr int width = 860;
    resize(width, heightForWidth(width) + steps->minimumHeight());
}

ConfirmPlanDialog::~ConfirmPlanDialog() = default;

void ConfirmPlanDialog::accept()
{
    if (m_guard && !m_guard->matches())
        return;
    QDialog::accept();
}

QTreeWidget *ConfirmPlanDialog::createStepList() const
{
    auto list = new QTreeWidget;
    list->setObjectName(QStringLiteral("planSteps"));
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setFocusPolicy(Qt::NoFocus);
    list->setUniformRowHeights(true);
    list->setStyleSheet(QStringLiteral("QTreeView::item { padding: 2px 8px; }"));
    list->setHeaderLabels({tr("#"), tr("Direction"), tr("Version"), tr("Migration"), tr("Statements"),
                           tr("Transaction")});
    int order = 0;
    for (const PlanStep &step : m_plan.steps) {
        auto item = new QTreeWidgetItem(list);
        item->setText(OrderColumn, QString::number(++order));
        const bool down = step.direction == Direction::Down;
        item->setText(DirectionColumn, down ? tr("Down") : tr("Up"));
        item->setIcon(DirectionColumn, icon(down ? u"rollback" : u"apply"));
        item->setText(VersionColumn, step.version.toString());
        item->setText(MigrationColumn, migrationText(step));
        item->setToolTip(MigrationColumn, step.script);
        item->setText(StatementsColumn, QString::number(step.statementCount));
        const bool inTransaction = step.transactional && m_target.transactionalDdl;
        if (inTransaction) {
            item->setText(TransactionColumn, tr("Yes"));
        } else {
            const QString why = !m_target.transactionalDdl ? tr("this database commits DDL at once")
                                : !step.whyNoTransaction.isEmpty() ? step.whyNoTransaction
                                                                   : tr("the script asks for none");
            item->setText(TransactionColumn, tr("No: %1").arg(why));
            item->setForeground(TransactionColumn, workbenchpalette::cautionAmber());
            item->setToolTip(TransactionColumn,
                             tr("No: %1. A failure part-way leaves the statements before it applied.").arg(why));
        }
        item->setTextAlignment(OrderColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(StatementsColumn, Qt::AlignCenter);
    }
    QHeaderView *header = list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MigrationColumn, QHeaderView::Stretch);
    list->headerItem()->setTextAlignment(OrderColumn, Qt::AlignRight | Qt::AlignVCenter);
    list->headerItem()->setTextAlignment(StatementsColumn, Qt::AlignCenter);
    // Tall enough for the whole plan up to a screenful; longer plans scroll.
    const int visibleRows = std::clamp(int(m_plan.steps.size()), 3, 14);
    const int rowHeight = std::max(list->sizeHintForRow(0), list->fontMetrics().height() + 6);
    list->setMinimumHeight(header->sizeHint().height() + visibleRows * rowHeight + 2 * list->frameWidth() + 4);
    list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored); // that height, not a default one
    return list;
}

} // namespace tidemark
