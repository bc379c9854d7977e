// The History tab as a DBA sees it, on the demo project with a history of several weeks: runs by three people
// through the CLI (a failure, its repair, a rollback, and a run killed mid-migration: a crashed laptop), then two
// runs from the workbench itself. Checks that each view is laid out whole at the window's size: the runs table's
// columns in view without scrolling, the run's detail with its no-end banner, the chart with a dot per run, and the
// Export Report dialog inside the screen.
//
// The texts are the system language's, as the application installs them (LANGUAGE=de for German). With
// TIDEMARK_SCREENSHOT_DIR set it saves PNGs there: grabbed from the screen, window frame and all, on a real display
// (tools/historyshots.sh runs it under Xvfb with openbox at 1024x768 and 1440x900), else of the window. With
// TIDEMARK_TOUR_FAKETIME set to libfaketime's library, the CLI runs happen days and weeks ago, as a history does.
#include "clirunner.h"
#include "confirmplandialog.h"
#include "exportreportdialog.h"
#include "historychart.h"
#include "historyfilterbar.h"
#include "historypanel.h"
#include "historyrunmodel.h"
#include "mainwindow.h"
#include "rundetailview.h"
#include "runlogdock.h"
#include "runlogview.h"
#include "timelinemodel.h"
#include "timelinepanel.h"
#include "translator.h"

#include <QAction>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace tidemark;
using namespace tidemark::test;

class TestHistoryTour : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void migrationsTabFitsToo();
    void historyWithAFailedRunSelected();
    void aRunFromTheWorkbench();
    void aRunWithNoEndRecorded();
    void theChart();
    void exportReportDialog();

private:
    void writeMigration(const QString &name, const QByteArray &up, const QByteArray &down) const;
    // tidemark-cli COMMAND as user, daysAgo days ago (when faketime is there), on the tour's database.
    CliRun cli(const QStringList &arguments, const QString &user, int daysAgo, const QByteArray &killAt = {}) const;
    void runInTheWorkbench(const char *actionName);
    void selectRun(const std::function<bool(const AuditRun &)> &which);
    void save(QWidget *widget, const QString &name) const;
    void verifyRunsTableWhole() const;
    HistoryPanel *history() const { return m_window->findChild<HistoryPanel *>(); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }

    QTemporaryDir m_dir;
    QString m_project;
    QString m_url;
    QString m_shotDir;
    QString m_faketime;
    QSize m_size; // the screen's, or the one asked for on the offscreen platform
    std::unique_ptr<MainWindow> m_window;
};

