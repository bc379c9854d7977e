// Stopping and settling runs in the workbench. Cancel Now stops the running statement on the server and the
// migration rolls back; closing the window during a run asks how it should end and does that.
// Settling a failed migration, on SQLite, PostgreSQL and MariaDB (ctest runs it once per backend):
// the Settle tab lists each statement as done, rolled back, failed, outcome unknown or not run with the database's
// message; Resume continues from the next statement after the plan's confirmation, without running a done statement
// again; Mark Applied and Mark Rolled Back ask first (on production with the database's name), run nothing and are
// recorded as repairs; a statement whose outcome is unknown is decided by the catalog or the DBA; an INVALID index
// left by CREATE INDEX CONCURRENTLY is named with the statement that removes it.
#include "confirmplandialog.h"
#include "detailpane.h"
#include "mainwindow.h"
#include "productionguard.h"
#include "repairconfirmdialog.h"
#include "settlepanel.h"
#include "testproject.h"
#include "timelinemodel.h"
#include "timelinepanel.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace tidemark;
using namespace tidemark::test;

class TestWorkbenchRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void stoppedPartWayIsResumed();
    void markRolledBackAsksAndRecords();
    void markAppliedRecordsTheHandWork();
    void unknownOutcomeIsDecidedByTheDba();
    void invalidIndexIsNamedWithItsRemoval();
    void cancelNowStopsTheRunningStatement();
    void closingDuringARunAsksHowItEnds_data();
    void closingDuringARunAsksHowItEnds();

private:
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    DetailPane *detail() const { return m_window->findChild<DetailPane *>(); }
    SettlePanel *settle() const { return detail()->settlePanel(); }
    TimelinePanel *timeline() const { return m_window->findChild<TimelinePanel *>(); }
    MigrationState stateOf(const QString &version) const;
    void connect(int migrations);
    void applyPending(); // confirmed
    // The message a failed run ends with, closed.
    void confirmPlan();
    QString closeMessage(); // the visible message box's text and details, closed; empty when none comes
    // The blocker table and migration 1, whose third statement fails on blocker's row: it runs without a
    // transaction, so the first two stay done.
    void writeStepsThatStopAtThree();
    QStringList outcomes() const;
    QString repairDetails() const; // the newest repair event's details
    // Migration 1 creates the ledger; 2 writes to it, runs a statement of about `seconds`, and writes again; 3
    // writes once more.
    void writeSlowMigrations(int seconds);
    // Applies them and waits until 2's slow statement runs.
    void startSlowRun();
    int slowStatementsOnTheServer() const; // still running there, from another connection

    std::unique_ptr<TestProject> m_project;
    std::unique_ptr<MainWindow> m_window;
};

void TestWorkbenchRecovery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tidemark-test-bus"); // no keychain: none is needed
}

