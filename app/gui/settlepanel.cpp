#include "settlepanel.h"

#include "flowlayout.h"
#include "workbenchpalette.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tidemark {
namespace {

enum Column { NumberColumn, LineColumn, OutcomeColumn, SqlColumn };

QColor outcomeColor(StatementOutcome outcome)
{
    switch (outcome) {
    case StatementOutcome::Done: return workbenchpalette::successGreen().darker(115);
    case StatementOutcome::Failed: return workbenchpalette::productionRed();
    case StatementOutcome::Unknown: return workbenchpalette::cautionAmber().darker(125);
    case StatementOutcome::RolledBack:
    case StatementOutcome::NotRun: return workbenchpalette::mutedText();
    }
    return {};
}

QLabel *wrappedLabel(const QString &objectName, QWidget *parent)
{
    auto label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SettlePanel::SettlePanel(QWidget *parent)
    : QWidget(parent)
    , m_statements(new QTreeWidget(this))
    , m_unknownDecision(new QComboBox(this))
{
    setObjectName(QStringLiteral("settlePanel"));
    m_summary = wrappedLabel(QStringLiteral("settleSummary"), this);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_error = wrappedLabel(QStringLiteral("settleError"), this);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(workbenchpalette::errorText().name()));
    m_leftover = wrappedLabel(QStringLiteral("settleLeftover"), this);
    m_leftover->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; padding: 6px; }")
                                  .arg(workbenchpalette::warningBannerBackground().name(),
                                       workbenchpalette::warningBannerText().name()));

    m_statements->setObjectName(QStringLiteral("settleStatements"));
    m_statements->setRootIsDecorated(false);
    m_statements->setUniformRowHeights(true);
    m_statements->setHeaderLabels({tr("#"), tr("Line"), tr("Outcome"), tr("Statement")});
    m_statements->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_statements->header()->setStretchLastSection(true);
    m_statements->setAccessibleName(tr("Statements of the failed migration"));
    // Room for four statements, however small the pane: the list is what the DBA settles by.
    m_statements->setMinimumHeight(m_statements->fontMetrics().height() * 5 + 6);

    m_unknownRow = new QWidget(this);
    m_unknownLabel = new QLabel(m_unknownRow);
    m_unknownLabel->setWordWrap(true);
    m_unknownDecision->setObjectName(QStringLiteral("unknownDecision"));
    m_unknownDecision->addItem(tr("Let the catalog decide"), int(PendingStatementDecision::Verify));
    m_unknownDecision->addItem(tr("I looked: it took effect"), int(PendingStatementDecision::Ran));
    m_unknownDecision->addItem(tr("I looked: it did not take effect"), int(PendingStatementDecision::DidNotRun));
    m_unknownDecision->setToolTip(tr("The catalog decides a CREATE or DROP by whether the object exists; "
                                     "for anything else, look at the database and say what you found."));
    auto unknownLayout = new QHBoxLayout(m_unknownRow);
    unknownLayout->setContentsMargins(0, 0, 0, 0);
    unknownLayout->addWidget(m_unknownLabel, 1);
    unknownLayout->addWidget(m_unknownDecision);

    m_resume = new QPushButton(tr("Resume…"), this);
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_resume->setToolTip(tr("Runs the statements not yet run, after the plan's confirmation. A done statement "
                            "never runs again."));
    m_markApplied = new QPushButton(tr("Mark Applied…"), this);
    m_markApplied->setObjectName(QStringLiteral("markAppliedButton"));
    m_markApplied->setToolTip(tr("You finished this migration by hand: records it as applied. Nothing runs."));
    m_markRolledBack = new QPushButton(tr("Mark Rolled Back…"), this);
    m_markRolledBack->setObjectName(QStringLiteral("markRolledBackButton"));
    m_markRolledBack->setToolTip(tr("You undid by hand what it did: records it as not applied, to run again. "
                                    "Nothing runs."));
    auto buttons = new FlowLayout(6, 6); // they wrap where German's longer names do not fit
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_markApplied);
    buttons->addWidget(m_markRolledBack);

    // In a scroll area: on a small screen (1024×768, German) the statements and buttons scroll, never overlap.
    auto content = new QWidget;
    auto layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 8, 4, 4);
    layout->setSpacing(6);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_leftover);
    layout->addWidget(m_statements, 1);
    layout->addWidget(m_unknownRow);
    layout->addLayout(buttons);
    auto scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the texts wrap instead
    auto outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_resume, &QPushButton::clicked, this, [this] {
        Q_EMIT resumeRequested(m_version, PendingStatementDecision(m_unknownDecision->currentData().toInt()));
    });
    connect(m_markApplied, &QPushButton::clicked, this,
            [this] { Q_EMIT repairRequested(m_version, RepairAction::MarkApplied); });
    connect(m_markRolledBack, &QPushButton::clicked, this,
            [this] { Q_EMIT repairRequested(m_version, RepairAction::MarkRolledBack); });
}

SettlePanel::~SettlePanel() = default;

void SettlePanel::showFailure(const MigrationStatus &migration, const FailedMigration &failed,
                              const QList<Leftover> &leftovers)
{
    m_version = migration.version;
    m_summary->setText(failed.summary());
    m_error->setText(tr("The database said: %1").arg(failed.error));
    m_error->setVisible(!failed.error.isEmpty());
    QStringList left;
    for (const Leftover &leftover : leftovers)
        if (leftover.version == migration.version)
            left << tr("%1 is INVALID: the failed CREATE INDEX CONCURRENTLY left it behind, and it blocks running "
                       "the statement again. Remove it first: %2")
                        .arg(leftover.object, leftover.removal);
    m_leftover->setText(left.join(u'\n'));
    m_leftover->setVisible(!left.isEmpty());
    fillStatements(failed);

    // The decision is Resume's: a rollback stopped in a statement is settled with the two marks only.
    m_unknownRow->setVisible(failed.resumable && failed.unknownStatement > 0);
    m_unknownLabel->setText(tr("Statement %1 was running when the run stopped. Before Resume:")
                                .arg(failed.unknownStatement));
    m_unknownDecision->setCurrentIndex(0);
    m_resume->setVisible(failed.resumable);
    m_markApplied->setEnabled(migration.file || migration.applied);
}

void SettlePanel::fillStatements(const FailedMigration &failed)
{
    m_statements->clear();
    for (const StatementStanding &statement : failed.statements) {
        auto item = new QTreeWidgetItem(m_statements);
        item->setText(NumberColumn, QString::number(statement.number));
        item->setText(LineColumn, QString::number(statement.line));
        item->setText(OutcomeColumn, statementOutcomeText(statement.outcome));
        item->setForeground(OutcomeColumn, outcomeColor(statement.outcome));
        if (statement.outcome == StatementOutcome::Failed || statement.outcome == StatementOutcome::Unknown) {
            QFont font = item->font(OutcomeColumn);
            font.setBold(true);
            item->setFont(OutcomeColumn, font);
        }
        item->setText(SqlColumn, statement.sql.simplified()); // on one line
        item->setToolTip(SqlColumn, statement.sql);
        item->setTextAlignment(NumberColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(LineColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
}

} // namespace tidemark
