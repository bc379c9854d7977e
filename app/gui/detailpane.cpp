#include "detailpane.h"

#include "diffview.h"
#include "displayformat.h"
#include "driftactionsbar.h"
#include "migrationstatestyle.h"
#include "reviewfindingtext.h"
#include "settlepanel.h"
#include "sql/sqlsplitter.h"
#include "sqlpanel.h"
#include "workbenchpalette.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tidemark {
namespace {

// Where a failure happened in a script: which statement (0-based), at which line of the text shown.
struct FailurePoint
{
    Direction direction = Direction::Up;
    int statementIndex = -1;
    int line = 0;
    QString error;
};

// The up text that will run (the file's), or the one that ran when there is no file.
QString upText(const MigrationStatus &m)
{
    return m.file ? m.file->upSql : m.applied ? m.applied->upSql : QString();
}

// The down text a roll back would run: the file's while the up is unchanged, else the one stored when applied.
QString downText(const MigrationStatus &m)
{
    if (m.file && m.file->hasDown && (!m.applied || m.state == MigrationState::Applied))
        return m.file->downSql;
    return m.applied ? m.applied->downSql : QString();
}

int upFirstLine(const MigrationStatus &m)
{
    return m.file ? m.file->upLine : 1;
}

int downFirstLine(const MigrationStatus &m)
{
    return m.file && m.file->hasDown && (!m.applied || m.state == MigrationState::Applied) ? m.file->downLine : 1;
}

// A stored failure names its statement and file line; which script failed is not stored, and a failed
// migration's last attempt is nearly always its up.
FailurePoint storedFailure(const MigrationStatus &m)
{
    FailurePoint point;
    point.error = m.lastFailure->error;
    if (m.lastFailure->errorStatement > 0) {
        point.statementIndex = m.lastFailure->errorStatement - 1;
        point.line = m.lastFailure->errorLine > 0 ? m.lastFailure->errorLine - upFirstLine(m) + 1 : 0;
    }
    return point;
}

std::optional<FailurePoint> failurePoint(const MigrationStatus &m, const std::optional<RunEvent> &failure)
{
    if (m.state != MigrationState::Failed)
        return std::nullopt;
    if (failure && failure->version == m.version && failure->type == RunEvent::Type::MigrationFailed) {
        FailurePoint point;
        point.direction = failure->direction;
        point.statementIndex = failure->statementIndex;
        const int first = failure->direction == Direction::Up ? upFirstLine(m) : downFirstLine(m);
        point.line = failure->line > 0 ? failure->line - first + 1 : 0;
        point.error = failure->error;
        return point;
    }
    if (m.lastFailure)
        return storedFailure(m);
    return std::nullopt;
}

QLabel *valueLabel(const QString &text, const QString &toolTip = {})
{
    auto label = new QLabel(text);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    label->setToolTip(toolTip);
    return label;
}

// Form labels a step quieter than their values.
QLabel *fieldLabel(const QString &text)
{
    auto label = new QLabel(text);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(workbenchpalette::mutedText().name()));
    return label;
}