void TestWorkbenchRecovery::init()
{
    m_project = std::make_unique<TestProject>();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestWorkbenchRecovery::cleanup()
{
    m_window.reset();
    m_project.reset();
}

MigrationState TestWorkbenchRecovery::stateOf(const QString &version) const
{
    const MigrationStatus *m = timeline()->model()->status().find(*Version::parse(version));
    return m ? m->state : MigrationState::Pending;
}

void TestWorkbenchRecovery::connect(int migrations)
{
    QVERIFY(m_window->openProject(m_project->migrationsDir()));
    m_window->connectTo(m_project->url(), m_project->password());
    QTRY_COMPARE_WITH_TIMEOUT(timeline()->model()->rowCount(), migrations, 20'000);
    QTRY_VERIFY_WITH_TIMEOUT(action("refreshAction")->isEnabled(), 20'000);
}

void TestWorkbenchRecovery::confirmPlan()
{
    ConfirmPlanDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<ConfirmPlanDialog *>()) && dialog->isVisible(), 20'000);
    QVERIFY(dialog->confirmButton()->isEnabled());
    dialog->accept();
}

void TestWorkbenchRecovery::applyPending()
{
    QTRY_VERIFY_WITH_TIMEOUT(action("applyPendingAction")->isEnabled(), 20'000);
    action("applyPendingAction")->trigger();
    confirmPlan();
}

QString TestWorkbenchRecovery::closeMessage()
{
    QMessageBox *box = nullptr;
    (void)QTest::qWaitFor([&] {
        box = m_window->findChild<QMessageBox *>(QStringLiteral("messageBox"));
        return box && box->isVisible();
    }, 30'000);
    if (!box || !box->isVisible())
        return {};
    const QString text = box->windowTitle() + u'\n' + box->text() + u'\n' + box->informativeText();
    box->close();
    QTest::qWait(0);
    return text;
}

void TestWorkbenchRecovery::writeStepsThatStopAtThree()
{
    QVERIFY(m_project->exec(QStringLiteral("CREATE TABLE blocker (id INT PRIMARY KEY)")));
    QVERIFY(m_project->exec(QStringLiteral("INSERT INTO blocker VALUES (1)")));
    m_project->write(QStringLiteral("001_steps"), QStringLiteral("-- tidemark:no-transaction\n"
                                                                 "CREATE TABLE a (id INT);\n"
                                                                 "CREATE TABLE b (id INT);\n"
                                                                 "INSERT INTO blocker VALUES (1);\n"
                                                                 "CREATE TABLE c (id INT);\n"));
}

QStringList TestWorkbenchRecovery::outcomes() const
{
    QStringList list;
    const QTreeWidget *tree = settle()->statements();
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        list << tree->topLevelItem(i)->text(2);
    return list;
}

QString TestWorkbenchRecovery::repairDetails() const
{
    return m_project->value(QStringLiteral("SELECT details FROM tidemark_events WHERE event = 'repair' "
                                           "ORDER BY id DESC"))
        .toString();
}

// Stopped after 2 of 4 statements: the message and the Settle tab say so; Resume runs 3 and 4 only.
void TestWorkbenchRecovery::stoppedPartWayIsResumed()
{
    writeStepsThatStopAtThree();
    connect(1);
    applyPending();
    const QString message = closeMessage();
    QVERIFY2(message.contains(QLatin1String("Stopped after 2 of 4 statements. They stay done")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("was rolled back")), qPrintable(message));
    QTRY_COMPARE(stateOf(QStringLiteral("1")), MigrationState::Failed);
    QTRY_COMPARE(detail()->shownVersion(), std::optional<Version>(Version({1})));
    QCOMPARE(detail()->tabs()->currentWidget(), settle());
    QCOMPARE(outcomes(), (QStringList{"done", "done", "failed", "not run"}));
    QCOMPARE(settle()->statements()->topLevelItem(2)->text(1), QStringLiteral("4")); // the file's line
    QVERIFY(settle()->findChild<QLabel *>(QStringLiteral("settleError"))->isVisibleTo(settle()));
    QVERIFY(settle()->resumeButton()->isVisibleTo(settle()));
    QVERIFY(!settle()->unknownDecision()->isVisibleTo(settle()));

    QVERIFY(m_project->exec(QStringLiteral("DELETE FROM blocker"))); // the DBA fixed the cause
    QTest::mouseClick(settle()->resumeButton(), Qt::LeftButton);
    confirmPlan();
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("1")), MigrationState::Applied, 30'000);
    // A done statement ran again would have failed: a, b already existed.
    QVERIFY(m_project->tableExists(QStringLiteral("c")));
    QCOMPARE(m_project->count(QStringLiteral("SELECT COUNT(*) FROM blocker")), 1);
    QCOMPARE(m_project->count(QStringLiteral("SELECT statements_done FROM tidemark_history WHERE version = '1'")), 4);
}

// Mark Rolled Back on production: asks for the name, says what it means, runs nothing and is recorded.
void TestWorkbenchRecovery::markRolledBackAsksAndRecords()
{
    writeStepsThatStopAtThree();
    connect(1);
    m_window->setProduction(true);
    action("applyPendingAction")->trigger();
    ConfirmPlanDialog *plan = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((plan = m_window->findChild<ConfirmPlanDialog *>()) && plan->isVisible(), 20'000);
    QTest::keyClicks(plan->findChild<QLineEdit *>(QStringLiteral("confirmNameEdit")), m_project->url().databaseName());
    plan->accept();
    QVERIFY(!closeMessage().isEmpty());
    QTRY_COMPARE(stateOf(QStringLiteral("1")), MigrationState::Failed);

    // The DBA undid statements 1 and 2 by hand.
    QVERIFY(m_project->exec(QStringLiteral("DROP TABLE a")));
    QVERIFY(m_project->exec(QStringLiteral("DROP TABLE b")));
    QTRY_VERIFY(settle()->isEnabled());
    QTest::mouseClick(settle()->markRolledBackButton(), Qt::LeftButton);
    RepairConfirmDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<RepairConfirmDialog *>()) && dialog->isVisible());
    const QString meaning = dialog->findChild<QLabel *>(QStringLiteral("repairConsequence"))->text();
    QVERIFY2(meaning.contains(QLatin1String("undid statements 1, 2 by hand")), qPrintable(meaning));
    QVERIFY(!dialog->confirmButton()->isEnabled());
    dialog->accept(); // refused: the name is not typed
    QVERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->guard()->nameEdit(), m_project->url().databaseName());
    QVERIFY(dialog->confirmButton()->isEnabled());
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("1")), MigrationState::Pending, 30'000);
    QCOMPARE(m_project->count(QStringLiteral("SELECT COUNT(*) FROM tidemark_history")), 0);
    const QString details = repairDetails();
    QVERIFY2(details.contains(QLatin1String("marked rolled back by hand; 2 of 4 statements had run")),
             qPrintable(details));
    QVERIFY(!m_project->tableExists(QStringLiteral("a"))); // nothing ran
}