void TestHistoryTour::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tidemark-test-bus");
    installTranslator(*QCoreApplication::instance());
    m_shotDir = qEnvironmentVariable("TIDEMARK_SCREENSHOT_DIR");
    m_faketime = qEnvironmentVariable("TIDEMARK_TOUR_FAKETIME");

    m_project = m_dir.filePath(QStringLiteral("shop"));
    QVERIFY(QDir().mkpath(m_project));
    const QDir demo(QStringLiteral(TIDEMARK_DEMO_DIR));
    for (const QString &name : demo.entryList({QStringLiteral("*.sql"), QStringLiteral("*.json")}, QDir::Files))
        QVERIFY(QFile::copy(demo.filePath(name), QDir(m_project).filePath(name)));
    m_url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("shop.db"));

    // Weeks of history from the command line, by alice, bob and the CI pipeline.
    QCOMPARE(
        cli({QStringLiteral("up"), QStringLiteral("--to"), QStringLiteral("4")}, QStringLiteral("alice"), 24).exitCode,
        0);
    QCOMPARE(
        cli({QStringLiteral("up"), QStringLiteral("--to"), QStringLiteral("8")}, QStringLiteral("alice"), 20).exitCode,
        0);
    QCOMPARE(cli({QStringLiteral("up")}, QStringLiteral("ci"), 16).exitCode, 0);
    writeMigration(QStringLiteral("012_add_invoice_numbers"),
                   "ALTER TABLE orders ADD COLUMN invoice_no TEXT;\n\nCREATE UNIQUE INDEX idx_invoices_number\n"
                   "    ON invoices (number);\n",
                   "ALTER TABLE orders DROP COLUMN invoice_no;\n");
    QCOMPARE(cli({QStringLiteral("up")}, QStringLiteral("ci"), 12).exitCode, 1);
    QCOMPARE(cli({QStringLiteral("repair"), QStringLiteral("12"), QStringLiteral("--mark-rolled-back")},
                 QStringLiteral("bob"), 12)
                 .exitCode,
             0);
    writeMigration(QStringLiteral("012_add_invoice_numbers"),
                   "ALTER TABLE orders ADD COLUMN invoice_no TEXT;\n\nCREATE UNIQUE INDEX idx_orders_invoice_no\n"
                   "    ON orders (invoice_no);\n",
                   "DROP INDEX idx_orders_invoice_no;\nALTER TABLE orders DROP COLUMN invoice_no;\n");
    QCOMPARE(cli({QStringLiteral("up")}, QStringLiteral("ci"), 11).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("down"), QStringLiteral("--steps"), QStringLiteral("1")}, QStringLiteral("bob"), 7)
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("up")}, QStringLiteral("bob"), 7).exitCode, 0);
    // Bob's laptop dies during a long backfill.
    writeMigration(QStringLiteral("013_backfill_order_totals"),
                   "-- Precompute totals for old orders (slow on a big shop).\nCREATE TABLE order_totals_cache AS\n"
                   "  WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 3000000)\n"
                   "  SELECT count(*) AS rows_scanned FROM n;\n",
                   "DROP TABLE order_totals_cache;\n");
    const CliRun killed = cli({QStringLiteral("up")}, QStringLiteral("bob"), 3, "\"type\":\"migration_started\"");
    QVERIFY2(!killed.err.contains(QStringLiteral("never printed")), qPrintable(killed.all()));

    // Today, in the workbench on a profile: the backfill after all, then one rolled back again. The chart as on a
    // first start: shown when the screen is tall enough.
    QSettings().remove(QStringLiteral("workbench/historyChart"));
    m_window = std::make_unique<MainWindow>();
    if (QGuiApplication::platformName() == u"offscreen") {
        const QStringList size = qEnvironmentVariable("TIDEMARK_TOUR_SIZE", QStringLiteral("1440x900")).split(u'x');
        m_size = QSize(size.value(0).toInt(), size.value(1).toInt());
        m_window->setGeometry(QRect(QPoint(0, 0), m_size));
        m_window->show();
    } else {
        m_size = m_window->screen()->availableGeometry().size();
        m_window->showMaximized();
    }
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(m_project));
    QString error;
    const std::optional<ConnectionUrl> url = ConnectionUrl::parse(m_url, &error);
    QVERIFY2(url, qPrintable(error));
    ConnectionProfile profile = ConnectionProfile::fromUrl(*url, QStringLiteral("Shop staging"));
    profile.environment = EnvironmentTag::Staging;
    m_window->connectToProfile(profile);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->findChild<TimelinePanel *>()->model()->rowCount(), 13, 20'000);
    QTRY_COMPARE_WITH_TIMEOUT(history()->model()->rowCount(), 9, 20'000); // loaded on connect: the CLI's runs
    runInTheWorkbench("applyPendingAction");
    runInTheWorkbench("rollBackOneAction");
    action("showHistoryAction")->trigger();
    history()->filterBar()->setPeriodChoice(HistoryFilterBar::Period::Last30Days);
    QTRY_COMPARE(history()->model()->rowCount(), 11);
    QTest::qWait(200);
}

void TestHistoryTour::cleanupTestCase()
{
    m_window.reset();
}

void TestHistoryTour::writeMigration(const QString &name, const QByteArray &up, const QByteArray &down) const
{
    for (const auto &[suffix, text] : {std::pair{".up.sql", up}, std::pair{".down.sql", down}}) {
        QFile file(QDir(m_project).filePath(name + QLatin1String(suffix)));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    }
}

