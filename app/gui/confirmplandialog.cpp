#include "confirmplandialog.h"

#include "icons.h"
#include "productionguard.h"
#include "reviewfindingtext.h"
#include "sql/sqlcheck.h"
#include "sqleditor.h"
#include "workbenchpalette.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
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

int stepRowHeight(const QTreeWidget *list)
{
    return std::max(list->sizeHintForRow(0), list->fontMetrics().height() + 6);
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
    m_rehearse = buttons->addButton(tr("Rehearse"), QDialogButtonBox::ActionRole);
    m_rehearse->setObjectName(QStringLiteral("rehearseButton"));
    m_rehearse->setIcon(icon(u"rehearse"));
    m_rehearse->setAutoDefault(false);
    m_rehearse->setToolTip(tr("Run the plan for real inside a transaction that is rolled back (on MariaDB, on a "
                              "scratch copy of the schema), and show each step's outcome, time, locks and the "
                              "schema it leaves. Nothing is kept."));
    connect(m_rehearse, &QPushButton::clicked, this, &ConfirmPlanDialog::rehearse);
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
    // The selected step's SQL, as it will run.
    auto sql = new SqlEditor(this);
    sql->setObjectName(QStringLiteral("stepSql"));
    sql->setReadOnly(true);
    sql->setDialect(target.dialect);
    sql->setMinimumHeight(sql->fontMetrics().lineSpacing() * 6);
    // And what to look at in it, in full (the column elides a long list).
    auto hazards = new QLabel(this);
    hazards->setObjectName(QStringLiteral("stepHazards"));
    hazards->setWordWrap(true);
    connect(steps, &QTreeWidget::currentItemChanged, sql, [this, sql, steps, hazards](QTreeWidgetItem *item) {
        const int row = item ? steps->indexOfTopLevelItem(item) : -1;
        sql->setPlainText(row >= 0 ? m_plan.steps.at(row).sql : QString());
        sql->rescanNow();
        const QString found = item ? item->toolTip(HazardColumn) : QString();
        hazards->setText(tr("Look at: %1").arg(QString(found).replace(u'\n', QStringLiteral("; "))));
        hazards->setVisible(!found.isEmpty());
        if (item) // as alarming as the step's worst finding: red for an error, amber for a warning
            hazards->setStyleSheet(QStringLiteral("QLabel { color: %1; }")
                                       .arg(item->foreground(HazardColumn).color().name()));
    });
    if (steps->topLevelItemCount() > 0)
        steps->setCurrentItem(steps->topLevelItem(0));
    auto split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(steps);
    split->addWidget(sql);
    split->setStretchFactor(0, 3); // room goes to the plan first
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    layout->addWidget(hazards);
    layout->addWidget(counts);
    if (!target.lockHolder.isEmpty()) {
        auto lock = new QLabel(tr("The migration lock is held by %1: the run waits for it, up to the lock timeout.")
                                   .arg(target.lockHolder),
                               this);
        lock->setObjectName(QStringLiteral("lockHolder"));
        lock->setWordWrap(true);
        lock->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(workbenchpalette::cautionAmber().name()));
        layout->addWidget(lock);
    }
    if (!target.drift.isEmpty())
        layout->addWidget(createDriftAcknowledgement());
    if (target.production) {
        // Last, right above the buttons: the plan is read before the name is typed.
        m_guard = new ProductionGuard(target.databaseName, this);
        layout->addSpacing(4);
        layout->addWidget(m_guard);
        connect(m_guard, &ProductionGuard::matchChanged, this, &ConfirmPlanDialog::updateConfirm);
        connect(m_guard, &ProductionGuard::confirmed, this, &ConfirmPlanDialog::accept);
    }
    updateConfirm();
    layout->addWidget(buttons);
    if (m_guard)
        m_guard->nameEdit()->setFocus();
    else
        cancel->setFocus();
    // The wrapped labels' height at this width, plus room for the whole plan up to 14 steps (the list's size hint is
    // ignored) and the SQL; never more than the screen has (a 1024×768 laptop).
    const QRect screen = (parent ? parent->screen() : this->screen())->availableGeometry();
    const int width = std::min(960, screen.width() - 40);
    const int rows = std::clamp(int(m_plan.steps.size()), 3, 14);
    const int wanted = heightForWidth(width) + rows * stepRowHeight(steps) + sql->minimumHeight();
    resize(width, std::min(wanted, screen.height() - 60));
}

ConfirmPlanDialog::~ConfirmPlanDialog() = default;

bool ConfirmPlanDialog::driftAcknowledged() const
{
    return std::all_of(m_acknowledgements.cbegin(), m_acknowledgements.cend(),
                       [](const QCheckBox *box) { return box->isChecked(); });
}

bool ConfirmPlanDialog::rehearse()
{
    if (m_rehearsing || (m_guard && !m_guard->matches()))
        return false;
    Q_EMIT rehearseRequested(m_plan);
    return true;
}

void ConfirmPlanDialog::setRehearsing(bool rehearsing)
{
    m_rehearsing = rehearsing;
    m_rehearse->setText(rehearsing ? tr("Rehearsing…") : tr("Rehearse"));
    updateConfirm();
}