void TestWorkbenchRecovery::markAppliedRecordsTheHandWork()
{
    writeStepsThatStopAtThree();
    connect(1);
    applyPending();
    QVERIFY(!closeMessage().isEmpty());
    QTRY_COMPARE(stateOf(QStringLiteral("1")), MigrationState::Failed);
    QVERIFY(m_project->exec(QStringLiteral("CREATE TABLE c (id INT)"))); // the DBA finished it by hand

    QTRY_VERIFY(settle()->isEnabled());
    QTest::mouseClick(settle()->markAppliedButton(), Qt::LeftButton);
    RepairConfirmDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<RepairConfirmDialog *>()) && dialog->isVisible());
    const QString meaning = dialog->findChild<QLabel *>(QStringLiteral("repairConsequence"))->text();
    QVERIFY2(meaning.contains(QLatin1String("statements 3, 4 will never run")), qPrintable(meaning));
    QVERIFY(!dialog->guard()); // not production: no name to type
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("1")), MigrationState::Applied, 30'000);
    QCOMPARE(m_project->count(QStringLiteral("SELECT statements_done FROM tidemark_history WHERE version = '1'")), 4);
    QVERIFY2(repairDetails().contains(QLatin1String("marked applied by hand; 2 of 4 statements had run")),
             qPrintable(repairDetails()));
    QCOMPARE(m_project->count(QStringLiteral("SELECT COUNT(*) FROM blocker")), 1); // nothing ran
}

// As a run killed while statement 2 ran, which had taken effect: the catalog cannot tell for an INSERT, so Resume
// with "Let the catalog decide" runs nothing and says why; the DBA's "it took effect" resumes at 3.
void TestWorkbenchRecovery::unknownOutcomeIsDecidedByTheDba()
{
    m_project->write(QStringLiteral("001_ledger"), QStringLiteral("CREATE TABLE ledger (note VARCHAR(20));\n"));
    m_project->write(QStringLiteral("002_steps"), QStringLiteral("-- tidemark:no-transaction\n"
                                                                 "INSERT INTO ledger VALUES ('s1');\n"
                                                                 "INSERT INTO ledger VALUES ('s2');\n"
                                                                 "INSERT INTO ledger VALUES ('s3');\n"));
    connect(2);
    applyPending();
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("2")), MigrationState::Applied, 30'000);
    QVERIFY(m_project->exec(QStringLiteral("UPDATE tidemark_history SET statements_done = 1, pending_statement = 2, "
                                           "pending_checksum = 'x' WHERE version = '2'")));
    QVERIFY(m_project->exec(QStringLiteral("DELETE FROM ledger WHERE note = 's3'")));
    action("refreshAction")->trigger();
    QTRY_COMPARE(stateOf(QStringLiteral("2")), MigrationState::Failed);
    timeline()->selectVersion(Version({2}));
    QTRY_COMPARE(outcomes(), (QStringList{"done", "outcome unknown", "not run"}));
    QVERIFY(settle()->unknownDecision()->isVisibleTo(settle()));

    QTest::mouseClick(settle()->resumeButton(), Qt::LeftButton);
    confirmPlan();
    const QString refused = closeMessage();
    QVERIFY2(refused.contains(QLatin1String("whether it took effect is unknown")), qPrintable(refused));
    QTRY_COMPARE(stateOf(QStringLiteral("2")), MigrationState::Failed);
    QCOMPARE(m_project->column(QStringLiteral("SELECT note FROM ledger ORDER BY note")), (QStringList{"s1", "s2"}));

    timeline()->selectVersion(Version({2}));
    QTRY_VERIFY(settle()->isEnabled() && settle()->unknownDecision()->isVisibleTo(settle()));
    settle()->unknownDecision()->setCurrentIndex(
        settle()->unknownDecision()->findData(int(PendingStatementDecision::Ran)));
    QTest::mouseClick(settle()->resumeButton(), Qt::LeftButton);
    confirmPlan();
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("2")), MigrationState::Applied, 30'000);
    QCOMPARE(m_project->column(QStringLiteral("SELECT note FROM ledger ORDER BY note")),
             (QStringList{"s1", "s2", "s3"})); // s2 did not run twice
    QVERIFY2(repairDetails().contains(QLatin1String("recorded as having taken effect")), qPrintable(repairDetails()));
}

