// Drives the main window the way a DBA would: open the demo project on a fresh SQLite file, look at migrations on
// the timeline, apply everything after confirming the plan, roll back, watch a migration fail, stop a long run.
// The engine runs on its own thread; the test only waits for what the window shows.
#include "confirmplandialog.h"
#include "detailpane.h"
#include "mainwindow.h"
#include "projectbar.h"
#include "runlogdock.h"
#include "sqlpanel.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"
#include "timelinepanel.h"
#include "timelineview.h"
#include "widgetsroles.h"
#include "workbench.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

using namespace tidemark;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsDemoProjectAllPending();
    void clickingANodeShowsItsSql();
    void filterHidesWhatItShould();
    void cancelledConfirmationRunsNothing();
    void applyPendingRunsThePlanShown();
    void applyToSelectedAndRollBackToSelected();
    void productionCannotBePassedWithoutTheName();
    void failingMigrationTurnsRedAndTheLogNamesIt();
    void staysResponsiveAndStopsAfterCurrent();
    void exportsTheRunLogAsJsonLines();

private:
    TimelinePanel *timeline() const { return m_bench->timeline(); }
    TimelineView *view() const { return timeline()->view(); }
    DetailPane *detail() const { return window()->findChild<DetailPane *>(); }
    RunLogDock *runLog() const { return window()->findChild<RunLogDock *>(); }
    QModelIndex shownIndexOf(quint64 version) const;
    void writeMigration(const QString &name, const QByteArray &up, const QByteArray &down = {}) const;

    MainWindow *window() const { return m_bench->window(); }

    std::unique_ptr<test::Workbench> m_bench;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

// Each test gets its own copy of the demo migrations and its own database file.
void TestMainWindow::init()
{
    m_bench = std::make_unique<test::Workbench>();
    QVERIFY(m_bench->open());
}

void TestMainWindow::cleanup()
{
    m_bench.reset();
}

QModelIndex TestMainWindow::shownIndexOf(quint64 version) const
{
    const int row = timeline()->model()->rowOf(Version({version}));
    return timeline()->filter()->mapFromSource(timeline()->model()->index(row, 0));
}

void TestMainWindow::writeMigration(const QString &name, const QByteArray &up, const QByteArray &down) const
{
    QFile upFile(QDir(m_bench->projectDir()).filePath(name + QStringLiteral(".up.sql")));
    QVERIFY(upFile.open(QIODevice::WriteOnly));
    upFile.write(up);
    if (down.isEmpty())
        return;
    QFile downFile(QDir(m_bench->projectDir()).filePath(name + QStringLiteral(".down.sql")));
    QVERIFY(downFile.open(QIODevice::WriteOnly));
    downFile.write(down);
}

