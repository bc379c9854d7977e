#include "rehearsaldialog.h"

#include "diffview.h"
#include "workbenchpalette.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tidemark {
namespace {

QString resultText(RehearsedStep::Result result)
{
    switch (result) {
    case RehearsedStep::Result::Succeeded: return RehearsalDialog::tr("Ran");
    case RehearsedStep::Result::Failed: return RehearsalDialog::tr("Failed");
    case RehearsedStep::Result::NotReached: return RehearsalDialog::tr("Not reached");
    case RehearsedStep::Result::Blocked: return RehearsalDialog::tr("Cannot run");
    }
    return {};
}

QColor resultColour(RehearsedStep::Result result)
{
    switch (result) {
    case RehearsedStep::Result::Succeeded: return workbenchpalette::successGreen();
    case RehearsedStep::Result::Failed:
    case RehearsedStep::Result::Blocked: return workbenchpalette::productionRed();
    case RehearsedStep::Result::NotReached: return workbenchpalette::mutedText();
    }
    return {};
}

QString headline(const RehearsalReport &report)
{
    switch (report.outcome) {
    case RehearsalOutcome::Succeeded: return RehearsalDialog::tr("The rehearsal ran every step.");
    case RehearsalOutcome::Failed: return RehearsalDialog::tr("The rehearsal found a step that fails.");
    case RehearsalOutcome::Cancelled: return RehearsalDialog::tr("The rehearsal was cancelled.");
    case RehearsalOutcome::LockNotAcquired:
    case RehearsalOutcome::Refused: return RehearsalDialog::tr("Nothing was rehearsed.");
    }
    return {};
}

QString milliseconds(qint64 us)
{
    return us < 1000 ? RehearsalDialog::tr("< 1 ms")
                     : RehearsalDialog::tr("%1 ms").arg(QLocale().toString(double(us) / 1000.0, 'f', 1));
}

void addDetail(QTreeWidgetItem *parent, const QString &text, const QColor &colour, const QString &toolTip = {})
{
    // One line across the columns, under its step.
    auto item = new QTreeWidgetItem(parent);
    item->setText(0, text);
    item->setToolTip(0, toolTip.isEmpty() ? text : toolTip);
    item->setForeground(0, colour);
    item->setFirstColumnSpanned(true);
}

QLabel *wrappedLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

RehearsalDialog::RehearsalDialog(const RehearsalReport &report, DatabaseKind kind, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("rehearsalDialog"));
    setWindowTitle(tr("Rehearsal"));
    const bool good = report.outcome == RehearsalOutcome::Succeeded && report.leftNothingBehind;
    // A success says it in the headline; anything else adds what happened, with the statement and line.
    const QString detail = report.outcome == RehearsalOutcome::Succeeded ? QString() : report.message;
    auto title = wrappedLabel(QStringLiteral("<b>%1</b> %2").arg(headline(report).toHtmlEscaped(), detail.toHtmlEscaped()),
                              QStringLiteral("rehearsalHeadline"), this);
    title->setTextFormat(Qt::RichText);
    title->setStyleSheet(QStringLiteral("QLabel { color: %1; }")
                             .arg((good ? palette().color(QPalette::WindowText) : workbenchpalette::productionRed()).name()));
    auto layout = new QVBoxLayout(this);
    layout->addWidget(title);
    if (!report.where.isEmpty())
        layout->addWidget(wrappedLabel(tr("%1, %2. Nothing of it is kept and nothing is recorded.")
                                           .arg(databaseProductName(kind), report.where),
                                       QStringLiteral("rehearsalWhere"), this));

    auto tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("rehearsalTabs"));
    tabs->addTab(createStepList(report), tr("Steps"));
    auto diff = new DiffView(this);
    diff->setObjectName(QStringLiteral("rehearsalSchemaDiff"));
    diff->setTexts(tr("Schema before"), report.before.text(), tr("Schema after"), report.after.text());
    const int schemaTab = tabs->addTab(diff, report.schemaDiff().isEmpty() ? tr("Schema: Unchanged")
                                                                           : tr("Schema Changes"));
    tabs->setTabEnabled(schemaTab, report.schemaRead);
    layout->addWidget(tabs, 1);

    if (!report.notes.isEmpty())
        layout->addWidget(wrappedLabel(report.notes.join(u'\n'), QStringLiteral("rehearsalNotes"), this));
    if (!report.steps.isEmpty()) {
        auto left = wrappedLabel(report.leftNothingBehind
                                     ? tr("Checked afterwards: the schema and Tidemark's history read as before.")
                                     : tr("Warning: %1").arg(report.leftBehind),
                                 QStringLiteral("rehearsalLeftBehind"), this);
        if (!report.leftNothingBehind)
            left->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(workbenchpalette::productionRed().name()));
        layout->addWidget(left);
    }
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const QRect screen = (parent ? parent->screen() : this->screen())->availableGeometry();
    resize(std::min(1000, screen.width() - 40), std::min(640, screen.height() - 60));
}

RehearsalDialog::~RehearsalDialog() = default;

QTreeWidget *RehearsalDialog::createStepList(const RehearsalReport &report)
{
    auto list = new QTreeWidget(this);
    list->setObjectName(QStringLiteral("rehearsalSteps"));
    list->setHeaderLabels({tr("Result"), tr("Step"), tr("Statements"), tr("Time"), tr("Rows")});
    list->setAlternatingRowColors(true);
    for (const RehearsedStep &step : report.steps) {
        auto item = new QTreeWidgetItem(list);
        item->setText(ResultColumn, resultText(step.result));
        item->setForeground(ResultColumn, resultColour(step.result));
        item->setText(StepColumn, step.label);
        item->setToolTip(StepColumn, step.script);
        const bool ran = step.result == RehearsedStep::Result::Succeeded || step.result == RehearsedStep::Result::Failed;
        if (ran) {
            item->setText(StatementsColumn, tr("%1 of %2").arg(step.statementsRun).arg(step.statementsTotal));
            item->setText(TimeColumn, milliseconds(step.elapsedUs));
            item->setText(RowsColumn, QLocale().toString(step.rows));
        }
        for (const HeldLock &lock : step.locks)
            addDetail(item, lock.describe(), workbenchpalette::cautionAmber());
        for (const UnrehearsedStatement &s : step.notRun)
            addDetail(item, tr("Not run: statement %1 (line %2), %3: %4").arg(s.statement).arg(s.line).arg(s.summary, s.why),
                      workbenchpalette::cautionAmber());
        if (step.result == RehearsedStep::Result::Failed || step.result == RehearsedStep::Result::Blocked)
            addDetail(item,
                      step.failedStatement > 0
                          ? tr("Statement %1, line %2: %3").arg(step.failedStatement).arg(step.failedLine).arg(step.error)
                          : step.error,
                      workbenchpalette::productionRed(), step.failedSql);
        item->setExpanded(true);
        for (int column : {StatementsColumn, TimeColumn, RowsColumn})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    QHeaderView *header = list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    return list;
}

} // namespace tidemark