// PostgreSQL's CREATE UNIQUE INDEX CONCURRENTLY over duplicates fails and leaves the index INVALID: named, with
// the DROP that removes it; once removed and the duplicate gone, Apply runs it again.
void TestWorkbenchRecovery::invalidIndexIsNamedWithItsRemoval()
{
    if (m_project->dialect() != DatabaseKind::Postgres)
        return; // CREATE INDEX CONCURRENTLY is PostgreSQL's: elsewhere nothing can be left INVALID
    m_project->write(QStringLiteral("001_codes"), QStringLiteral("CREATE TABLE codes (code INT);\n"
                                                                 "INSERT INTO codes VALUES (1), (1);\n"));
    m_project->write(QStringLiteral("002_unique"),
                     QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY codes_code ON codes (code);\n"));
    connect(2);
    applyPending();
    QVERIFY(!closeMessage().isEmpty());
    QTRY_COMPARE(stateOf(QStringLiteral("2")), MigrationState::Failed);
    timeline()->selectVersion(Version({2}));
    auto leftover = settle()->findChild<QLabel *>(QStringLiteral("settleLeftover"));
    QTRY_VERIFY(leftover->isVisibleTo(settle()));
    QVERIFY2(leftover->text().contains(QLatin1String("index codes_code is INVALID")), qPrintable(leftover->text()));
    QVERIFY2(leftover->text().contains(QLatin1String("DROP INDEX CONCURRENTLY codes_code;")), qPrintable(leftover->text()));

    QVERIFY(m_project->exec(QStringLiteral("DROP INDEX CONCURRENTLY codes_code")));
    QVERIFY(m_project->exec(QStringLiteral("DELETE FROM codes")));
    action("refreshAction")->trigger();
    QTRY_VERIFY(!leftover->isVisibleTo(settle()));
    applyPending();
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("2")), MigrationState::Applied, 30'000);
    QCOMPARE(m_project->count(QStringLiteral("SELECT COUNT(*) FROM pg_index WHERE NOT indisvalid")), 0);
}

void TestWorkbenchRecovery::writeSlowMigrations(int seconds)
{
    QString slow;
    switch (m_project->dialect()) {
    case DatabaseKind::Postgres: slow = QStringLiteral("SELECT pg_sleep(%1);").arg(seconds); break;
    case DatabaseKind::MySql: slow = QStringLiteral("SELECT SLEEP(%1);").arg(seconds); break;
    case DatabaseKind::Sqlite: // counting, about ten million a second
        slow = QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < %1) "
                              "SELECT COUNT(*) FROM n;")
                   .arg(qint64(seconds) * 10'000'000);
        break;
    }
    m_project->write(QStringLiteral("001_ledger"), QStringLiteral("CREATE TABLE ledger (note VARCHAR(20));\n"));
    m_project->write(QStringLiteral("002_slow"), QStringLiteral("INSERT INTO ledger VALUES ('before');\n%1\n"
                                                                "INSERT INTO ledger VALUES ('after');\n")
                                                     .arg(slow));
    m_project->write(QStringLiteral("003_next"), QStringLiteral("INSERT INTO ledger VALUES ('next');\n"));
}

