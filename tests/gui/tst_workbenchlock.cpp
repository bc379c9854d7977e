// The migration lock in the workbench, held by a real tidemark-cli running a slow migration, on SQLite, PostgreSQL
// and MariaDB (ctest runs it once per backend): the inspector names the CLI's user, host and process and what its
// session runs now; a run that finds the lock held counts down with Cancel Waiting, and one that gives up waiting
// is "Still Locked", never a failure; Break Lock exists only on SQLite and only for a holder provably gone, and is
// recorded; on the servers, the statement the inspector names to end the holder's session does release the lock.
#include "clirunner.h"
#include "confirmchangedialog.h"
#include "confirmplandialog.h"
#include "lockinspectordialog.h"
#include "mainwindow.h"
#include "testproject.h"
#include "timelinemodel.h"
#include "timelinepanel.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>
#include <QtTest>

using namespace tidemark;
using namespace tidemark::test;

class TestWorkbenchLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void inspectorNamesTheCliThatHoldsTheLock();
    void waitingCountsDownAndCancelWaitingRunsNothing();
    void lockHeldPastTheTimeoutIsStillLockedNotFailed();
    void onlyAGoneHolderIsBroken();

private:
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    template<typename T> T *field(const char *name) const { return m_window->findChild<T *>(QLatin1String(name)); }
    QString text(const char *label) const { return field<QLabel>(label)->text(); }
    // Migration 1 runs a statement of about a minute; the CLI applies it and holds the lock meanwhile.
    void startHolder();
    // Another Tidemark session of this process holds the lock, between runs: no migration of it is part-way (on
    // MariaDB the CLI's would be, and a plan is refused before it waits).
    void holdLock();
    void connect();
    LockInspectorDialog *openInspector();
    void applyPending();
    int runsStarted() const { return m_project->count(QStringLiteral("SELECT COUNT(*) FROM tidemark_events WHERE event = 'run-start'")); }

    std::unique_ptr<TestProject> m_project;
    std::unique_ptr<MainWindow> m_window;
    QProcess m_cli;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<Session> m_holderSession;
    std::unique_ptr<MigrationLock> m_holderLock;
};

void TestWorkbenchLock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tidemark-test-bus"); // no keychain: none is needed
    // Settings of this process alone: ctest runs the suite for each database at once, and each sets the timeout.
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings().setValue(QStringLiteral("run/lockTimeoutSeconds"), 4);
}

void TestWorkbenchLock::init()
{
    m_project = std::make_unique<TestProject>();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestWorkbenchLock::cleanup()
{
    m_window.reset();
    m_holderLock.reset();
    m_holderSession.reset();
    if (m_cli.state() != QProcess::NotRunning) {
        m_cli.kill();
        m_cli.waitForFinished();
    }
    m_project.reset();
}

void TestWorkbenchLock::startHolder()
{
    QString slow;
    switch (m_project->dialect()) {
    case DatabaseKind::Postgres: slow = QStringLiteral("SELECT pg_sleep(60);"); break;
    case DatabaseKind::MySql: slow = QStringLiteral("SELECT SLEEP(60);"); break;
    case DatabaseKind::Sqlite: // counting, about ten million a second
        slow = QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 600000000) "
                              "SELECT COUNT(*) FROM n;");
        break;
    }
    m_project->write(QStringLiteral("001_slow"), QStringLiteral("CREATE TABLE ledger (note VARCHAR(20));\n%1\n").arg(slow));
    CliRunner runner = CliRunner::withPassword(m_project->password());
    runner.start(m_cli, {QStringLiteral("up"), QStringLiteral("--project"), m_project->migrationsDir(),
                         QStringLiteral("--url"), m_project->urlText()});
    QVERIFY(m_cli.waitForStarted());
    const QByteArray out = CliRunner::readUntil(m_cli, "applying");
    QVERIFY2(out.contains("applying"), out.constData());
    QTest::qWait(300); // past the first statement: the slow one runs
}

void TestWorkbenchLock::holdLock()
{
    m_project->write(QStringLiteral("001_ledger"), QStringLiteral("CREATE TABLE ledger (note VARCHAR(20));\n"));
    m_holderSession = m_project->open();
    m_holderLock = m_holderSession->dialect().createLock(m_holderSession->database(), m_project->project().tables,
                                                         LockIdentity::current(QStringLiteral("held-by-test")));
    QVERIFY(m_holderLock->tryAcquire().acquired);
}