CliRun TestHistoryTour::cli(const QStringList &arguments, const QString &user, int daysAgo,
                            const QByteArray &killAt) const
{
    CliRunner runner;
    runner.setEnvironment(QStringLiteral("USER"), user);
    if (!m_faketime.isEmpty()) {
        runner.setEnvironment(QStringLiteral("LD_PRELOAD"), m_faketime);
        runner.setEnvironment(QStringLiteral("FAKETIME"), QStringLiteral("-%1d").arg(daysAgo));
    }
    const QStringList all = arguments + QStringList{QStringLiteral("--project"), m_project,
                                                    QStringLiteral("--url"),     m_url,
                                                    QStringLiteral("--format"),  QStringLiteral("json")};
    return killAt.isEmpty() ? runner.run(all) : runner.runUntilKilled(all, killAt);
}

void TestHistoryTour::runInTheWorkbench(const char *actionName)
{
    QTRY_VERIFY_WITH_TIMEOUT(action(actionName)->isEnabled(), 20'000);
    const int runs = history()->model()->rowCount();
    action(actionName)->trigger();
    ConfirmPlanDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<ConfirmPlanDialog *>()) && dialog->isVisible(), 20'000);
    dialog->accept();
    QTRY_VERIFY2_WITH_TIMEOUT(history()->model()->rowCount() == runs + 1,
                              qPrintable(m_window->findChild<RunLogDock *>()->view()->toPlainText()), 60'000);
    QTRY_VERIFY(action("refreshAction")->isEnabled());
}

void TestHistoryTour::selectRun(const std::function<bool(const AuditRun &)> &which)
{
    for (const AuditRun &run : history()->model()->runs())
        if (which(run)) {
            history()->selectRun(run.runId);
            QCOMPARE(history()->detail()->shownRunId(), run.runId);
            QTest::qWait(100);
            return;
        }
    QFAIL("no such run");
}

void TestHistoryTour::save(QWidget *widget, const QString &name) const
{
    QVERIFY(widget->isVisible());
    // On a real display the whole screen, with the window manager's frames and the dialogs over the window.
    const QPixmap shot =
        QGuiApplication::platformName() == u"offscreen" ? widget->grab() : widget->screen()->grabWindow(0);
    QVERIFY(!shot.isNull());
    if (!m_shotDir.isEmpty())
        QVERIFY(shot.save(QDir(m_shotDir).filePath(name)));
}

// Every column of the runs table is in view: no horizontal scrolling to see how a run ended or what it did.
void TestHistoryTour::verifyRunsTableWhole() const
{
    QTableView *runs = history()->runsView();
    QHeaderView *header = runs->horizontalHeader();
    QVERIFY2(header->length() <= runs->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2").arg(header->length()).arg(runs->viewport()->width())));
    QVERIFY(!runs->horizontalScrollBar()->isVisible());
    QVERIFY(runs->viewport()->height() >= 3 * runs->verticalHeader()->defaultSectionSize());
}

// The other tab of the same window at the same size: the state toggles wrap rather than widen it.
void TestHistoryTour::migrationsTabFitsToo()
{
    action("showMigrationsAction")->trigger();
    auto timeline = m_window->findChild<TimelinePanel *>();
    QTRY_VERIFY(timeline->isVisible());
    for (QToolButton *toggle : timeline->findChildren<QToolButton *>())
        if (toggle->property("stateToggle").toBool())
            QVERIFY2(timeline->rect().contains(QRect(toggle->mapTo(timeline, QPoint(0, 0)), toggle->size())),
                     qPrintable(toggle->text()));
    QTest::qWait(100);
    save(m_window.get(), QStringLiteral("migrations-tab.png"));
    action("showHistoryAction")->trigger();
    QTRY_VERIFY(history()->isVisible());
}

void TestHistoryTour::historyWithAFailedRunSelected()
{
    // Nothing in the window, on either tab, asks for more room than the screen has.
    QVERIFY2(m_window->minimumSizeHint().width() <= m_size.width(),
             qPrintable(QStringLiteral("%1 > %2").arg(m_window->minimumSizeHint().width()).arg(m_size.width())));
    QVERIFY(m_window->frameGeometry().width() <= m_size.width() + 20);
    verifyRunsTableWhole();
    selectRun([](const AuditRun &run) { return run.outcome == u"failed"; });
    RunDetailView *detail = history()->detail();
    QVERIFY(!detail->noEndBanner()->isVisible());
    QVERIFY(detail->eventsView()->viewport()->height()
            >= 2 * detail->eventsView()->verticalHeader()->defaultSectionSize());
    QVERIFY(history()->chainLabel()->isVisible());
    save(m_window.get(), QStringLiteral("history-failed-run.png"));
}

// Today's apply from the workbench: tool tidemark, on the profile, whose name and environment it recorded.
void TestHistoryTour::aRunFromTheWorkbench()
{
    selectRun([](const AuditRun &run) { return run.context.tool == u"tidemark" && run.context.command == u"up"; });
    const QModelIndex selected = history()->runsView()->selectionModel()->selectedRows().constFirst();
    QCOMPARE(selected.siblingAtColumn(HistoryRunModel::Environment).data().toString(),
             environmentText(QStringLiteral("staging")));
    QVERIFY(history()->detail()->findChild<QLabel *>(QStringLiteral("runFacts"))->text().contains(u"Shop staging"));
    save(m_window.get(), QStringLiteral("history-workbench-run.png"));
}

void TestHistoryTour::aRunWithNoEndRecorded()
{
    selectRun([](const AuditRun &run) { return !run.hasEnd(); });
    RunDetailView *detail = history()->detail();
    QVERIFY(detail->noEndBanner()->isVisible());
    QVERIFY(detail->noEndBanner()->height() >= detail->noEndBanner()->heightForWidth(detail->noEndBanner()->width()));
    save(m_window.get(), QStringLiteral("history-no-end-recorded.png"));
}

void TestHistoryTour::theChart()
{
    HistoryPanel *panel = history();
    // A first start's choice, by the screen's height (the offscreen platform's screen is 800 px tall).
    QCOMPARE(panel->isChartVisible(), m_window->screen()->availableGeometry().height() >= 860);
    const bool shown = panel->isChartVisible();
    if (!shown)
        panel->chartToggle()->click();
    QTRY_VERIFY(panel->chart()->isVisible());
    HistoryChart *chart = panel->chart();
    QVERIFY(chart->height() >= chart->minimumHeight());
    QCOMPARE(chart->runCount(QStringLiteral("failed")), 1);
    QCOMPARE(chart->runCount(QString()), 1);
    QCOMPARE(chart->runCount(QStringLiteral("succeeded")), 9);
    QTest::qWait(200);
    if (!m_shotDir.isEmpty())
        QVERIFY(chart->grab().save(QDir(m_shotDir).filePath(QStringLiteral("history-chart.png"))));
    save(m_window.get(), QStringLiteral("history-with-chart.png"));
    if (!shown)
        panel->chartToggle()->click();
    QCOMPARE(panel->isChartVisible(), shown);
}

void TestHistoryTour::exportReportDialog()
{
    selectRun([](const AuditRun &run) { return run.outcome == u"failed"; });
    history()->exportButton()->click();
    ExportReportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ExportReportDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->coversSelectedRun());
    QTest::qWait(300);
    const QRect screen = dialog->screen()->availableGeometry();
    QVERIFY2(
        screen.contains(dialog->frameGeometry()) || QGuiApplication::platformName() == u"offscreen",
        qPrintable(QStringLiteral("%1x%2").arg(dialog->frameGeometry().width()).arg(dialog->frameGeometry().height())));
    save(dialog, QStringLiteral("export-report-dialog.png"));
    dialog->reject();
}

QTEST_MAIN(TestHistoryTour)
#include "tst_historytour.moc"
