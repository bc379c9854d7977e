// Rehearsal in the workbench, on every database: Rehearse in the confirmation and Rehearse Pending run the plan on
// the worker thread and show what it found (each step, its locks on PostgreSQL, the schema diff), and the editor's
// Check rehearses the edited migration against the connected database, after the pending ones before it. Nothing
// of a rehearsal is kept: the database and its history read as before. The review rules' findings on the
// migrations still to run show on the timeline and in the confirmation, and an allow comment takes them off.
#include "confirmplandialog.h"
#include "mainwindow.h"
#include "migrationauthoringwidget.h"
#include "migrationeditorwindow.h"
#include "rehearsaldialog.h"
#include "sqlcheckview.h"
#include "sqleditor.h"
#include "testproject.h"
#include "timelinemodel.h"
#include "timelinepanel.h"
#include "widgetsroles.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace tidemark;
using namespace tidemark::test;

class TestWorkbenchRehearsal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rehearseFromTheConfirmationKeepsNothing();
    void rehearsePendingShowsTheFailingLine();
    void editorCheckRehearsesAfterThePendingBeforeIt();
    void reviewFindingsOnTheTimelineAndInTheConfirmation();

private:
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    TimelinePanel *timeline() const { return m_window->findChild<TimelinePanel *>(); }
    void connectWindow(int migrations);
    ConfirmPlanDialog *waitForConfirmation() const;
    RehearsalDialog *waitForReport() const;
    int events() const { return m_project->count(QStringLiteral("SELECT COUNT(*) FROM tidemark_events")); }

    std::unique_ptr<TestProject> m_project;
    std::unique_ptr<MainWindow> m_window;
};

void TestWorkbenchRehearsal::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tidemark-test-bus"); // no keychain: none is needed
}

void TestWorkbenchRehearsal::init()
{
    m_project = std::make_unique<TestProject>();
    m_project->write(QStringLiteral("001_customers"),
                     QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(100));\n"),
                     QStringLiteral("DROP TABLE customers;\n"));
    const std::unique_ptr<Session> session = m_project->open();
    const RunResult up = runFreshPlan(*session, [&](const ProjectStatus &s) { return planUp(s, session->planDialect()); });
    QVERIFY2(up.outcome == RunOutcome::Succeeded, qPrintable(up.message));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestWorkbenchRehearsal::cleanup()
{
    m_window.reset();
    m_project.reset();
}

