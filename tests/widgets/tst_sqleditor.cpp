#include "findreplacebar.h"
#include "sqleditor.h"
#include "sqleditorpanel.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

using namespace tidemark;

namespace {

QString marks(const StatementScan &scan)
{
    QStringList out;
    for (const StatementMark &m : scan.statements)
        out << QStringLiteral("%1-%2%3").arg(m.firstLine).arg(m.lastLine).arg(m.noTransaction ? QStringLiteral("N")
                                                                             : m.transactionControl ? QStringLiteral("T")
                                                                                                    : QString());
    return out.join(u' ');
}

} // namespace

class TestSqlEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usesSystemFixedFont();
    void statementsComeFromTheSplitterOffThread();
    void editsAreSplitOnceAfterTheDebounce();
    void gooseBlocksAreOneStatement();
    void splitterErrorIsReported();
    void statementAtLine();
    void find();
    void replace();
    void readOnlyRefusesEdits();
    void goToLine();
    void indentation();
    void findBarCountsAndSteps();
    void hugeScriptScans();
};

void TestSqlEditor::usesSystemFixedFont()
{
    SqlEditor editor;
    QVERIFY(QFontInfo(editor.font()).fixedPitch());
    QCOMPARE(editor.lineWrapMode(), QPlainTextEdit::NoWrap);
    QVERIFY(editor.gutterWidth() > editor.fontMetrics().horizontalAdvance(QStringLiteral("99")));
}

void TestSqlEditor::statementsComeFromTheSplitterOffThread()
{
    SqlEditor editor;
    editor.setDialect(DatabaseKind::Postgres);
    QSignalSpy spy(&editor, &SqlEditor::statementsChanged);
    editor.setPlainText(QStringLiteral("CREATE TABLE a (\n  id INT\n);\n\n-- index\nCREATE INDEX CONCURRENTLY i ON a (id);\n"
                                       "BEGIN;\nSELECT ';';\nCOMMIT;\n"));
    QVERIFY(spy.wait(2000));
    QCOMPARE(marks(editor.statementScan()), QStringLiteral("1-3 6-6N 7-7T 8-8 9-9T"));
}

void TestSqlEditor::editsAreSplitOnceAfterTheDebounce()
{
    SqlEditor editor;
    editor.setPlainText(QStringLiteral("SELECT 1;\n"));
    QSignalSpy spy(&editor, &SqlEditor::statementsChanged);
    QVERIFY(spy.wait(2000));
    spy.clear();
    editor.moveCursor(QTextCursor::End);
    for (const char *text : {"SELECT", " 2;", "\nSELECT 3;"})
        editor.insertPlainText(QString::fromLatin1(text));
    QVERIFY(spy.wait(2000));
    QTest::qWait(250);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(marks(editor.statementScan()), QStringLiteral("1-1 2-2 3-3"));
}

void TestSqlEditor::gooseBlocksAreOneStatement()
{
    SqlEditor editor;
    editor.setPlainText(QStringLiteral("-- +goose Up\n-- +goose StatementBegin\nCREATE TRIGGER t AFTER INSERT ON a\n"
                                       "BEGIN\n  UPDATE b SET n = n + 1;\nEND;\n-- +goose StatementEnd\n"
                                       "-- +goose Down\nDROP TRIGGER t;\n"));
    editor.rescanNow();
    QCOMPARE(marks(editor.statementScan()), QStringLiteral("3-6 9-9"));
}

void TestSqlEditor::splitterErrorIsReported()
{
    SqlEditor editor;
    editor.setPlainText(QStringLiteral("SELECT 1;\nSELECT 'open;\n"));
    editor.rescanNow();
    QCOMPARE(editor.statementScan().errorLine, 2);
    QVERIFY(!editor.statementScan().error.isEmpty());
}

void TestSqlEditor::statementAtLine()
{
    StatementScan scan;
    scan.statements = {{1, 3, false, false}, {5, 5, true, false}};
    QCOMPARE(scan.statementAtLine(0), -1);
    QCOMPARE(scan.statementAtLine(2), 0);
    QCOMPARE(scan.statementAtLine(4), -1);
    QCOMPARE(scan.statementAtLine(5), 1);
    QCOMPARE(scan.statementAtLine(6), -1);
}

