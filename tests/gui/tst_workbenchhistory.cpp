// The workbench's runs in the audit record and the History tab, on SQLite, PostgreSQL and MariaDB (ctest runs it once
// per backend): a run started from a connection profile records tool "tidemark", its command, the profile and its
// environment; one started on an Open URL connection ticked production records no profile and "production". The
// History tab loads on the worker thread after connect and after each run, newest first, with the chain verdict and
// the selected run's events; Export Report writes the selected run through the report library. Export Run Log starts
// with a context line, and no password is anywhere in either file.
#include "audit/audittrail.h"
#include "confirmplandialog.h"
#include "exportreportdialog.h"
#include "historyfilterbar.h"
#include "historypanel.h"
#include "historyrunmodel.h"
#include "mainwindow.h"
#include "rundetailview.h"
#include "runeventsmodel.h"
#include "runlogdock.h"
#include "runlogview.h"
#include "secretscan.h"
#include "testproject.h"
#include "testservers.h"
#include "timelinemodel.h"
#include "timelinepanel.h"

#include <QAction>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTranslator>
#include <QtTest>

using namespace tidemark;
using namespace tidemark::test;

class TestWorkbenchHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void profileRunRecordsItsContext();
    void productionUrlRunRecordsProduction();
    void historyTabShowsTheRunsNewestFirst();
    void exportReportWritesTheSelectedRun();
    void runLogExportStartsWithTheContext();

private:
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    HistoryPanel *history() const { return m_window->findChild<HistoryPanel *>(); }
    // Triggers a plan, types the database's name when production asks for it, confirms, and waits for the run to
    // end and the history to show it.
    void runConfirmed(const char *actionName, int runsAfter);
    RunContext newestRunContext() const;

    TestProject m_project;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_exports;
};

void TestWorkbenchHistory::initTestCase()
{
    // As the application does in English: the singular and plural of "%n …(s)" texts.
    auto english = new QTranslator(this);
    QVERIFY(english->load(QStringLiteral("tidemark_en"), QStringLiteral(":/i18n")));
    QVERIFY(QCoreApplication::installTranslator(english));
    QStandardPaths::setTestModeEnabled(true);
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tidemark-test-bus"); // no keychain: none is needed
    writeTableMigrations(m_project, 3);
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(m_project.migrationsDir()));
}

void TestWorkbenchHistory::cleanupTestCase()
{
    m_window.reset();
}