void TestWorkbenchRehearsal::connectWindow(int migrations)
{
    QVERIFY(m_window->openProject(m_project->migrationsDir()));
    m_window->connectTo(m_project->url(), m_project->password());
    QTRY_COMPARE_WITH_TIMEOUT(timeline()->model()->rowCount(), migrations, 20'000);
    QTRY_VERIFY_WITH_TIMEOUT(action("refreshAction")->isEnabled(), 20'000);
}

ConfirmPlanDialog *TestWorkbenchRehearsal::waitForConfirmation() const
{
    ConfirmPlanDialog *dialog = nullptr;
    (void)QTest::qWaitFor([&] { return (dialog = m_window->findChild<ConfirmPlanDialog *>()) && dialog->isVisible(); },
                          10'000);
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

RehearsalDialog *TestWorkbenchRehearsal::waitForReport() const
{
    RehearsalDialog *dialog = nullptr;
    (void)QTest::qWaitFor([&] { return (dialog = m_window->findChild<RehearsalDialog *>()) && dialog->isVisible(); },
                          30'000);
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void TestWorkbenchRehearsal::rehearseFromTheConfirmationKeepsNothing()
{
    m_project->write(QStringLiteral("002_orders"),
                     QStringLiteral("ALTER TABLE customers ADD COLUMN email VARCHAR(200);\n"
                                    "CREATE TABLE orders (id INTEGER PRIMARY KEY);\n"));
    connectWindow(2);
    const int before = events();
    action("applyPendingAction")->trigger();
    ConfirmPlanDialog *confirmation = waitForConfirmation();
    QVERIFY(confirmation);
    QVERIFY(confirmation->rehearseButton()->isEnabled());
    QTest::mouseClick(confirmation->rehearseButton(), Qt::LeftButton);

    RehearsalDialog *report = waitForReport();
    QVERIFY(report);
    QCOMPARE(report->parentWidget(), confirmation);
    auto steps = report->findChild<QTreeWidget *>(QStringLiteral("rehearsalSteps"));
    QCOMPARE(steps->topLevelItemCount(), 1);
    QCOMPARE(steps->topLevelItem(0)->text(RehearsalDialog::ResultColumn), QStringLiteral("Ran"));
    QCOMPARE(steps->topLevelItem(0)->text(RehearsalDialog::StatementsColumn), QStringLiteral("2 of 2"));
    auto tabs = report->findChild<QTabWidget *>(QStringLiteral("rehearsalTabs"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Schema Changes"));
    QVERIFY(tabs->isTabEnabled(1));
    if (m_project->dialect() == DatabaseKind::Postgres) {
        QStringList details;
        for (int i = 0; i < steps->topLevelItem(0)->childCount(); ++i)
            details << steps->topLevelItem(0)->child(i)->text(0);
        QVERIFY2(details.contains(
                     QStringLiteral("ACCESS EXCLUSIVE on public.customers: blocks reads and writes until commit")),
                 qPrintable(details.join(u'\n')));
    }
    auto left = report->findChild<QLabel *>(QStringLiteral("rehearsalLeftBehind"));
    QVERIFY(left->text().startsWith(QLatin1String("Checked afterwards")));
    report->close();
    // The confirmation is still there to apply or cancel; cancelled, nothing ran and nothing was recorded.
    QVERIFY(confirmation->isVisible());
    QVERIFY(confirmation->confirmButton()->isEnabled());
    confirmation->reject();
    QTRY_VERIFY(action("applyPendingAction")->isEnabled());
    QVERIFY(!m_project->tableExists(QStringLiteral("orders")));
    QCOMPARE(events(), before);
}

void TestWorkbenchRehearsal::rehearsePendingShowsTheFailingLine()
{
    m_project->write(QStringLiteral("002_typo"), QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY);\n"
                                                                "CREAT TABLE items (id INTEGER);\n"));
    connectWindow(2);
    const int before = events();
    action("rehearsePendingAction")->trigger(); // the confirmation opens and the rehearsal starts at once

    RehearsalDialog *report = waitForReport();
    QVERIFY(report);
    auto headline = report->findChild<QLabel *>(QStringLiteral("rehearsalHeadline"));
    QVERIFY2(headline->text().contains(QLatin1String("line 2")), qPrintable(headline->text()));
    auto steps = report->findChild<QTreeWidget *>(QStringLiteral("rehearsalSteps"));
    QCOMPARE(steps->topLevelItem(0)->text(RehearsalDialog::ResultColumn), QStringLiteral("Failed"));
    QTreeWidgetItem *failure = steps->topLevelItem(0)->child(steps->topLevelItem(0)->childCount() - 1);
    QVERIFY2(failure->text(0).startsWith(QLatin1String("Statement 2, line 2:")), qPrintable(failure->text(0)));
    report->close();
    waitForConfirmation()->reject();
    QTRY_VERIFY(action("applyPendingAction")->isEnabled());
    QVERIFY(!m_project->tableExists(QStringLiteral("orders")));
    QCOMPARE(events(), before);
}

void TestWorkbenchRehearsal::editorCheckRehearsesAfterThePendingBeforeIt()
{
    m_project->write(QStringLiteral("002_orders"), QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY);\n"));
    m_project->write(QStringLiteral("003_items"), QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY);\n"));
    connectWindow(3);
    timeline()->selectVersion(Version({3}));
    action("editMigrationAction")->trigger();
    MigrationEditorWindow *editor = nullptr;
    QTRY_VERIFY((editor = m_window->findChild<MigrationEditorWindow *>()) && editor->isVisible());
    MigrationAuthoringWidget *authoring = editor->authoring();
    // Closing with the edits unsaved, at the end: discard them.
    authoring->setPrompt([](auto...) { return QMessageBox::Discard; });
    SqlCheckView *view = authoring->checkView();
    const auto verdict = [view] { return view->topLevelItemCount() > 0 ? view->topLevelItem(0)->text(0) : QString(); };

    // The typo a lexical check lets through, unsaved: the rehearsal names its line.
    authoring->upEditor()->setPlainText(QStringLiteral("-- the items of an order\nCREAT TABLE items (id INTEGER);\n"));
    authoring->check();
    QTRY_VERIFY_WITH_TIMEOUT(verdict().startsWith(QLatin1String("Rehearsed against")), 30'000);
    QVERIFY2(verdict().contains(QLatin1String("fails at line 2")), qPrintable(verdict()));

    // Fixed, and reading the table of 002, which is pending: it runs, since 002 is rehearsed before it.
    authoring->upEditor()->setPlainText(
        QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders (id));\n"));
    authoring->check();
    QTRY_VERIFY2_WITH_TIMEOUT(verdict().contains(QLatin1String("runs, 1 statement")), qPrintable(verdict()), 30'000);
    QVERIFY2(verdict().contains(QLatin1String("nothing kept")), qPrintable(verdict()));
    QVERIFY(!m_project->tableExists(QStringLiteral("orders")));
    QVERIFY(!m_project->tableExists(QStringLiteral("items")));
}

void TestWorkbenchRehearsal::reviewFindingsOnTheTimelineAndInTheConfirmation()
{
    const QString recreate = QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(100));\n");
    m_project->write(QStringLiteral("002_drop_customers"), QStringLiteral("DROP TABLE customers;\n"), recreate);
    connectWindow(2);
    const TimelineModel *model = timeline()->model();
    const auto badge = [model](int row) { return model->index(row, 0).data(ReviewBadgeRole).toString(); };
    QCOMPARE(badge(1), QStringLiteral("drop-table"));
    QCOMPARE(model->index(1, 0).data(ReviewSeverityRole).toInt(), int(RuleSeverity::Error));
    QCOMPARE(badge(0), QString()); // 001's down drops the table too, but 001 has run: nothing to review

    action("applyPendingAction")->trigger();
    ConfirmPlanDialog *confirmation = waitForConfirmation();
    QVERIFY(confirmation);
    const QString lookAt = confirmation->findChild<QTreeWidget *>(QStringLiteral("planSteps"))
                               ->topLevelItem(0)
                               ->text(ConfirmPlanDialog::HazardColumn);
    QVERIFY2(lookAt.contains(QLatin1String("drop-table: drops table customers")), qPrintable(lookAt));
    confirmation->reject();
    QTRY_VERIFY(action("refreshAction")->isEnabled());

    // Allowed in the file, with a reason: the badge goes, the tooltip keeps the finding and says why.
    m_project->write(QStringLiteral("002_drop_customers"),
                     QStringLiteral("-- tidemark:allow drop-table the customers moved to the CRM in May\n"
                                    "DROP TABLE customers;\n"),
                     recreate);
    action("refreshAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(badge(1), QString(), 20'000);
    QVERIFY(model->index(1, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("moved to the CRM")));
    QVERIFY(m_project->tableExists(QStringLiteral("customers")));
}

QTEST_MAIN(TestWorkbenchRehearsal)
#include "tst_workbenchrehearsal.moc"
