#include "rundetailview.h"

#include "displayformat.h"
#include "historyrunmodel.h"
#include "runeventsmodel.h"
#include "runoutcomestyle.h"
#include "runplanmodel.h"
#include "workbenchpalette.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tidemark {
namespace {

QTableView *detailTable(QAbstractItemModel *model, int stretchColumn, QWidget *parent)
{
    auto view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return view;
}

QString shortCommit(const QString &commit)
{
    const bool dirty = commit.endsWith(QStringLiteral("+dirty"));
    const QString hash = dirty ? commit.chopped(6) : commit;
    return hash.left(10) + (dirty ? QStringLiteral("+dirty") : QString());
}

} // namespace

RunDetailView::RunDetailView(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_eventsModel(new RunEventsModel(this))
    , m_planModel(new RunPlanModel(this))
{
    setObjectName(QStringLiteral("runDetail"));
    setAccessibleName(tr("Run details"));

    auto empty = new QLabel(tr("Select a run to see its events and its plan."), m_pages);
    empty->setObjectName(QStringLiteral("runDetailPlaceholder"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setEnabled(false);

    auto details = new QWidget(m_pages);
    auto layout = new QVBoxLayout(details);
    layout->setContentsMargins(10, 8, 10, 6);
    layout->setSpacing(6);
    layout->addWidget(createHeader());
    layout->addWidget(createTables(), 1);

    m_pages->addWidget(empty);
    m_pages->addWidget(details);
    auto outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);
    showRun(nullptr);
}

RunDetailView::~RunDetailView() = default;

QWidget *RunDetailView::createHeader()
{
    auto header = new QWidget;
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("runTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_outcome = new QLabel(header);
    m_outcome->setObjectName(QStringLiteral("runOutcome"));
    m_outcome->setFont(titleFont);
    m_facts = new QLabel(header);
    m_facts->setObjectName(QStringLiteral("runFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setStyleSheet(QStringLiteral("color: %1;").arg(workbenchpalette::mutedText().name()));
    m_noEnd = new QLabel(header);
    m_noEnd->setObjectName(QStringLiteral("runNoEndBanner"));
    m_noEnd->setWordWrap(true);
    m_noEnd->setStyleSheet(QStringLiteral("background: %1; color: %2; border-left: 4px solid %3; padding: 4px 8px;")
                               .arg(workbenchpalette::warningBannerBackground().name(),
                                    workbenchpalette::warningBannerText().name(), runOutcomeColor({}).name()));

    auto grid = new QGridLayout(header);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(3);
    grid->addWidget(m_title, 0, 0);
    grid->addWidget(m_outcome, 0, 1, Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(m_facts, 1, 0, 1, 2);
    grid->addWidget(m_noEnd, 2, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    return header;
}

QWidget *RunDetailView::createTables()
{
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("runDetailTabs"));
    m_tabs->setDocumentMode(true);
    m_events = detailTable(m_eventsModel, RunEventsModel::Details, m_tabs);
    m_events->setObjectName(QStringLiteral("runEvents"));
    m_events->setAccessibleName(tr("The run's events"));
    // An error is read whole: its rows grow to the lines it needs (a run has tens of events, not thousands).
    m_events->setWordWrap(true);
    m_events->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto plan = new QWidget(m_tabs);
    auto planLayout = new QVBoxLayout(plan);
    planLayout->setContentsMargins(0, 4, 0, 0);
    planLayout->setSpacing(4);
    m_planCaption = new QLabel(plan);
    m_planCaption->setStyleSheet(QStringLiteral("color: %1;").arg(workbenchpalette::mutedText().name()));
    m_plan = detailTable(m_planModel, RunPlanModel::Migration, plan);
    m_plan->setObjectName(QStringLiteral("runPlan"));
    m_plan->setAccessibleName(tr("The run's plan"));
    planLayout->addWidget(m_planCaption);
    planLayout->addWidget(m_plan, 1);

    m_tabs->addTab(m_events, QString());
    m_tabs->addTab(plan, QString());
    return m_tabs;
}

void RunDetailView::showRun(const AuditRun *run)
{
    if (!run) {
        m_runId.clear();
        m_eventsModel->clear();
        m_planModel->clear();
        m_pages->setCurrentIndex(0);
        return;
    }
    m_runId = run->runId;
    const QString command = QStringList{run->context.tool, run->context.command}.join(u' ').trimmed();
    m_title->setText(command.isEmpty() ? tr("Run of %1").arg(formatShortTime(run->startedAt))
                                       : tr("Run of %1: %2").arg(formatShortTime(run->startedAt), command));
    m_title->setToolTip(tr("Run id %1").arg(run->runId));
    m_outcome->setText(runOutcomeTitle(run->outcome));
    m_outcome->setToolTip(runOutcomeExplanation(run->outcome));
    m_outcome->setStyleSheet(QStringLiteral("color: %1;").arg(runOutcomeColor(run->outcome).name()));
    m_facts->setText(facts(*run));
    m_noEnd->setVisible(!run->hasEnd());
    m_noEnd->setText(run->hasEnd() ? QString() : noEndText(*run));
    m_eventsModel->setRun(*run);
    m_planModel->setRun(*run);
    m_planCaption->setText(run->context.plan.isEmpty()
                               ? tr("No plan recorded: this run wrote no run-start event.")
                               : tr("What the run set out to do, and what became of each step."));
    m_tabs->setTabText(0, tr("Events (%1)").arg(run->events.size()));
    m_tabs->setTabText(1, tr("Plan (%n step(s))", nullptr, int(run->context.plan.size())));
    m_pages->setCurrentIndex(1);
}

QString RunDetailView::facts(const AuditRun &run) const
{
    const RunContext &c = run.context;
    QStringList parts{tr("by %1").arg(run.actor)};
    if (!c.profile.isEmpty())
        parts << (c.environment.isEmpty() ? tr("profile %1").arg(c.profile)
                                          : tr("profile %1 (%2)").arg(c.profile, environmentText(c.environment)));
    else if (!c.environment.isEmpty())
        parts << environmentText(c.environment);
    if (!c.target.isEmpty())
        parts << c.target;
    if (run.hasEnd())
        parts << tr("took %1").arg(formatDuration(run.durationMs));
    else if (run.durationMs > 0)
        parts << tr("ran at least %1").arg(formatDuration(run.durationMs));
    if (run.lockWaitMs > 0)
        parts << tr("waited %1 for the lock").arg(formatDuration(run.lockWaitMs));
    if (!c.tidemarkVersion.isEmpty())
        parts << tr("Tidemark %1").arg(c.tidemarkVersion);
    if (!c.gitCommit.isEmpty())
        parts << tr("git %1").arg(shortCommit(c.gitCommit));
    return parts.join(QStringLiteral("  ·  "));
}

QString RunDetailView::noEndText(const AuditRun &run) const
{
    const HistoryEvent &last = run.events.constLast();
    const QString what =
        last.isRunLevel()
            ? historyEventTitle(last.type)
            : QStringLiteral("%1 %2 %3").arg(historyEventTitle(last.type), last.version.toString(), last.description);
    return tr("No end recorded. This run was killed, lost its connection or power, or is still running. The last "
              "thing it wrote: %1, at %2.")
        .arg(what, formatFullTime(last.at));
}

} // namespace tidemark
