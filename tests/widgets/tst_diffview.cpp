#include "diffcanvas.h"
#include "diffview.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace tidemark;

namespace {

// 200 lines, with edits at lines 10, 100 and 180 (0-based 9, 99, 179) and one insertion after 150.
void makeTexts(QString *left, QString *right)
{
    QStringList a;
    for (int k = 1; k <= 200; ++k)
        a << QStringLiteral("INSERT INTO t VALUES (%1);").arg(k);
    QStringList b = a;
    b[9] = QStringLiteral("INSERT INTO t VALUES (10, 'ten');");
    b[99] = QStringLiteral("INSERT INTO t VALUES (100, 'hundred');");
    b.insert(150, QStringLiteral("DELETE FROM t WHERE id = 1;"));
    b[180] = QStringLiteral("INSERT INTO t VALUES (180, 'x');");
    *left = a.join(u'\n') + u'\n';
    *right = b.join(u'\n') + u'\n';
}

} // namespace

class TestDiffView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepsThroughChanges();
    void scrollsToTheCurrentChange();
    void copiesUnifiedDiff();
    void identicalAndLineEndings();
    void clickSelectsChange();
    void ignoreWhitespaceRediffs();
    void emptyTexts();
};

void TestDiffView::stepsThroughChanges()
{
    QString left, right;
    makeTexts(&left, &right);
    DiffView view;
    QSignalSpy spy(&view, &DiffView::currentChangeChanged);
    view.setTexts(QStringLiteral("applied"), left, QStringLiteral("file"), right);
    QCOMPARE(view.changeCount(), 4);
    QCOMPARE(view.currentChange(), 0);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.last().at(0).toInt(), 0);
    QCOMPARE(spy.last().at(1).toInt(), 4);

    QVERIFY(view.nextChange());
    QVERIFY(view.nextChange());
    QVERIFY(view.nextChange());
    QCOMPARE(view.currentChange(), 3);
    QVERIFY(!view.nextChange());
    QCOMPARE(view.currentChange(), 3);
    QVERIFY(view.previousChange());
    QCOMPARE(view.currentChange(), 2);
    view.setCurrentChange(0);
    QVERIFY(!view.previousChange());
    QCOMPARE(spy.last().at(0).toInt(), 0);

    // Keyboard: Alt+Down / Alt+Up while the view has focus.
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.canvas()->setFocus();
    QTest::keyClick(view.canvas(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(view.currentChange(), 1);
    QTest::keyClick(view.canvas(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(view.currentChange(), 0);
}

void TestDiffView::scrollsToTheCurrentChange()
{
    QString left, right;
    makeTexts(&left, &right);
    DiffView view;
    view.resize(900, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setTexts(QStringLiteral("a"), left, QStringLiteral("b"), right);
    const int visible = view.canvas()->visibleRowCount();
    QVERIFY(visible < 40);
    auto shown = [&view, visible](int change) {
        const DiffHunk &hunk = view.diff().hunks.at(change);
        const int first = view.canvas()->firstVisibleRow();
        return hunk.firstRow >= first && hunk.firstRow < first + visible;
    };
    QVERIFY(shown(0));
    view.setCurrentChange(2);
    QVERIFY(shown(2));
    QVERIFY(view.canvas()->firstVisibleRow() > 100);
    // One scroll bar moves both sides: the row at the top is the same row of the alignment on both.
    view.canvas()->verticalScrollBar()->setValue(120);
    const DiffRow &top = view.diff().rows.at(view.canvas()->firstVisibleRow());
    QCOMPARE(top.left, 120);
    QCOMPARE(top.right, 120);
    view.previousChange();
    QVERIFY(shown(1));
}

void TestDiffView::copiesUnifiedDiff()
{
    DiffView view;
    view.setTexts(QStringLiteral("a/002_create_products.up.sql"), QStringLiteral("CREATE TABLE p (\n  id INT\n);\n"),
                  QStringLiteral("b/002_create_products.up.sql"), QStringLiteral("CREATE TABLE p (\n  id BIGINT\n);\n"));
    const QString expected = QStringLiteral("--- a/002_create_products.up.sql\n+++ b/002_create_products.up.sql\n"
                                            "@@ -1,3 +1,3 @@\n CREATE TABLE p (\n-  id INT\n+  id BIGINT\n );\n");
    QCOMPARE(view.unifiedDiffText(), expected);
    view.copyUnifiedDiff();
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
}

void TestDiffView::identicalAndLineEndings()
{
    DiffView view;
    view.setTexts(QStringLiteral("a"), QStringLiteral("SELECT 1;\r\nSELECT 2;\r\n"), QStringLiteral("b"),
                  QStringLiteral("SELECT 1;\nSELECT 2;\n"));
    QCOMPARE(view.changeCount(), 0);
    QCOMPARE(view.currentChange(), -1);
    QVERIFY(view.diff().lineEndingsDiffer());
    QVERIFY(!view.nextChange());
    QVERIFY(view.unifiedDiffText().isEmpty());
}

void TestDiffView::clickSelectsChange()
{
    QString left, right;
    makeTexts(&left, &right);
    DiffView view;
    view.resize(900, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setTexts(QStringLiteral("a"), left, QStringLiteral("b"), right);
    view.setCurrentChange(1);
    const int row = view.diff().hunks.at(1).firstRow;
    const int y = (row - view.canvas()->firstVisibleRow()) * view.canvas()->rowHeight() + 2;
    view.setCurrentChange(3);
    view.canvas()->verticalScrollBar()->setValue(row - (y - 2) / view.canvas()->rowHeight());
    QTest::mouseClick(view.canvas()->viewport(), Qt::LeftButton, {}, QPoint(50, y));
    QCOMPARE(view.currentChange(), 1);
}

void TestDiffView::ignoreWhitespaceRediffs()
{
    DiffView view;
    view.setTexts(QStringLiteral("a"), QStringLiteral("SELECT  1;\n"), QStringLiteral("b"), QStringLiteral("SELECT 1;\n"));
    QCOMPARE(view.changeCount(), 1);
    TextDiffOptions options = view.options();
    options.ignoreWhitespace = true;
    view.setOptions(options);
    QCOMPARE(view.changeCount(), 0);
}

void TestDiffView::emptyTexts()
{
    DiffView view;
    view.setTexts(QStringLiteral("a"), QString(), QStringLiteral("b"), QStringLiteral("SELECT 1;\n"));
    QCOMPARE(view.changeCount(), 1);
    view.clear();
    QCOMPARE(view.changeCount(), 0);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.grab().isNull());
}

QTEST_MAIN(TestDiffView)
#include "tst_diffview.moc"
