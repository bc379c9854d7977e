// Settling drift in the workbench: a modified migration's detail pane offers Accept the File and Restore from
// Applied Text, a missing one Restore the File; each asks first (naming the migration and both checksums, and on
// production the database's name), goes through the worker thread and ends with the migration applied.
#include "core/checksum.h"
#include "detailpane.h"
#include "driftactionsbar.h"
#include "driftconfirmdialog.h"
#include "mainwindow.h"
#include "productionguard.h"
#include "testproject.h"
#include "timelinemodel.h"
#include "timelinepanel.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QtTest>

using namespace tidemark;
using namespace tidemark::test;

namespace {

const QString secondUp = QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY);\n");
const QString editedUp = QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, note VARCHAR(10));\n");
const QString secondFile = QStringLiteral("002_orders.up.sql");

} // namespace

class TestWorkbenchDrift : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void anAppliedMigrationOffersNothing();
    void restoreFromAppliedTextAsksAndRestores();
    void acceptTheFileOnProductionAsksForTheName();
    void restoreTheFileWritesAMissingFileAgain();
    void cancellingChangesNothing();

private:
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    DetailPane *detail() const { return m_window->findChild<DetailPane *>(); }
    DriftActionsBar *bar() const { return detail()->driftActions(); }
    TimelinePanel *timeline() const { return m_window->findChild<TimelinePanel *>(); }
    MigrationState stateOf(int version) const;
    QString fileText(const QString &name) const;
    int driftEvents() const;
    // Migrations 1 and 2 applied before the window opens; then the window connects and shows migration 2.
    void connectAndShowTheSecond();
    DriftConfirmDialog *waitForDialog() const;

    std::unique_ptr<TestProject> m_project;
    std::unique_ptr<MainWindow> m_window;
};

void TestWorkbenchDrift::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tidemark-test-bus"); // no keychain: none is needed
}

void TestWorkbenchDrift::init()
{
    m_project = std::make_unique<TestProject>();
    m_project->write(QStringLiteral("001_customers"), QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY);\n"),
                     QStringLiteral("DROP TABLE customers;\n"));
    m_project->write(QStringLiteral("002_orders"), secondUp, QStringLiteral("DROP TABLE orders;\n"));
    const std::unique_ptr<Session> session = m_project->open();
    const RunResult up = runFreshPlan(*session, [&](const ProjectStatus &s) { return planUp(s, session->planDialect()); });
    QVERIFY2(up.outcome == RunOutcome::Succeeded, qPrintable(up.message));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestWorkbenchDrift::cleanup()
{
    m_window.reset();
    m_project.reset();
}

MigrationState TestWorkbenchDrift::stateOf(int version) const
{
    const MigrationStatus *m = timeline()->model()->status().find(Version({quint64(version)}));
    return m ? m->state : MigrationState::Pending;
}