void TestSqlEditor::find()
{
    SqlEditor editor;
    editor.setPlainText(QStringLiteral("SELECT id FROM orders;\nselect order_id FROM items;\nSELECT ids;"));
    QVERIFY(editor.find(QStringLiteral("select"), {}));
    QCOMPARE(editor.currentLine(), 1);
    QVERIFY(editor.find(QStringLiteral("select"), {}));
    QCOMPARE(editor.currentLine(), 2);
    QVERIFY(editor.find(QStringLiteral("SELECT"), {true, false, false}));
    QCOMPARE(editor.currentLine(), 3);
    QVERIFY(editor.find(QStringLiteral("SELECT"), {true, false, false})); // wraps around
    QCOMPARE(editor.currentLine(), 1);
    QVERIFY(editor.find(QStringLiteral("SELECT"), {true, false, false}, true)); // backwards, wrapping
    QCOMPARE(editor.currentLine(), 3);

    editor.moveCursor(QTextCursor::Start);
    QVERIFY(editor.find(QStringLiteral("id"), {false, true, false}));
    QCOMPARE(editor.textCursor().selectionStart(), 7);
    QVERIFY(editor.find(QStringLiteral("id"), {false, true, false})); // not order_id, not ids
    QCOMPARE(editor.currentLine(), 1);

    QVERIFY(editor.find(QStringLiteral("order_?id"), {false, false, true}));
    QCOMPARE(editor.textCursor().selectedText(), QStringLiteral("order_id"));
    QVERIFY(!editor.find(QStringLiteral("nothing"), {}));
    QVERIFY(!editor.find(QStringLiteral("(unbalanced"), {false, false, true}));
    QCOMPARE(editor.setSearchHighlight(QStringLiteral("select"), {}), 3);
    QCOMPARE(editor.setSearchHighlight(QString(), {}), 0);
}

void TestSqlEditor::replace()
{
    SqlEditor editor;
    editor.setPlainText(QStringLiteral("UPDATE t SET a = 1;\nUPDATE t SET a = 2;\nUPDATE u SET a = 3;"));
    QCOMPARE(editor.replaceAll(QStringLiteral("UPDATE t"), QStringLiteral("UPDATE items"), {}), 2);
    QCOMPARE(editor.toPlainText(),
             QStringLiteral("UPDATE items SET a = 1;\nUPDATE items SET a = 2;\nUPDATE u SET a = 3;"));
    editor.undo(); // one step
    QCOMPARE(editor.toPlainText(), QStringLiteral("UPDATE t SET a = 1;\nUPDATE t SET a = 2;\nUPDATE u SET a = 3;"));

    editor.moveCursor(QTextCursor::Start);
    QVERIFY(!editor.replaceCurrent(QStringLiteral("a ="), QStringLiteral("b ="), {})); // selects the first
    QVERIFY(editor.replaceCurrent(QStringLiteral("a ="), QStringLiteral("b ="), {}));
    QCOMPARE(editor.document()->findBlockByNumber(0).text(), QStringLiteral("UPDATE t SET b = 1;"));
    QCOMPARE(editor.currentLine(), 2); // and moved on

    QCOMPARE(editor.replaceAll(QStringLiteral("(\\d);"), QStringLiteral("\\1"), {false, false, true}), 3);
}

void TestSqlEditor::readOnlyRefusesEdits()
{
    SqlEditor editor;
    editor.setPlainText(QStringLiteral("SELECT 1;"));
    editor.setReadOnly(true);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTest::keyClicks(editor.viewport(), QStringLiteral("x"));
    QCOMPARE(editor.toPlainText(), QStringLiteral("SELECT 1;"));
    QCOMPARE(editor.replaceAll(QStringLiteral("1"), QStringLiteral("2"), {}), 0);
    QVERIFY(editor.find(QStringLiteral("1"), {}));
    QVERIFY(editor.viewport()->palette().color(QPalette::Base) != editor.palette().color(QPalette::Base));
}

