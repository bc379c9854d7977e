#include "runlogview.h"

#include <QTextBlock>
#include <QtTest>

using namespace tidemark;

namespace {

RunEvent stepEvent(RunEvent::Type type)
{
    RunEvent event;
    event.type = type;
    event.runId = QStringLiteral("run-1");
    event.version = Version({3});
    event.description = QStringLiteral("create_orders");
    event.script = QStringLiteral("003_create_orders.up.sql");
    return event;
}

QColor colorOfLine(const RunLogView &view, int line)
{
    return view.document()->findBlockByNumber(line).begin().fragment().charFormat().foreground().color();
}

} // namespace

class TestRunLogView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describesStatement();
    void describesFailureWithError();
    void appendsOneLinePerEvent();
    void failuresAreRed();
};

void TestRunLogView::describesStatement()
{
    RunEvent event = stepEvent(RunEvent::Type::StatementExecuted);
    event.statementIndex = 1;
    event.statementCount = 4;
    event.line = 12;
    event.durationMs = 7;
    event.rows = 3;
    QCOMPARE(RunLogView::describe(event),
             QStringLiteral("up 3 create_orders — statement 2/4 at line 12, 7 ms, rows: 3"));
    QCOMPARE(RunLogView::severityOf(event), RunLogView::Severity::Info);
}

void TestRunLogView::describesFailureWithError()
{
    RunEvent event = stepEvent(RunEvent::Type::MigrationFailed);
    event.error = QStringLiteral("003_create_orders.up.sql, statement 2 at line 5: no such table: x");
    QCOMPARE(RunLogView::describe(event), QStringLiteral("up 3 create_orders — ") + event.error);
    QCOMPARE(RunLogView::severityOf(event), RunLogView::Severity::Error);
}

void TestRunLogView::appendsOneLinePerEvent()
{
    RunLogView view;
    RunEvent started;
    started.plan = {QStringLiteral("up 3 create_orders")};
    view.appendEvent(started);
    view.appendEvent(stepEvent(RunEvent::Type::MigrationStarted));
    view.appendMessage(QStringLiteral("hello"));
    QCOMPARE(view.lineCount(), 3);
    QCOMPARE(view.document()->blockCount(), 3);
    QVERIFY(view.document()->findBlockByNumber(0).text().contains(QStringLiteral("plan: up 3 create_orders")));
    QVERIFY(view.document()->findBlockByNumber(2).text().endsWith(QStringLiteral("hello")));
}

void TestRunLogView::failuresAreRed()
{
    RunLogView view;
    view.appendEvent(stepEvent(RunEvent::Type::MigrationStarted));
    RunEvent failed = stepEvent(RunEvent::Type::MigrationFailed);
    failed.error = QStringLiteral("boom");
    view.appendEvent(failed);
    RunEvent finished;
    finished.type = RunEvent::Type::RunFinished;
    finished.runId = failed.runId;
    finished.message = QStringLiteral("boom");
    view.appendEvent(finished);
    const QColor normal = colorOfLine(view, 0);
    QVERIFY(colorOfLine(view, 1) != normal);
    QCOMPARE(colorOfLine(view, 1), QColor(0xc6, 0x28, 0x28));
    QCOMPARE(colorOfLine(view, 2), QColor(0xc6, 0x28, 0x28)); // the run that failed ends in red too
}

QTEST_MAIN(TestRunLogView)
#include "tst_runlogview.moc"