QString TestWorkbenchDrift::fileText(const QString &name) const
{
    QFile file(QDir(m_project->migrationsDir()).filePath(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

int TestWorkbenchDrift::driftEvents() const
{
    return m_project->count(QStringLiteral("SELECT COUNT(*) FROM tidemark_events WHERE event = 'drift'"));
}

void TestWorkbenchDrift::connectAndShowTheSecond()
{
    QVERIFY(m_window->openProject(m_project->migrationsDir()));
    m_window->connectTo(m_project->url(), m_project->password());
    QTRY_COMPARE_WITH_TIMEOUT(timeline()->model()->rowCount(), 2, 20'000);
    QTRY_VERIFY_WITH_TIMEOUT(action("refreshAction")->isEnabled(), 20'000);
    timeline()->selectVersion(Version({2}));
    QTRY_COMPARE(detail()->shownVersion(), std::optional<Version>(Version({2})));
}

DriftConfirmDialog *TestWorkbenchDrift::waitForDialog() const
{
    DriftConfirmDialog *dialog = nullptr;
    (void)QTest::qWaitFor([&] { return (dialog = m_window->findChild<DriftConfirmDialog *>()) && dialog->isVisible(); },
                          10'000);
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void TestWorkbenchDrift::anAppliedMigrationOffersNothing()
{
    connectAndShowTheSecond();
    QCOMPARE(stateOf(2), MigrationState::Applied);
    QVERIFY(!bar()->isVisibleTo(detail()));
}

void TestWorkbenchDrift::restoreFromAppliedTextAsksAndRestores()
{
    m_project->writeFile(secondFile, editedUp.toUtf8());
    connectAndShowTheSecond();
    QCOMPARE(stateOf(2), MigrationState::Modified);
    QVERIFY(bar()->isVisibleTo(detail()));
    QVERIFY(bar()->acceptFileButton()->isVisibleTo(bar()));
    QVERIFY(bar()->restoreAppliedTextButton()->isVisibleTo(bar()));
    QVERIFY(!bar()->restoreFileButton()->isVisibleTo(bar()));
    QCOMPARE(bar()->restoreAppliedTextButton()->objectName(), QStringLiteral("restoreAppliedTextButton"));
    QTRY_VERIFY(bar()->isEnabled());

    QTest::mouseClick(bar()->restoreAppliedTextButton(), Qt::LeftButton);
    DriftConfirmDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->guard());
    const QString explanation = dialog->explanation();
    QVERIFY2(explanation.contains(secondFile), qPrintable(explanation));
    QVERIFY2(explanation.contains(scriptChecksum(secondUp).left(12)), qPrintable(explanation));
    QVERIFY2(explanation.contains(scriptChecksum(editedUp).left(12)), qPrintable(explanation));
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(stateOf(2), MigrationState::Applied, 30'000);
    QCOMPARE(fileText(secondFile), secondUp);
    QCOMPARE(driftEvents(), 1);
    QTRY_VERIFY(!bar()->isVisibleTo(detail()));
    QCOMPARE(m_project->value(QStringLiteral("SELECT checksum FROM tidemark_history WHERE version = '2'")).toString(),
             scriptChecksum(secondUp));
}

void TestWorkbenchDrift::acceptTheFileOnProductionAsksForTheName()
{
    m_project->writeFile(secondFile, editedUp.toUtf8());
    connectAndShowTheSecond();
    m_window->setProduction(true);
    QTRY_VERIFY(bar()->isEnabled());

    QTest::mouseClick(bar()->acceptFileButton(), Qt::LeftButton);
    DriftConfirmDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->guard());
    QVERIFY(!dialog->confirmButton()->isEnabled());
    dialog->accept(); // refused: the name is not typed
    QVERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->guard()->nameEdit(), m_project->url().databaseName());
    QVERIFY(dialog->confirmButton()->isEnabled());
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(stateOf(2), MigrationState::Applied, 30'000);
    QCOMPARE(fileText(secondFile), editedUp); // the file is kept; the history took its text
    QCOMPARE(m_project->value(QStringLiteral("SELECT checksum FROM tidemark_history WHERE version = '2'")).toString(),
             scriptChecksum(editedUp));
    QCOMPARE(m_project->value(QStringLiteral("SELECT up_sql FROM tidemark_history WHERE version = '2'")).toString(),
             editedUp);
    QCOMPARE(driftEvents(), 1);
    QCOMPARE(m_project->value(QStringLiteral("SELECT data FROM tidemark_events WHERE event = 'run-start' "
                                             "ORDER BY id DESC"))
                 .toString()
                 .contains(QLatin1String("\"command\":\"drift\"")),
             true);
}

void TestWorkbenchDrift::restoreTheFileWritesAMissingFileAgain()
{
    m_project->remove(secondFile);
    m_project->remove(QStringLiteral("002_orders.down.sql"));
    connectAndShowTheSecond();
    QCOMPARE(stateOf(2), MigrationState::Missing);
    m_window->setProduction(true); // a restore is recorded there too: the name is asked for
    QVERIFY(bar()->isVisibleTo(detail()));
    QVERIFY(bar()->restoreFileButton()->isVisibleTo(bar()));
    QVERIFY(!bar()->acceptFileButton()->isVisibleTo(bar()));
    QVERIFY(!bar()->restoreAppliedTextButton()->isVisibleTo(bar()));
    QTRY_VERIFY(bar()->isEnabled());

    QTest::mouseClick(bar()->restoreFileButton(), Qt::LeftButton);
    DriftConfirmDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QVERIFY2(dialog->explanation().contains(secondFile), qPrintable(dialog->explanation()));
    QVERIFY2(dialog->explanation().contains(scriptChecksum(secondUp).left(12)), qPrintable(dialog->explanation()));
    QVERIFY(dialog->guard());
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QTest::keyClicks(dialog->guard()->nameEdit(), m_project->url().databaseName());
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(stateOf(2), MigrationState::Applied, 30'000);
    QCOMPARE(fileText(secondFile), secondUp);
    QCOMPARE(fileText(QStringLiteral("002_orders.down.sql")), QStringLiteral("DROP TABLE orders;\n"));
    QVERIFY(!m_window->findChild<DriftConfirmDialog *>()); // closed, and gone
    QCOMPARE(driftEvents(), 1);
}

void TestWorkbenchDrift::cancellingChangesNothing()
{
    m_project->writeFile(secondFile, editedUp.toUtf8());
    connectAndShowTheSecond();
    QTRY_VERIFY(bar()->isEnabled());
    QTest::mouseClick(bar()->acceptFileButton(), Qt::LeftButton);
    DriftConfirmDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    dialog->reject();
    QTRY_VERIFY(bar()->isEnabled()); // idle again
    QTest::qWait(200);
    QCOMPARE(stateOf(2), MigrationState::Modified);
    QCOMPARE(driftEvents(), 0);
    QCOMPARE(m_project->value(QStringLiteral("SELECT checksum FROM tidemark_history WHERE version = '2'")).toString(),
             scriptChecksum(secondUp));
}

QTEST_MAIN(TestWorkbenchDrift)
#include "tst_workbenchdrift.moc"