void TestWorkbenchRecovery::startSlowRun()
{
    connect(3);
    applyPending();
    QTRY_VERIFY_WITH_TIMEOUT(action("cancelNowAction")->isEnabled(), 20'000);
    QTest::qWait(1500); // 1 and 2's first statement take milliseconds: 2's slow statement runs
    QCOMPARE(m_project->count(QStringLiteral("SELECT COUNT(*) FROM tidemark_history WHERE version = '1'")), 1);
}

int TestWorkbenchRecovery::slowStatementsOnTheServer() const
{
    switch (m_project->dialect()) {
    case DatabaseKind::Postgres:
        return m_project->count(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE state = 'active' AND "
                                               "query LIKE '%pg_sleep%' AND pid <> pg_backend_pid() AND datname = current_database()"));
    case DatabaseKind::MySql:
        return m_project->count(QStringLiteral("SELECT COUNT(*) FROM information_schema.processlist WHERE info LIKE "
                                               "'%SLEEP(%' AND id <> CONNECTION_ID() AND db = DATABASE()"));
    case DatabaseKind::Sqlite: return 0; // in this process: the run ending is the statement ending
    }
    return 0;
}

// A 60 s statement, cancelled: the run ends in seconds, the server no longer runs it, and 2 rolled back whole.
void TestWorkbenchRecovery::cancelNowStopsTheRunningStatement()
{
    writeSlowMigrations(60);
    startSlowRun();
    if (m_project->dialect() != DatabaseKind::Sqlite)
        QCOMPARE(slowStatementsOnTheServer(), 1);
    action("cancelNowAction")->trigger();
    QVERIFY(!action("cancelNowAction")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(action("refreshAction")->isEnabled(), 20'000);
    QCOMPARE(slowStatementsOnTheServer(), 0);
    // Idle comes with the run's end; the status read after it may still be on its way on a loaded machine.
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("1")), MigrationState::Applied, 10'000);
    QCOMPARE(m_project->count(QStringLiteral("SELECT COUNT(*) FROM tidemark_events WHERE event = 'cancel' AND "
                                             "version = '2'")),
             1);
    if (m_project->transactionalDdl()) { // 2 ran in a transaction: 'before' rolled back with it
        QTRY_COMPARE(stateOf(QStringLiteral("2")), MigrationState::Pending);
        QCOMPARE(m_project->count(QStringLiteral("SELECT COUNT(*) FROM ledger")), 0);
        QCOMPARE(m_project->count(QStringLiteral("SELECT COUNT(*) FROM tidemark_history")), 1);
        return;
    }
    // MariaDB runs every migration statement by statement: 'before' stays, and the history says it did.
    QTRY_COMPARE(stateOf(QStringLiteral("2")), MigrationState::Failed);
    QCOMPARE(m_project->column(QStringLiteral("SELECT note FROM ledger")), QStringList{"before"});
    const int done = m_project->count(QStringLiteral("SELECT statements_done FROM tidemark_history WHERE version = '2'"));
    QVERIFY2(done >= 1 && done <= 2, qPrintable(QString::number(done)));
    timeline()->selectVersion(Version({2}));
    QTRY_COMPARE(detail()->tabs()->currentWidget(), settle());
    QCOMPARE(outcomes().first(), QStringLiteral("done"));
    QCOMPARE(outcomes().last(), QStringLiteral("not run"));
}

void TestWorkbenchRecovery::closingDuringARunAsksHowItEnds_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QStringList>("ledger");
    QTest::addColumn<int>("applied");
    // Stop After Current: 2 finishes and is recorded, 3 does not start. Cancel Now: 2 rolls back whole, or on MariaDB
    // (no transaction) keeps 'before' in a history row that says so.
    QTest::newRow("stop after current") << "stopAfterCurrentButton" << QStringList{"after", "before"} << 2;
    QTest::newRow("cancel now") << "cancelNowButton" << QStringList{} << 1;
}

void TestWorkbenchRecovery::closingDuringARunAsksHowItEnds()
{
    QFETCH(QString, button);
    QFETCH(QStringList, ledger);
    QFETCH(int, applied);
    if (button == u"cancelNowButton" && !m_project->transactionalDdl()) {
        ledger = QStringList{"before"};
        applied = 2; // the row of 2, stopped part-way
    }
    writeSlowMigrations(4);
    startSlowRun();
    m_window->close();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("endRunBox"))) && box->isVisible());
    QVERIFY(m_window->isVisible()); // nothing is decided until the DBA chooses
    box->findChild<QPushButton *>(button)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), 60'000); // a 4 s statement, on a machine that may be busy
    QCOMPARE(m_project->column(QStringLiteral("SELECT note FROM ledger ORDER BY note")), ledger);
    QCOMPARE(m_project->count(QStringLiteral("SELECT COUNT(*) FROM tidemark_history")), applied);
}

QTEST_MAIN(TestWorkbenchRecovery)
#include "tst_workbenchrecovery.moc"