void ConfirmPlanDialog::updateConfirm()
{
    const bool named = !m_guard || m_guard->matches();
    // On production a rehearsal takes the plan's locks for as long as it runs: it asks for the name too.
    m_rehearse->setEnabled(named && !m_rehearsing);
    m_confirm->setEnabled(named && driftAcknowledged() && !m_rehearsing);
    m_confirm->setToolTip(!driftAcknowledged() ? tr("Tick each edited or missing migration first.")
                          : !named             ? tr("Type the database's name first.")
                                               : QString());
}

void ConfirmPlanDialog::accept()
{
    if ((m_guard && !m_guard->matches()) || !driftAcknowledged() || m_rehearsing)
        return;
    QDialog::accept();
}

// Drift is never applied past silently: each migration edited or gone since it ran is named, and ticked by hand.
QWidget *ConfirmPlanDialog::createDriftAcknowledgement()
{
    auto frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("driftAcknowledgement"));
    frame->setStyleSheet(QStringLiteral("QFrame#driftAcknowledgement { background: %1; border-radius: 4px; } "
                                        "QFrame#driftAcknowledgement QLabel, QFrame#driftAcknowledgement QCheckBox { "
                                        "color: %2; }")
                             .arg(workbenchpalette::warningBannerBackground().name(),
                                  workbenchpalette::warningBannerText().name()));
    auto layout = new QVBoxLayout(frame);
    auto title = new QLabel(tr("<b>The history does not match the files.</b> These migrations were edited or "
                               "removed after they ran; this plan goes on regardless. Tick each one to say you "
                               "have seen it."),
                            frame);
    title->setWordWrap(true);
    layout->addWidget(title);
    for (const QString &problem : m_target.drift) {
        auto box = new QCheckBox(problem, frame);
        box->setObjectName(QStringLiteral("driftCheck"));
        connect(box, &QCheckBox::toggled, this, &ConfirmPlanDialog::updateConfirm);
        layout->addWidget(box);
        m_acknowledgements << box;
    }
    return frame;
}

QTreeWidget *ConfirmPlanDialog::createStepList() const
{
    auto list = new QTreeWidget;
    list->setObjectName(QStringLiteral("planSteps"));
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection); // the selected step's SQL shows below
    list->setUniformRowHeights(true);
    list->setStyleSheet(QStringLiteral("QTreeView::item { padding: 2px 8px; }"));
    list->setHeaderLabels({tr("#"), tr("Direction"), tr("Version"), tr("Migration"), tr("Statements"),
                           tr("Transaction"), tr("Look at")});
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
        showHazards(item, step);
        item->setTextAlignment(OrderColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(StatementsColumn, Qt::AlignCenter);
    }
    QHeaderView *header = list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HazardColumn, QHeaderView::Stretch); // a long list elides; below the SQL in full
    list->headerItem()->setTextAlignment(OrderColumn, Qt::AlignRight | Qt::AlignVCenter);
    list->headerItem()->setTextAlignment(StatementsColumn, Qt::AlignCenter);
    // At least a few steps in view, more as the dialog grows (see the constructor); longer plans scroll.
    const int visibleRows = std::clamp(int(m_plan.steps.size()), 3, 6);
    list->setMinimumHeight(header->sizeHint().height() + visibleRows * stepRowHeight(list) + 2 * list->frameWidth() + 4);
    list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored); // that height, not a default one
    return list;
}

QStringList ConfirmPlanDialog::stepFindings(const PlanStep &step, RuleSeverity *worst) const
{
    const int lines = int(step.sql.count(u'\n')) + 1;
    QStringList found;
    for (const ReviewFinding &f : m_target.review) {
        if (f.file != step.script || f.line < step.firstLine || f.line >= step.firstLine + lines)
            continue;
        found << ReviewFindingText::describe(f);
        if (!f.allowed && f.severity > *worst)
            *worst = f.severity;
    }
    return found;
}

// What the review rules find in the step's part of its file (each finding with its rule and line); for a stored
// down, which has no file, the destructive statements as the runner cuts them.
void ConfirmPlanDialog::showHazards(QTreeWidgetItem *item, const PlanStep &step) const
{
    RuleSeverity worst = RuleSeverity::Note;
    QStringList found = stepFindings(step, &worst);
    if (!m_target.reviewedScripts.contains(step.script)) {
        found.clear();
        for (const CheckedStatement &statement : checkMigrationSql(step.sql, m_target.dialect).statements)
            for (const SqlHazard &hazard : statement.hazards)
                if (const QString text = describeSqlHazard(hazard); !found.contains(text))
                    found << text;
        worst = found.isEmpty() ? RuleSeverity::Note : RuleSeverity::Error;
    }
    if (found.isEmpty())
        return;
    item->setText(HazardColumn, found.join(QStringLiteral("; ")));
    item->setToolTip(HazardColumn, found.join(u'\n'));
    item->setForeground(HazardColumn, workbenchpalette::reviewSeverityColor(worst));
}

} // namespace tidemark