QString shortChecksum(const QString &checksum)
{
    return checksum.size() > 16 ? checksum.left(16) + QStringLiteral("…") : checksum;
}

} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_up(new SqlPanel(this))
    , m_down(new SqlPanel(this))
    , m_appliedDiff(new DiffView(this))
    , m_upDownDiff(new DiffView(this))
    , m_settle(new SettlePanel(this))
    , m_drift(new DriftActionsBar(this))
{
    setObjectName(QStringLiteral("detailPane"));
    setAccessibleName(tr("Migration details"));
    m_up->setObjectName(QStringLiteral("upSql"));
    m_down->setObjectName(QStringLiteral("downSql"));
    m_appliedDiff->setObjectName(QStringLiteral("appliedDiff"));
    m_upDownDiff->setObjectName(QStringLiteral("upDownDiff"));
    m_appliedDiff->hide();
    m_upDownDiff->hide();
    m_settle->hide();
    connect(m_settle, &SettlePanel::resumeRequested, this, &DetailPane::resumeRequested);
    connect(m_settle, &SettlePanel::repairRequested, this, &DetailPane::repairRequested);
    connect(m_drift, &DriftActionsBar::driftRequested, this, &DetailPane::driftRequested);

    auto empty = new QLabel(tr("Select a migration on the timeline to see its SQL and its history."), m_pages);
    empty->setObjectName(QStringLiteral("detailPlaceholder"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setEnabled(false);

    auto details = new QWidget(m_pages);
    auto layout = new QVBoxLayout(details);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(8);
    layout->addWidget(createHeader());
    auto history = new QWidget(details);
    history->setObjectName(QStringLiteral("historyForm"));
    m_history = new QFormLayout(history);
    m_history->setContentsMargins(0, 4, 0, 4);
    m_history->setHorizontalSpacing(16);
    m_history->setVerticalSpacing(4);
    m_history->setLabelAlignment(Qt::AlignLeft);
    m_history->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->addWidget(history);
    layout->addWidget(m_drift);
    m_tabs->setObjectName(QStringLiteral("sqlTabs"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);

    m_pages->addWidget(empty);
    m_pages->addWidget(details);
    auto outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);
    showMigration(nullptr);
}

DetailPane::~DetailPane() = default;

void DetailPane::setDialect(DatabaseKind dialect)
{
    m_dialect = dialect;
    m_up->setDialect(dialect);
    m_down->setDialect(dialect);
}

QWidget *DetailPane::createHeader()
{
    auto header = new QWidget;
    m_node = new QLabel(header);
    m_node->setFixedSize(20, 20);
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_state = new QLabel(header);
    m_state->setObjectName(QStringLiteral("detailState"));
    m_script = new QLabel(header);
    m_script->setObjectName(QStringLiteral("detailScript"));
    m_script->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_script->setForegroundRole(QPalette::PlaceholderText);

    auto grid = new QGridLayout(header);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    grid->addWidget(m_node, 0, 0, Qt::AlignVCenter);
    grid->addWidget(m_title, 0, 1);
    grid->addWidget(m_state, 0, 2, Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(m_script, 1, 1, 1, 2);
    grid->setColumnStretch(1, 1);
    return header;
}

void DetailPane::showMigration(const MigrationStatus *migration, const std::optional<RunEvent> &failure)
{
    if (!migration) {
        m_shown.reset();
        m_pages->setCurrentIndex(0);
        return;
    }
    const bool again = m_shown == migration->version;
    const int tab = m_tabs->currentIndex();
    m_shown = migration->version;
    fillHeader(*migration);
    fillHistory(*migration);
    m_drift->showFor(*migration);
    fillSql(*migration);
    if (again && tab < m_tabs->count()) // a refresh of the same migration keeps the script in view
        m_tabs->setCurrentIndex(tab);
    markFailure(*migration, failure);
    m_pages->setCurrentIndex(1);
}

void DetailPane::fillHeader(const MigrationStatus &migration)
{
    const DisplayState state = displayState(migration);
    m_node->setPixmap(displayStateIcon(state).pixmap(20, 20));
    m_title->setText(QStringLiteral("%1  %2").arg(migration.version.toString(), migration.description));
    const QColor color = displayStateColor(state);
    m_state->setText(displayStateText(state));
    m_state->setToolTip(displayStateExplanation(state));
    m_state->setStyleSheet(QStringLiteral("QLabel { color: %1; background: rgba(%2, %3, %4, 28); font-weight: 600; "
                                          "border-radius: 9px; padding: 2px 10px; }")
                               .arg(color.darker(112).name())
                               .arg(color.red())
                               .arg(color.green())
                               .arg(color.blue()));
    m_script->setText(migration.script());
}

void DetailPane::fillHistory(const MigrationStatus &migration)
{
    while (m_history->rowCount() > 0)
        m_history->removeRow(0);
    if (const std::optional<AppliedMigration> &row = migration.applied) {
        m_history->addRow(fieldLabel(tr("Applied by:")), valueLabel(row->appliedBy));
        m_history->addRow(fieldLabel(tr("Applied at:")), valueLabel(formatFullTime(row->appliedAt)));
        m_history->addRow(fieldLabel(tr("Duration:")), valueLabel(formatDuration(row->executionMs)));
        m_history->addRow(fieldLabel(tr("Statements:")),
                          valueLabel(tr("%1 of %2 done").arg(row->statementsDone).arg(row->statementsTotal)));
        QString checksum = shortChecksum(row->checksum);
        if (migration.state == MigrationState::Modified && migration.file)
            checksum = tr("%1 as applied, %2 in the file").arg(checksum, shortChecksum(migration.file->checksum));
        else if (migration.file)
            checksum = tr("%1 (matches the file)").arg(checksum);
        m_history->addRow(fieldLabel(tr("Checksum:")), valueLabel(checksum, row->checksum));
        m_history->addRow(fieldLabel(tr("Run:")), valueLabel(row->runId));
    } else {
        m_history->addRow(fieldLabel(tr("Applied:")),
                          valueLabel(migration.state == MigrationState::Failed
                                         ? tr("No: the last attempt failed and was rolled back")
                                         : tr("Not yet")));
        if (migration.file) {
            m_history->addRow(fieldLabel(tr("Checksum:")), valueLabel(shortChecksum(migration.file->checksum),
                                                          migration.file->checksum));
            m_history->addRow(fieldLabel(tr("Transaction:")), valueLabel(migration.file->transactional
                                                                 ? tr("Runs in a transaction where the database allows")
                                                                 : tr("Runs without a transaction")));
            addReviewRow(m_review.value(migration.file->script));
        }
    }
    if (migration.lastFailure) {
        m_history->addRow(fieldLabel(tr("Last failure:")),
                          valueLabel(tr("%1 by %2").arg(formatFullTime(migration.lastFailure->at),
                                                        migration.lastFailure->actor)));
    }
}

void DetailPane::addReviewRow(const QList<ReviewFinding> &findings)
{
    QStringList lines;
    for (const ReviewFinding &finding : findings)
        lines << ReviewFindingText::describe(finding);
    QLabel *value = valueLabel(lines.isEmpty() ? tr("The review rules find nothing to look at") : lines.join(u'\n'));
    if (const std::optional<RuleSeverity> worst = worstUnallowed(findings))
        value->setStyleSheet(QStringLiteral("color: %1;").arg(workbenchpalette::reviewSeverityColor(*worst).name()));
    value->setObjectName(QStringLiteral("reviewFindings"));
    m_history->addRow(fieldLabel(tr("Review:")), value);
}

void DetailPane::fillSql(const MigrationStatus &migration)
{
    while (m_tabs->count() > 0)
        m_tabs->removeTab(0);
    const QString up = upText(migration);
    const QString down = downText(migration);
    m_up->setSql(up, tr("No up script"));
    m_down->setSql(down, tr("No down script: this migration cannot be rolled back."));
    m_tabs->addTab(m_up, tr("Up"));
    m_tabs->addTab(m_down, tr("Down"));
    m_appliedDiff->hide();
    m_upDownDiff->hide();
    m_settle->hide();
    int open = 0;
    if (migration.state == MigrationState::Failed) {
        m_settle->showFailure(migration, describeFailedMigration(migration, m_dialect), m_leftovers);
        m_tabs->insertTab(0, m_settle, tr("Settle"));
        m_tabs->setTabToolTip(0, tr("How far it got, statement by statement, and how to settle it."));
    }
    if (migration.state == MigrationState::Modified && migration.applied && migration.file) {
        m_appliedDiff->setTexts(tr("Applied %1").arg(formatFullTime(migration.applied->appliedAt)),
                                migration.applied->upSql, migration.file->script, migration.file->upSql);
        open = m_tabs->addTab(m_appliedDiff, tr("Diff: file vs applied"));
        m_tabs->setTabToolTip(open, tr("What changed in the file since the up script ran, as the history "
                                       "table stored it."));
    }
    if (!up.isEmpty() && !down.isEmpty()) {
        const QString upTitle = migration.file ? migration.file->script : tr("Up as applied");
        const QString downTitle = migration.file && migration.file->hasDown && down == migration.file->downSql
                                      ? migration.file->downScript
                                      : tr("Down as applied");
        m_upDownDiff->setTexts(upTitle, up, downTitle, down);
        const int index = m_tabs->addTab(m_upDownDiff, tr("Up vs Down"));
        m_tabs->setTabToolTip(index, tr("The up script beside the down script that undoes it."));
    }
    m_tabs->setCurrentIndex(open); // a modified migration opens on what changed
}

void DetailPane::markFailure(const MigrationStatus &migration, const std::optional<RunEvent> &failure)
{
    const std::optional<FailurePoint> point = failurePoint(migration, failure);
    if (!point)
        return;
    SqlPanel *panel = point->direction == Direction::Up ? m_up : m_down;
    int first = point->line;
    int last = point->line;
    // The whole statement, cut as the runner cut it when it ran (a goose block is one statement).
    const QByteArray script = panel->sql().toUtf8();
    const SplitResult split = splitMigrationSql(script, m_dialect);
    if (point->statementIndex >= 0 && point->statementIndex < split.statements.size()) {
        const SqlStatement &statement = split.statements.at(point->statementIndex);
        first = statement.line;
        last = first + int(statement.bytes(script).count('\n'));
    }
    panel->markLines(first, last, point->error);
}

} // namespace tidemark