void TestMainWindow::showsDemoProjectAllPending()
{
    QCOMPARE(m_bench->countInState(MigrationState::Pending), 11);
    QVERIFY(window()->windowTitle().startsWith(QStringLiteral("Tidemark — demo — sqlite:")));
    QCOMPARE(m_bench->action("applyPendingAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    QCOMPARE(m_bench->action("applyToSelectedAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_U));
    QCOMPARE(m_bench->action("rollBackOneAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QCOMPARE(m_bench->action("rollBackToSelectedAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_D));
    QCOMPARE(m_bench->action("refreshAction")->shortcut(), QKeySequence(Qt::Key_F5));
    QCOMPARE(m_bench->action("openProjectAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_O));
    QCOMPARE(m_bench->action("connectAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
    QCOMPARE(m_bench->action("stopAfterCurrentAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Period));
    QCOMPARE(m_bench->action("cancelNowAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Period));
    QCOMPARE(m_bench->action("exportRunLogAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QVERIFY(!m_bench->action("stopAfterCurrentAction")->isEnabled());
    QVERIFY(!m_bench->action("cancelNowAction")->isEnabled());
    QVERIFY(!m_bench->action("exportRunLogAction")->isEnabled()); // no run yet
    QVERIFY(!m_bench->action("rollBackOneAction")->isEnabled());  // nothing applied
    for (const char *name : {"applyPendingAction", "applyToSelectedAction", "rollBackToSelectedAction",
                             "exportRunLogAction", "stopAfterCurrentAction", "cancelNowAction"})
        QVERIFY2(!m_bench->action(name)->icon().pixmap(20, 20).isNull(), name); // the icons are compiled in
    // The next migration to run is selected and shown; the database has no version yet.
    QTRY_VERIFY(timeline()->selectedMigration());
    QCOMPARE(detail()->shownVersion(), std::optional<Version>(Version({1})));
    QVERIFY(m_bench->action("applyToSelectedAction")->isEnabled());
    QVERIFY(!m_bench->action("rollBackToSelectedAction")->isEnabled());
    QCOMPARE(view()->rowAboveTidemark(), -1);
}

void TestMainWindow::clickingANodeShowsItsSql()
{
    const QModelIndex orders = shownIndexOf(3);
    view()->scrollTo(orders);
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, view()->visualRect(orders).center());
    QTRY_COMPARE(detail()->shownVersion(), std::optional<Version>(Version({3})));
    QFile file(QDir(m_bench->projectDir()).filePath(QStringLiteral("003_create_orders.up.sql")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(detail()->upPanel()->sql(), QString::fromUtf8(file.readAll()));
    QVERIFY(detail()->downPanel()->sql().contains(QStringLiteral("DROP TABLE")));

    // The keyboard moves along the timeline, and the detail pane follows.
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Down);
    QTRY_COMPARE(detail()->shownVersion(), std::optional<Version>(Version({4})));
}

void TestMainWindow::filterHidesWhatItShould()
{
    QVERIFY(m_bench->applyAll());
    writeMigration(QStringLiteral("012_add_invoices"), "CREATE TABLE invoices (id INTEGER PRIMARY KEY);\n",
                   "DROP TABLE invoices;\n");
    m_bench->action("refreshAction")->trigger();
    QTRY_COMPARE(timeline()->model()->rowCount(), 12);
    QAbstractItemModel *shown = view()->model();
    QCOMPARE(shown->rowCount(), 12);

    // Hiding applied migrations leaves the pending one.
    auto appliedToggle = timeline()->findChild<QToolButton *>(QStringLiteral("showState_%1").arg(int(DisplayState::Applied)));
    QVERIFY(appliedToggle);
    QVERIFY(appliedToggle->text().endsWith(QStringLiteral("11")));
    QTest::mouseClick(appliedToggle, Qt::LeftButton);
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data(VersionRole).toString(), QStringLiteral("12"));
    QTest::mouseClick(appliedToggle, Qt::LeftButton);
    QCOMPARE(shown->rowCount(), 12);

    // Searching: Ctrl+F goes to the search field; words narrow the list.
    window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window()));
    QTest::keyClick(window(), Qt::Key_F, Qt::ControlModifier);
    auto search = timeline()->findChild<QLineEdit *>(QStringLiteral("timelineSearch"));
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("create_"));
    QCOMPARE(shown->rowCount(), 6); // customers, products, orders, order_items, order_totals_view, shipments
    QTest::keyClicks(search, QStringLiteral("order"));
    QCOMPARE(shown->rowCount(), 3);
    search->clear();
    QCOMPARE(shown->rowCount(), 12);
}

void TestMainWindow::cancelledConfirmationRunsNothing()
{
    m_bench->action("applyPendingAction")->trigger();
    ConfirmPlanDialog *dialog = m_bench->waitForConfirmation();
    QVERIFY(dialog);
    QVERIFY(!m_bench->action("applyPendingAction")->isEnabled()); // no second plan while one waits for the DBA
    dialog->reject();
    QTRY_VERIFY(m_bench->action("applyPendingAction")->isEnabled());
    m_bench->action("refreshAction")->trigger();
    QTest::qWait(200);
    QCOMPARE(m_bench->countInState(MigrationState::Pending), 11);
}

void TestMainWindow::applyPendingRunsThePlanShown()
{
    QSignalSpy changed(timeline()->model(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(timeline()->model(), &QAbstractItemModel::modelReset);
    m_bench->action("applyPendingAction")->trigger();
    ConfirmPlanDialog *dialog = m_bench->waitForConfirmation();
    QVERIFY(dialog);
    // The dialog lists exactly the plan: every pending migration, in order, each with its transaction mode.
    QCOMPARE(dialog->plan().steps.size(), 11);
    auto steps = dialog->findChild<QTreeWidget *>(QStringLiteral("planSteps"));
    QVERIFY(steps);
    QCOMPARE(steps->topLevelItemCount(), 11);
    QStringList planned;
    for (int i = 0; i < steps->topLevelItemCount(); ++i) {
        QCOMPARE(steps->topLevelItem(i)->text(ConfirmPlanDialog::DirectionColumn), QStringLiteral("Up"));
        QCOMPARE(steps->topLevelItem(i)->text(ConfirmPlanDialog::TransactionColumn), QStringLiteral("Yes"));
        planned.append(steps->topLevelItem(i)->text(ConfirmPlanDialog::VersionColumn));
    }
    QCOMPARE(planned, (QStringList{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"}));
    dialog->accept();

    QTRY_COMPARE_WITH_TIMEOUT(m_bench->countInState(MigrationState::Applied), 11, 30'000);
    QTRY_VERIFY(m_bench->action("refreshAction")->isEnabled());
    QVERIFY(!window()->findChild<QMessageBox *>()); // no failure reported
    QVERIFY(!m_bench->action("applyPendingAction")->isEnabled()); // nothing left to apply
    QVERIFY(m_bench->action("rollBackOneAction")->isEnabled());
    // The timeline changed in place: the selection and the scroll position stay; the tidemark is after 11.
    QCOMPARE(reset.count(), 0);
    QVERIFY(changed.count() > 0);
    QCOMPARE(detail()->shownVersion(), std::optional<Version>(Version({1})));
    QCOMPARE(view()->rowAboveTidemark(), 10);
    // The run log shows every migration applied, in the order planned.
    const QList<RunEvent> &events = runLog()->runLog().events();
    QStringList applied;
    for (const RunEvent &event : events)
        if (event.type == RunEvent::Type::MigrationApplied)
            applied.append(event.version.toString());
    QCOMPARE(applied, planned);
    QVERIFY(runLog()->view()->lineCount() > 11);
    // The detail pane shows the history row of what ran.
    QVERIFY(detail()->findChild<QWidget *>(QStringLiteral("historyForm")));
    QVERIFY(timeline()->selectedMigration()->applied);
}

void TestMainWindow::applyToSelectedAndRollBackToSelected()
{
    timeline()->selectVersion(Version({4}));
    QTRY_VERIFY(m_bench->action("applyToSelectedAction")->isEnabled());
    m_bench->action("applyToSelectedAction")->trigger();
    ConfirmPlanDialog *dialog = m_bench->waitForConfirmation();
    QVERIFY(dialog);
    QCOMPARE(dialog->plan().steps.size(), 4);
    QCOMPARE(dialog->plan().steps.last().version, Version({4}));
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(m_bench->countInState(MigrationState::Applied), 4, 30'000);
    QTRY_VERIFY(m_bench->action("refreshAction")->isEnabled());
    QCOMPARE(view()->rowAboveTidemark(), 3);

    timeline()->selectVersion(Version({2}));
    QTRY_VERIFY(m_bench->action("rollBackToSelectedAction")->isEnabled());
    QVERIFY(!m_bench->action("applyToSelectedAction")->isEnabled());
    m_bench->action("rollBackToSelectedAction")->trigger();
    dialog = m_bench->waitForConfirmation();
    QVERIFY(dialog);
    QCOMPARE(dialog->plan().steps.size(), 2); // 4, then 3; 2 stays applied
    QCOMPARE(dialog->plan().steps.first().direction, Direction::Down);
    QCOMPARE(dialog->plan().steps.first().version, Version({4}));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Confirm Roll Back"));
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(m_bench->countInState(MigrationState::Applied), 2, 30'000);
    QTRY_VERIFY(m_bench->action("rollBackOneAction")->isEnabled());
    QCOMPARE(view()->rowAboveTidemark(), 1);

    m_bench->action("rollBackOneAction")->trigger();
    dialog = m_bench->waitForConfirmation();
    QVERIFY(dialog);
    QCOMPARE(dialog->plan().steps.size(), 1);
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(m_bench->countInState(MigrationState::Applied), 1, 30'000);
}

void TestMainWindow::productionCannotBePassedWithoutTheName()
{
    auto check = window()->findChild<ProjectBar *>()->findChild<QCheckBox *>(QStringLiteral("productionCheck"));
    QVERIFY(check);
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(window()->isProduction());
    QVERIFY(window()->windowTitle().endsWith(QStringLiteral("[PRODUCTION]")));

    m_bench->action("applyPendingAction")->trigger();
    ConfirmPlanDialog *dialog = m_bench->waitForConfirmation();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("productionBanner")));
    auto name = dialog->findChild<QLineEdit *>(QStringLiteral("confirmNameEdit"));
    QVERIFY(name);
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QTest::keyClicks(name, QStringLiteral("TEST.db"));
    QTest::keyClick(name, Qt::Key_Return);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QTest::qWait(200);
    QCOMPARE(m_bench->countInState(MigrationState::Pending), 11); // nothing ran

    name->clear();
    QTest::keyClicks(name, QStringLiteral("test.db")); // ConnectionUrl::databaseName() of sqlite:…/test.db
    QVERIFY(dialog->confirmButton()->isEnabled());
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_bench->countInState(MigrationState::Applied), 11, 30'000);
}

void TestMainWindow::failingMigrationTurnsRedAndTheLogNamesIt()
{
    writeMigration(QStringLiteral("012_broken"),
                   "CREATE TABLE ok_so_far (id INTEGER);\n\nINSERT INTO no_such_table\nVALUES (1);\n");
    m_bench->action("refreshAction")->trigger();
    QTRY_COMPARE(timeline()->model()->rowCount(), 12);

    m_bench->action("applyPendingAction")->trigger();
    ConfirmPlanDialog *dialog = m_bench->waitForConfirmation();
    QVERIFY(dialog);
    QCOMPARE(dialog->plan().steps.size(), 12);
    dialog->accept();

    QMessageBox *box = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (box = window()->findChild<QMessageBox *>()) != nullptr; }, 30'000));
    // The failure names the file, the statement and its line, and the database's own message.
    const QString error = box->informativeText();
    QVERIFY2(error.contains(QStringLiteral("012_broken.up.sql")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("statement 2")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("line 3")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("no_such_table")), qPrintable(error));
    box->accept();

    // The same error is in the run log, in red.
    const QTextBlock failed = runLog()->view()->document()->find(error).block();
    QVERIFY(failed.isValid());
    QVERIFY(failed.text().contains(QStringLiteral("12 broken")));
    const QColor red = failed.begin().fragment().charFormat().foreground().color();
    QVERIFY2(red.red() > 150 && red.green() < 80, qPrintable(red.name()));

    // On the timeline it is red, and selected: the detail pane marks the failed statement, both its lines.
    QTRY_COMPARE(m_bench->countInState(MigrationState::Failed), 1);
    QCOMPARE(m_bench->countInState(MigrationState::Applied), 11);
    const QModelIndex broken = shownIndexOf(12);
    QCOMPARE(broken.data(DisplayStateRole).toInt(), int(DisplayState::Failed));
    QCOMPARE(broken.data(LastErrorRole).toString(), error);
    QTRY_COMPARE(detail()->shownVersion(), std::optional<Version>(Version({12})));
    QCOMPARE(detail()->upPanel()->markedLine(), 3);
    QCOMPARE(detail()->upPanel()->markMessage(), error);
    QTRY_VERIFY(m_bench->action("applyPendingAction")->isEnabled());

    // Selected again later (a stored failure, no live event), the statement is still marked.
    timeline()->selectVersion(Version({1}));
    QTRY_COMPARE(detail()->upPanel()->markedLine(), 0);
    timeline()->selectVersion(Version({12}));
    QTRY_COMPARE(detail()->upPanel()->markedLine(), 3);
}

void TestMainWindow::staysResponsiveAndStopsAfterCurrent()
{
    // Three slow migrations after the demo's: about a second of work each, on the worker thread.
    const QByteArray slow = "CREATE TABLE slow_@ AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                            "WHERE x < 3000000) SELECT count(*) AS n FROM c;\n";
    for (int i = 12; i <= 14; ++i)
        writeMigration(QStringLiteral("0%1_slow").arg(i), QByteArray(slow).replace("@", QByteArray::number(i)));
    m_bench->action("refreshAction")->trigger();
    QTRY_COMPARE(timeline()->model()->rowCount(), 14);

    m_bench->action("applyPendingAction")->trigger();
    ConfirmPlanDialog *dialog = m_bench->waitForConfirmation();
    QVERIFY(dialog);
    QCOMPARE(dialog->plan().steps.size(), 14);
    dialog->accept();

    // While the slow one runs, the event loop keeps turning: measure the longest gap between timer ticks.
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 longestGap = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] {
        longestGap = std::max(longestGap, clock.elapsed() - last);
        last = clock.elapsed();
    });
    ticker.start(10);
    // The timeline marks the migration running now.
    QTRY_VERIFY_WITH_TIMEOUT(timeline()->model()->index(11, 0).data(RunningRole).toBool(), 20'000);
    QVERIFY(m_bench->action("stopAfterCurrentAction")->isEnabled());
    QVERIFY(!m_bench->action("applyPendingAction")->isEnabled());
    m_bench->action("stopAfterCurrentAction")->trigger();
    QVERIFY(!m_bench->action("stopAfterCurrentAction")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(m_bench->action("applyPendingAction")->isEnabled(), 30'000);
    ticker.stop();
    QVERIFY2(longestGap < 250, qPrintable(QString::number(longestGap)));

    // The one that was running finished; the other two were never started.
    QTRY_COMPARE(m_bench->countInState(MigrationState::Applied), 12);
    QCOMPARE(m_bench->countInState(MigrationState::Pending), 2);
    QVERIFY(!timeline()->model()->index(11, 0).data(RunningRole).toBool());
    QVERIFY(!window()->findChild<QMessageBox *>()); // stopping as asked is no failure
}

void TestMainWindow::exportsTheRunLogAsJsonLines()
{
    QVERIFY(m_bench->applyAll());
    QVERIFY(m_bench->action("exportRunLogAction")->isEnabled());
    const QString path = m_bench->filePath(QStringLiteral("run.jsonl"));
    QString error;
    QVERIFY2(runLog()->exportJsonLines(path, &error), qPrintable(error));
    QFile file(path);
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    // The run's context, then one line per event, each ending in \n.
    QCOMPARE(lines.size() - 2, runLog()->runLog().events().size());
    const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("context"));
    QCOMPARE(first.value(QStringLiteral("tool")).toString(), QStringLiteral("tidemark"));
    QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(QStringLiteral("type")).toString(),
             QStringLiteral("run_started"));
    QVERIFY(lines.at(lines.size() - 2).contains("\"type\":\"run_finished\""));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