void TestWorkbenchHistory::runConfirmed(const char *actionName, int runsAfter)
{
    QTRY_VERIFY_WITH_TIMEOUT(action(actionName)->isEnabled(), 20'000);
    action(actionName)->trigger();
    ConfirmPlanDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<ConfirmPlanDialog *>()) && dialog->isVisible(), 20'000);
    if (auto name = dialog->findChild<QLineEdit *>(QStringLiteral("confirmNameEdit")); name && name->isVisible())
        QTest::keyClicks(name, m_project.url().databaseName());
    QVERIFY(dialog->confirmButton()->isEnabled());
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(history()->model()->rowCount() == runsAfter, 30'000);
    QTRY_VERIFY(action("refreshAction")->isEnabled());
}

RunContext TestWorkbenchHistory::newestRunContext() const
{
    const std::unique_ptr<Session> session = m_project.open();
    QString error;
    const std::optional<QList<HistoryEvent>> events =
        HistoryStore(session->database(), session->dialect(), session->project().tables).readEvents(&error);
    if (!events)
        qFatal("cannot read the events: %s", qPrintable(error));
    for (auto event = events->crbegin(); event != events->crend(); ++event)
        if (event->type == HistoryEvent::Type::RunStart)
            return RunContext::fromJson(QJsonDocument::fromJson(event->data.toUtf8()).object());
    qFatal("no run-start event");
}

void TestWorkbenchHistory::profileRunRecordsItsContext()
{
    ConnectionProfile profile = ConnectionProfile::fromUrl(m_project.url(), QStringLiteral("Shop staging"));
    profile.environment = EnvironmentTag::Staging;
    m_window->connectToProfile(profile, m_project.password());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->findChild<TimelinePanel *>()->model()->rowCount(), 3, 20'000);
    // Loaded on connect: an empty history, and a chain not started yet.
    QTRY_VERIFY(history()->trail().has_value());
    QCOMPARE(history()->model()->rowCount(), 0);

    runConfirmed("applyPendingAction", 1);
    const RunContext context = newestRunContext();
    QCOMPARE(context.tool, QStringLiteral("tidemark"));
    QCOMPARE(context.command, QStringLiteral("up"));
    QCOMPARE(context.profile, QStringLiteral("Shop staging"));
    QCOMPARE(context.environment, QStringLiteral("staging"));
    QCOMPARE(context.target, m_project.url().redacted());
    QCOMPARE(context.plan.size(), 3);
}

void TestWorkbenchHistory::productionUrlRunRecordsProduction()
{
    m_window->setProduction(true); // what Open URL's "Production database" box does
    m_window->connectTo(m_project.url(), m_project.password());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->profile() && action("rollBackOneAction")->isEnabled(), 20'000);
    runConfirmed("rollBackOneAction", 2);
    const RunContext context = newestRunContext();
    QCOMPARE(context.tool, QStringLiteral("tidemark"));
    QCOMPARE(context.command, QStringLiteral("down"));
    QCOMPARE(context.profile, QString());
    QCOMPARE(context.environment, QStringLiteral("production"));
    QCOMPARE(context.plan.size(), 1);
}

void TestWorkbenchHistory::historyTabShowsTheRunsNewestFirst()
{
    action("showHistoryAction")->trigger();
    HistoryPanel *panel = history();
    QTRY_VERIFY(panel->isVisible());
    QTableView *runs = panel->runsView();
    QCOMPARE(runs->model()->rowCount(), 2);
    QCOMPARE(runs->model()->index(0, HistoryRunModel::Command).data().toString(), QStringLiteral("down"));
    QCOMPARE(runs->model()->index(0, HistoryRunModel::Environment).data().toString(), QStringLiteral("Production"));
    QCOMPARE(runs->model()->index(0, HistoryRunModel::Migrations).data().toString(), QStringLiteral("1 rolled back"));
    QCOMPARE(runs->model()->index(1, HistoryRunModel::Command).data().toString(), QStringLiteral("up"));
    QCOMPARE(runs->model()->index(1, HistoryRunModel::Environment).data().toString(), QStringLiteral("Staging"));
    QCOMPARE(runs->model()->index(1, HistoryRunModel::Migrations).data().toString(), QStringLiteral("3 applied"));
    QVERIFY2(panel->chainLabel()->text().contains(QStringLiteral("holds")), qPrintable(panel->chainLabel()->text()));

    // The filter bar drives the table: custom days, then an outcome, then back to everything.
    HistoryFilterBar *filters = panel->filterBar();
    const QDate today = QDate::currentDate();
    filters->setPeriodChoice(HistoryFilterBar::Period::Custom);
    filters->setCustomDates(today.addDays(-3), today.addDays(-1));
    QCOMPARE(runs->model()->rowCount(), 0);
    filters->setCustomDates(today, today);
    QCOMPARE(runs->model()->rowCount(), 2);
    filters->setOutcome(QStringLiteral("failed"));
    QCOMPARE(runs->model()->rowCount(), 0);
    filters->setOutcome(std::nullopt);
    filters->setPeriodChoice(HistoryFilterBar::Period::All);
    QCOMPARE(runs->model()->rowCount(), 2);

    runs->selectRow(1);
    RunDetailView *detail = panel->detail();
    QCOMPARE(detail->shownRunId(), panel->selectedRun()->runId);
    QVERIFY2(detail->title()->text().contains(QStringLiteral("tidemark up")), qPrintable(detail->title()->text()));
    QVERIFY(!detail->noEndBanner()->isVisible());
    int applied = 0;
    for (int row = 0; row < detail->eventsModel()->rowCount(); ++row)
        applied += detail->eventsModel()->eventAt(row)->type == HistoryEvent::Type::Apply ? 1 : 0;
    QCOMPARE(applied, 3);
    QCOMPARE(detail->planView()->model()->rowCount(), 3);
}

void TestWorkbenchHistory::exportReportWritesTheSelectedRun()
{
    const QString selected = history()->selectedRun()->runId; // the up, selected above
    QVERIFY(action("exportReportAction")->isEnabled());
    action("exportReportAction")->trigger();
    ExportReportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ExportReportDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->coversSelectedRun());
    QCOMPARE(dialog->request().environment, QStringLiteral("production")); // the connection now: Open URL, ticked
    const QString path = m_exports.filePath(QStringLiteral("report.html"));
    dialog->setPath(path);
    dialog->accept();
    RunLogDock *log = m_window->findChild<RunLogDock *>();
    QTRY_VERIFY_WITH_TIMEOUT(log->view()->toPlainText().contains(QStringLiteral("Wrote the HTML report of 1 run to")),
                             30'000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray html = file.readAll();
    QVERIFY(html.contains(selected.toUtf8()));
    QVERIFY(html.contains(m_project.url().redacted().toHtmlEscaped().toUtf8()));
}

void TestWorkbenchHistory::runLogExportStartsWithTheContext()
{
    const QString path = m_exports.filePath(QStringLiteral("run-log.jsonl"));
    QString error;
    QVERIFY2(m_window->findChild<RunLogDock *>()->exportJsonLines(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QList<QJsonObject> contexts;
    for (const QByteArray &line : lines)
        if (const QJsonObject json = QJsonDocument::fromJson(line).object();
            json.value(u"type").toString() == u"context")
            contexts.append(json);
    QCOMPARE(QJsonDocument::fromJson(lines.first()).object().value(u"type").toString(), QStringLiteral("context"));
    QCOMPARE(contexts.size(), 2); // one for each run: the second one is on another connection, with another command

    const QJsonObject first = contexts.first();
    QCOMPARE(first.value(u"tool").toString(), QStringLiteral("tidemark"));
    QCOMPARE(first.value(u"command").toString(), QStringLiteral("up"));
    QCOMPARE(first.value(u"profile").toString(), QStringLiteral("Shop staging"));
    QCOMPARE(first.value(u"environment").toString(), QStringLiteral("staging"));
    QCOMPARE(first.value(u"target").toString(), m_project.url().redacted());
    QCOMPARE(first.value(u"tidemark_version").toString(), QStringLiteral(TIDEMARK_VERSION));
    QCOMPARE(first.value(u"project").toString(), m_project.project().rootDir);
    QVERIFY(!first.value(u"os_user").toString().isEmpty());
    QVERIFY(!first.value(u"host").toString().isEmpty());
    QVERIFY(first.value(u"actor").toString().startsWith(first.value(u"os_user").toString() + u'@'));
    QVERIFY(first.contains(u"git_commit"));
    QVERIFY(first.contains(u"database_user"));
    if (m_project.dialect() != DatabaseKind::Sqlite)
        QVERIFY(!first.value(u"database_user").toString().isEmpty());
    QVERIFY(!first.contains(u"plan"));
    QCOMPARE(contexts.at(1).value(u"environment").toString(), QStringLiteral("production"));
    QCOMPARE(contexts.at(1).value(u"profile").toString(), QString());

    if (m_project.dialect() != DatabaseKind::Sqlite) {
        QVERIFY(!m_project.password().isEmpty());
        QCOMPARE(filesContaining(m_exports.path(), m_project.password()), QStringList());
    }
}

QTEST_MAIN(TestWorkbenchHistory)
#include "tst_workbenchhistory.moc"
