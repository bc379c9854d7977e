#include "historypanel.h"

#include "historychart.h"
#include "historyfilterbar.h"
#include "historyfiltermodel.h"
#include "historyrunmodel.h"
#include "rundetailview.h"
#include "widgetsroles.h"
#include "workbenchpalette.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace tidemark {

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_filterBar(new HistoryFilterBar(this))
    , m_model(new HistoryRunModel(this))
    , m_filter(new HistoryFilterModel(m_model, this))
    , m_chain(new QLabel(this))
    , m_shown(new QLabel(this))
    , m_export(new QPushButton(tr("Export Report…"), this))
    , m_chartToggle(new QToolButton(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_chart(new HistoryChart(this))
    , m_runs(createRunsView())
    , m_detail(new RunDetailView(this))
{
    setObjectName(QStringLiteral("historyPanel"));
    m_splitter->setObjectName(QStringLiteral("historySplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_chart);
    m_splitter->addWidget(m_runs);
    m_splitter->addWidget(m_detail);
    // The runs first, then the selected run; the chart an overview above them.
    m_splitter->setSizes({260, 400, 340});

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(createStatusRow());
    auto rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Plain);
    rule->setStyleSheet(QStringLiteral("color: %1;").arg(workbenchpalette::rule().name()));
    layout->addWidget(rule);
    layout->addWidget(m_splitter, 1);

    connect(m_filterBar, &HistoryFilterBar::changed, this, &HistoryPanel::applyFilters);
    connect(m_export, &QPushButton::clicked, this, &HistoryPanel::exportReportRequested);
    connect(m_runs->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPanel::onSelectionChanged);
    connect(m_chart, &HistoryChart::runClicked, this, &HistoryPanel::selectRun);
    applyFilters();
    clear();
}

HistoryPanel::~HistoryPanel() = default;

QWidget *HistoryPanel::createStatusRow()
{
    auto row = new QWidget(this);
    m_chain->setObjectName(QStringLiteral("historyChain"));
    m_chain->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_shown->setObjectName(QStringLiteral("historyShownCount"));
    m_shown->setForegroundRole(QPalette::PlaceholderText);
    m_chartToggle->setObjectName(QStringLiteral("historyChartToggle"));
    m_chartToggle->setText(tr("Chart"));
    m_chartToggle->setCheckable(true);
    m_chartToggle->setChecked(true);
    m_chartToggle->setToolTip(tr("Show or hide the chart of the runs over time"));
    connect(m_chartToggle, &QToolButton::toggled, this, [this](bool on) {
        m_chart->setVisible(on);
        Q_EMIT chartToggled(on);
    });
    m_export->setObjectName(QStringLiteral("historyExportButton"));
    m_export->setToolTip(tr("Write an audit report of the selected run, or of a period"));
    auto layout = new QHBoxLayout(row);
    layout->setContentsMargins(10, 0, 10, 6);
    layout->setSpacing(10);
    layout->addWidget(m_chain, 1);
    layout->addWidget(m_shown);
    layout->addWidget(m_chartToggle);
    layout->addWidget(m_export);
    return row;
}

QTableView *HistoryPanel::createRunsView()
{
    auto view = new QTableView(this);
    view->setObjectName(QStringLiteral("historyRuns"));
    view->setAccessibleName(tr("Runs"));
    view->setModel(m_filter);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSortingEnabled(true);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    QHeaderView *header = view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setResizeContentsPrecision(200); // the widest of a few hundred rows, not of every run ever
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HistoryRunModel::Migrations, QHeaderView::Stretch); // what is left goes after the text
    header->setSortIndicator(HistoryRunModel::When, Qt::DescendingOrder);
    return view;
}

void HistoryPanel::setLoading()
{
    if (!m_trail)
        m_chain->setText(tr("Reading the history…"));
}

void HistoryPanel::setTrail(const AuditTrail &trail)
{
    m_trail = trail;
    m_model->setRuns(trail.runs);
    m_filterBar->setUsers(m_model->actors());
    showChain(trail.chain);
    m_export->setEnabled(true);
    applyFilters();
    selectRun(m_selectedRunId);
}

void HistoryPanel::setError(const QString &message)
{
    m_chain->setText(tr("Cannot read the history: %1").arg(message));
    m_chain->setToolTip({});
    m_chain->setStyleSheet(QStringLiteral("color: %1;").arg(workbenchpalette::errorText().name()));
}

void HistoryPanel::clear()
{
    m_trail.reset();
    m_selectedRunId.clear();
    m_model->setRuns({});
    m_detail->showRun(nullptr);
    m_export->setEnabled(false);
    m_chain->setText(tr("Connect to a database to see its history."));
    m_chain->setToolTip({});
    m_chain->setStyleSheet(QStringLiteral("color: %1;").arg(workbenchpalette::mutedText().name()));
    applyFilters();
}

void HistoryPanel::showChain(const ChainVerdict &verdict)
{
    QString text;
    QColor color;
    if (!verdict.started) {
        text = tr("No hash chain yet: these events were written before Tidemark kept one.");
        color = workbenchpalette::mutedText();
    } else if (!verdict.holds) {
        text = tr("✗ Hash chain broken at event %1: %2").arg(verdict.brokenAt).arg(verdict.problem);
        color = workbenchpalette::productionRed();
    } else {
        text =
            tr("✓ Hash chain holds: %n event(s) chained, nothing changed or removed", nullptr, verdict.chainedEvents);
        color = workbenchpalette::successGreen();
    }
    m_chain->setText(text);
    m_chain->setToolTip(verdict.summary());
    m_chain->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(color.name()));
}

void HistoryPanel::applyFilters()
{
    m_filter->setPeriod(m_filterBar->period());
    m_filter->setUser(m_filterBar->user());
    m_filter->setOutcome(m_filterBar->outcome());
    m_filter->setMigration(m_filterBar->migration());
    m_chart->setRuns(m_filter->shownRuns(), m_filter->period());
    updateShownCount();
    if (!m_selectedRunId.isEmpty() && !selectedRun())
        m_detail->showRun(nullptr); // filtered out
}

void HistoryPanel::updateShownCount()
{
    m_shown->setText(tr("%1 of %n run(s)", nullptr, m_model->rowCount()).arg(m_filter->rowCount()));
}

void HistoryPanel::setChartVisible(bool visible)
{
    m_chartToggle->setChecked(visible);
    m_chart->setVisible(visible); // also when the toggle already said so
}

bool HistoryPanel::isChartVisible() const
{
    return m_chartToggle->isChecked();
}

const AuditRun *HistoryPanel::selectedRun() const
{
    const QModelIndexList rows = m_runs->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_filter->runAt(rows.constFirst().row());
}

void HistoryPanel::selectRun(const QString &runId)
{
    const int sourceRow = m_model->rowOf(runId);
    const QModelIndex index = sourceRow < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        m_runs->clearSelection();
        m_detail->showRun(nullptr);
        return;
    }
    m_runs->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_runs->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    m_runs->scrollTo(index);
}

void HistoryPanel::onSelectionChanged()
{
    const AuditRun *run = selectedRun();
    if (run)
        m_selectedRunId = run->runId;
    m_detail->showRun(run);
}

} // namespace tidemark
