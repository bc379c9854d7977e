#include "runlogview.h"

#include "displayformat.h"
#include "workbenchpalette.h"

#include <QFontDatabase>
#include <QScrollBar>
#include <QTextCharFormat>
#include <QTextCursor>

#include <algorithm>

namespace tidemark {
namespace {

QString eventLabel(RunEvent::Type type)
{
    switch (type) {
    case RunEvent::Type::RunStarted: return RunLogView::tr("run started");
    case RunEvent::Type::LockWaiting: return RunLogView::tr("waiting for lock");
    case RunEvent::Type::LockAcquired: return RunLogView::tr("lock acquired");
    case RunEvent::Type::MigrationStarted: return RunLogView::tr("started");
    case RunEvent::Type::StatementExecuted: return RunLogView::tr("statement");
    case RunEvent::Type::MigrationApplied: return RunLogView::tr("applied");
    case RunEvent::Type::MigrationRolledBack: return RunLogView::tr("rolled back");
    case RunEvent::Type::MigrationSkipped: return RunLogView::tr("skipped");
    case RunEvent::Type::StatementSettled: return RunLogView::tr("statement settled");
    case RunEvent::Type::MigrationFailed: return RunLogView::tr("FAILED");
    case RunEvent::Type::RunFinished: return RunLogView::tr("run finished");
    }
    return {};
}

QString severityLabel(RunLogView::Severity severity)
{
    switch (severity) {
    case RunLogView::Severity::Info: return RunLogView::tr("info");
    case RunLogView::Severity::Success: return RunLogView::tr("ok");
    case RunLogView::Severity::Warning: return RunLogView::tr("warning");
    case RunLogView::Severity::Error: return RunLogView::tr("error");
    }
    return {};
}

// Labels are padded to the longest one, in the current language, so that the details line up.
int labelWidth()
{
    int width = 0;
    for (int type = int(RunEvent::Type::RunStarted); type <= int(RunEvent::Type::RunFinished); ++type)
        width = std::max(width, int(eventLabel(RunEvent::Type(type)).size()));
    for (auto severity : {RunLogView::Severity::Info, RunLogView::Severity::Success, RunLogView::Severity::Warning,
                          RunLogView::Severity::Error})
        width = std::max(width, int(severityLabel(severity).size()));
    return width;
}

QColor severityColor(RunLogView::Severity severity, const QColor &normal)
{
    switch (severity) {
    case RunLogView::Severity::Info: return normal;
    case RunLogView::Severity::Success: return workbenchpalette::successGreen();
    case RunLogView::Severity::Warning: return workbenchpalette::warningAmber();
    case RunLogView::Severity::Error: return workbenchpalette::productionRed();
    }
    return normal;
}

QString statementDetails(const RunEvent &event)
{
    QString text = RunLogView::tr("statement %1/%2 at line %3, %4")
                       .arg(event.statementIndex + 1)
                       .arg(event.statementCount)
                       .arg(event.line)
                       .arg(formatDuration(event.durationMs));
    if (event.rows >= 0)
        text += RunLogView::tr(", rows: %1").arg(event.rows);
    return text;
}

} // namespace

RunLogView::RunLogView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setMaximumBlockCount(100'000);
    setPlaceholderText(tr("Run events appear here: every statement, with its line and duration."));
    m_labelWidth = labelWidth();
}

RunLogView::~RunLogView() = default;

QString RunLogView::describe(const RunEvent &event)
{
    QString subject;
    if (!event.version.isEmpty())
        subject = QStringLiteral("%1 %2 %3").arg(directionName(event.direction), event.version.toString(),
                                                   event.description);
    QString details;
    switch (event.type) {
    case RunEvent::Type::RunStarted:
        details = event.plan.isEmpty() ? tr("nothing planned") : tr("plan: %1").arg(event.plan.join(tr(", ")));
        break;
    case RunEvent::Type::LockWaiting: details = tr("held by %1").arg(event.holder); break;
    case RunEvent::Type::StatementExecuted: details = statementDetails(event); break;
    case RunEvent::Type::MigrationStarted: details = tr("statements: %1").arg(event.statementCount); break;
    case RunEvent::Type::MigrationApplied:
    case RunEvent::Type::MigrationRolledBack:
        details = tr("done in %1, statements: %2").arg(formatDuration(event.durationMs)).arg(event.statementCount);
        break;
    case RunEvent::Type::RunFinished:
        details = tr("%1 (%2)").arg(event.message, formatDuration(event.durationMs));
        break;
    default: break;
    }
    QStringList parts{subject, details};
    if (event.type != RunEvent::Type::RunFinished && !event.message.isEmpty())
        parts.append(event.message);
    if (!event.error.isEmpty())
        parts.append(event.error);
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" — "));
}

RunLogView::Severity RunLogView::severityOf(const RunEvent &event)
{
    switch (event.type) {
    case RunEvent::Type::MigrationFailed: return Severity::Error;
    case RunEvent::Type::LockWaiting: return Severity::Warning;
    case RunEvent::Type::MigrationSkipped: return Severity::Warning;
    case RunEvent::Type::MigrationApplied:
    case RunEvent::Type::MigrationRolledBack: return Severity::Success;
    default: return event.error.isEmpty() ? Severity::Info : Severity::Error;
    }
}

void RunLogView::appendEvent(const RunEvent &event)
{
    Severity severity = severityOf(event);
    if (event.type == RunEvent::Type::MigrationFailed)
        m_failedRunId = event.runId;
    else if (event.type == RunEvent::Type::RunFinished && !event.runId.isEmpty() && event.runId == m_failedRunId)
        severity = Severity::Error;
    appendLine(event.at, eventLabel(event.type), describe(event), severity);
}

void RunLogView::appendMessage(const QString &text, Severity severity)
{
    appendLine(QDateTime::currentDateTimeUtc(), severityLabel(severity), text, severity);
}

void RunLogView::appendLine(const QDateTime &at, const QString &what, const QString &text, Severity severity)
{
    QScrollBar *bar = verticalScrollBar();
    const bool followTail = bar->value() == bar->maximum();

    QTextCharFormat format;
    format.setForeground(severityColor(severity, palette().color(QPalette::Text)));
    format.setFontWeight(severity == Severity::Error ? QFont::Bold : QFont::Normal);
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    if (!document()->isEmpty())
        cursor.insertBlock();
    const QString line = QStringLiteral("%1  %2  %3")
                             .arg(at.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                                  what.leftJustified(m_labelWidth), text);
    cursor.insertText(line, format);
    ++m_lineCount;

    if (followTail)
        bar->setValue(bar->maximum());
}

} // namespace tidemark