void TestSqlEditor::goToLine()
{
    SqlEditor editor;
    QStringList lines;
    for (int k = 1; k <= 500; ++k)
        lines << QStringLiteral("SELECT %1;").arg(k);
    editor.setPlainText(lines.join(u'\n'));
    editor.resize(400, 300);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.goToLine(250, 8);
    QCOMPARE(editor.currentLine(), 250);
    QCOMPARE(editor.textCursor().positionInBlock(), 7);
    QVERIFY(editor.cursorForPosition(QPoint(5, 5)).blockNumber() > 200);
    editor.goToLine(10000);
    QCOMPARE(editor.currentLine(), 500);

    // A failed statement: marked and scrolled to.
    editor.setMarkedLines(40, 42);
    QCOMPARE(editor.currentLine(), 40);
    QCOMPARE(editor.markedFirstLine(), 40);
    QCOMPARE(editor.extraSelections().size(), 1 + 3); // the current line and three marked ones
    editor.setMarkedLines(0, 0);
    QCOMPARE(editor.extraSelections().size(), 1);
}

void TestSqlEditor::indentation()
{
    SqlEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setFocus();
    QTest::keyClicks(&editor, QStringLiteral("CREATE TABLE t ("));
    QTest::keyClick(&editor, Qt::Key_Return);
    QTest::keyClick(&editor, Qt::Key_Tab);
    QTest::keyClicks(&editor, QStringLiteral("id INT,"));
    QTest::keyClick(&editor, Qt::Key_Return);
    QTest::keyClicks(&editor, QStringLiteral("name TEXT"));
    QCOMPARE(editor.toPlainText(), QStringLiteral("CREATE TABLE t (\n    id INT,\n    name TEXT"));
    QTest::keyClick(&editor, Qt::Key_Backtab);
    QCOMPARE(editor.document()->lastBlock().text(), QStringLiteral("name TEXT"));
    editor.selectAll();
    QTest::keyClick(&editor, Qt::Key_Tab);
    QCOMPARE(editor.toPlainText(), QStringLiteral("    CREATE TABLE t (\n        id INT,\n    name TEXT"));
}

void TestSqlEditor::findBarCountsAndSteps()
{
    SqlEditorPanel panel;
    panel.editor()->setPlainText(QStringLiteral("DROP TABLE a;\nDROP TABLE b;\nSELECT 1;"));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.editor()->setFocus();
    QTest::keyClick(panel.editor(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(panel.findBar()->isVisible());
    QVERIFY(panel.findBar()->findField()->hasFocus());
    panel.findBar()->findField()->setText(QStringLiteral("drop"));
    QCOMPARE(panel.findBar()->matchCount(), 2);
    QCOMPARE(panel.editor()->currentLine(), 1);
    QTest::keyClick(panel.findBar()->findField(), Qt::Key_F3);
    QCOMPARE(panel.editor()->currentLine(), 2);
    QTest::keyClick(panel.findBar()->findField(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(panel.editor()->currentLine(), 1);
    QVERIFY(panel.findBar()->findNext());
    QCOMPARE(panel.editor()->currentLine(), 2);
    panel.findBar()->showReplace();
    QVERIFY(panel.findBar()->replaceField()->isVisible());
    panel.findBar()->replaceField()->setText(QStringLiteral("-- DROP"));
    QCOMPARE(panel.findBar()->replaceAll(), 2);
    QCOMPARE(panel.editor()->document()->firstBlock().text(), QStringLiteral("-- DROP TABLE a;"));
    QTest::keyClick(panel.findBar()->findField(), Qt::Key_Escape);
    QVERIFY(!panel.findBar()->isVisible());

    panel.editor()->setReadOnly(true);
    panel.findBar()->showReplace();
    QVERIFY(!panel.findBar()->replaceField()->isVisible());
}

void TestSqlEditor::hugeScriptScans()
{
    QString text;
    for (int k = 0; k < 100000; ++k)
        text += QStringLiteral("INSERT INTO t VALUES (%1, 'row; %1');\n").arg(k);
    SqlEditor editor;
    QSignalSpy spy(&editor, &SqlEditor::statementsChanged);
    editor.setPlainText(text);
    QVERIFY(spy.wait(10000));
    QCOMPARE(editor.statementScan().statements.size(), 100000);
    QCOMPARE(editor.statementScan().statements.last().firstLine, 100000);
}

QTEST_MAIN(TestSqlEditor)
#include "tst_sqleditor.moc"