void TestWorkbenchLock::connect()
{
    QVERIFY(m_window->openProject(m_project->migrationsDir()));
    m_window->connectTo(m_project->url(), m_project->password());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->findChild<TimelinePanel *>()->model()->rowCount(), 1, 20'000);
    QTRY_VERIFY_WITH_TIMEOUT(action("refreshAction")->isEnabled(), 20'000);
}

LockInspectorDialog *TestWorkbenchLock::openInspector()
{
    action("inspectLockAction")->trigger();
    LockInspectorDialog *inspector = m_window->findChild<LockInspectorDialog *>();
    [&] { QTRY_VERIFY(inspector && inspector->isVisible()); }();
    return inspector;
}

void TestWorkbenchLock::applyPending()
{
    QTRY_VERIFY_WITH_TIMEOUT(action("applyPendingAction")->isEnabled(), 20'000);
    action("applyPendingAction")->trigger();
    ConfirmPlanDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<ConfirmPlanDialog *>()) && dialog->isVisible(), 20'000);
    dialog->accept();
}

void TestWorkbenchLock::inspectorNamesTheCliThatHoldsTheLock()
{
    startHolder();
    connect();
    LockInspectorDialog *inspector = openInspector();
    QVERIFY(inspector);
    QTRY_VERIFY_WITH_TIMEOUT(text("lockSummary").contains(QLatin1String("holds the migration lock")), 10'000);
    QVERIFY(!text("lockOwner").isEmpty());
    QVERIFY(!text("lockHost").isEmpty());
    if (m_project->dialect() != DatabaseKind::MySql) // a named lock does not say since when
        QVERIFY(!text("lockSince").isEmpty());
    QPushButton *breakLock = field<QPushButton>("breakLockButton");
    if (m_project->dialect() == DatabaseKind::MySql) {
        QVERIFY2(text("lockProcess").contains(QLatin1String("mysql connection")), qPrintable(text("lockProcess")));
    } else {
        QVERIFY2(text("lockProcess").contains(QString::number(m_cli.processId())), qPrintable(text("lockProcess")));
    }
    if (m_project->dialect() == DatabaseKind::Sqlite) {
        QVERIFY(breakLock->isVisibleTo(inspector));
        QVERIFY(!breakLock->isEnabled()); // its process runs: never broken
        QVERIFY2(text("lockStanding").startsWith(QLatin1String("Alive")), qPrintable(text("lockStanding")));
        QVERIFY(!text("lockHeartbeat").isEmpty());
        return;
    }
    QVERIFY(!breakLock->isVisibleTo(inspector)); // the server ends this lock with its session
    QTRY_VERIFY2(text("lockActivity").contains(QLatin1String("sleep"), Qt::CaseInsensitive), qPrintable(text("lockActivity")));
    QVERIFY2(text("lockEnding").contains(m_project->dialect() == DatabaseKind::Postgres ? QLatin1String("pg_terminate_backend(")
                                                                                          : QLatin1String("KILL ")),
             qPrintable(text("lockEnding")));
}

void TestWorkbenchLock::waitingCountsDownAndCancelWaitingRunsNothing()
{
    QSettings().setValue(QStringLiteral("run/lockTimeoutSeconds"), 30);
    m_window = std::make_unique<MainWindow>(); // reads the timeout when it starts
    m_window->show();
    QSettings().setValue(QStringLiteral("run/lockTimeoutSeconds"), 4);
    holdLock();
    connect();
    const int runsBefore = runsStarted();
    applyPending();
    QToolButton *cancelWaiting = field<QToolButton>("cancelWaitingButton");
    QTRY_VERIFY_WITH_TIMEOUT(cancelWaiting->isVisible(), 10'000);
    QTRY_VERIFY(text("runStepLabel").startsWith(QLatin1String("Waiting for the migration lock, ")));
    QVERIFY2(text("runStepLabel").contains(QLatin1String(" s left: held by ")), qPrintable(text("runStepLabel")));
    const QString first = text("runStepLabel");
    QTRY_VERIFY_WITH_TIMEOUT(text("runStepLabel") != first, 3000); // it counts down
    // The inspector opened meanwhile keeps its reading for when the run's wait ends, and says so once.
    action("inspectLockAction")->trigger();
    QTRY_VERIFY(m_window->findChild<LockInspectorDialog *>() && m_window->findChild<LockInspectorDialog *>()->isVisible());
    QTest::qWait(500);
    QCOMPARE(text("lockReadAt").count(QLatin1String("A run is in progress")), 1);
    QVERIFY(!field<QPushButton>("readLockButton")->isEnabled());
    cancelWaiting->click();
    QTRY_VERIFY_WITH_TIMEOUT(action("refreshAction")->isEnabled(), 10'000);
    QVERIFY(!cancelWaiting->isVisible());
    QMessageBox *box = m_window->findChild<QMessageBox *>(QStringLiteral("messageBox"));
    QVERIFY2(!box || !box->isVisible(), qPrintable(box ? box->text() : QString())); // a cancelled wait is no failure
    QCOMPARE(runsStarted(), runsBefore); // nothing of the workbench's run was recorded: nothing ran
    QString error;
    QVERIFY2(m_project->open()->lockHolder(&error).has_value(), qPrintable(error)); // and the holder still has it
}

void TestWorkbenchLock::lockHeldPastTheTimeoutIsStillLockedNotFailed()
{
    holdLock();
    connect();
    applyPending();
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = m_window->findChild<QMessageBox *>(QStringLiteral("messageBox"))) && box->isVisible(),
                             15'000);
    QCOMPARE(box->windowTitle(), QStringLiteral("Still Locked"));
    QCOMPARE(box->icon(), QMessageBox::Information);
    QVERIFY2(box->informativeText().contains(QLatin1String("locked by")), qPrintable(box->informativeText()));
    box->findChild<QPushButton *>(QStringLiteral("inspectLockButton"))->click();
    QTRY_VERIFY(m_window->findChild<LockInspectorDialog *>() && m_window->findChild<LockInspectorDialog *>()->isVisible());
    QTRY_VERIFY(text("lockSummary").contains(QLatin1String("holds the migration lock")));
}

void TestWorkbenchLock::onlyAGoneHolderIsBroken()
{
    startHolder();
    connect();
    if (m_project->dialect() != DatabaseKind::Sqlite) {
        // The servers drop the lock with the holder's session: the statement the inspector names ends it.
        openInspector();
        QTRY_VERIFY(text("lockSummary").contains(QLatin1String("holds the migration lock")));
        const QString ending = text("lockEnding");
        const QString statement = ending.mid(ending.lastIndexOf(m_project->dialect() == DatabaseKind::Postgres
                                                                     ? QLatin1String("SELECT pg_terminate_backend(")
                                                                     : QLatin1String("KILL ")));
        QVERIFY2(m_project->exec(statement), qPrintable(statement));
        QTRY_VERIFY_WITH_TIMEOUT(text("lockSummary").startsWith(QLatin1String("Nobody holds")), 10'000);
        return;
    }
    m_cli.kill(); // kill -9, mid-statement: the lock row stays, naming a process that is gone
    QVERIFY(m_cli.waitForFinished());
    LockInspectorDialog *inspector = openInspector();
    QTRY_VERIFY(text("lockStanding").startsWith(QLatin1String("Gone")));
    QVERIFY2(text("lockStanding").contains(QLatin1String("no longer runs")), qPrintable(text("lockStanding")));
    QPushButton *breakLock = field<QPushButton>("breakLockButton");
    QVERIFY(breakLock->isEnabled());
    breakLock->click();
    ConfirmChangeDialog *confirm = nullptr;
    QTRY_VERIFY((confirm = inspector->findChild<ConfirmChangeDialog *>(QStringLiteral("breakLockDialog"))) && confirm->isVisible());
    QVERIFY(confirm->findChild<QLabel *>(QStringLiteral("breakLockReason"))->text().contains(QLatin1String("no longer runs")));
    confirm->confirmButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(text("lockSummary").startsWith(QLatin1String("Nobody holds")), 10'000);
    QCOMPARE(m_project->count(QStringLiteral("SELECT COUNT(*) FROM tidemark_lock")), 0);
    QCOMPARE(m_project->count(QStringLiteral("SELECT COUNT(*) FROM tidemark_events WHERE event = 'run-start' AND "
                                             "details = 'break-lock'")),
             1);
    QCOMPARE(m_project->count(QStringLiteral("SELECT COUNT(*) FROM tidemark_events WHERE event = 'lock-wait' AND "
                                             "details LIKE 'took over a stale lock left by %no longer runs%'")),
             1);
    // The killed run's migration ran in a transaction: nothing of it stayed, and the history says so.
    QCOMPARE(m_project->count(QStringLiteral("SELECT COUNT(*) FROM tidemark_history")), 0);
    QVERIFY(!m_project->tableExists(QStringLiteral("ledger")));
}

QTEST_MAIN(TestWorkbenchLock)
#include "tst_workbenchlock.moc"
