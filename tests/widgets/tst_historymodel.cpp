// The History view's models over real runs on a real SQLite database: a success, a failure, a repair, a run by
// another user through the CLI, a rollback, and a CLI run killed mid-way (no end recorded). Checks the order (newest
// first), what each row says and counts, how a run without an end reads, the filters, the run's events and plan, and
// that the chart shows every run under its outcome.
#include "audit/audittrail.h"
#include "clirunner.h"
#include "historychart.h"
#include "historyfiltermodel.h"
#include "historyrunmodel.h"
#include "runeventsmodel.h"
#include "runplanmodel.h"
#include "testproject.h"
#include "testservers.h"
#include "widgetsroles.h"

#include <QFont>
#include <QtTest>

using namespace tidemark;
using namespace tidemark::test;

namespace {

MigrationStatus statusOf(Session &session, const char *version)
{
    QString error;
    const std::optional<ProjectStatus> status = session.status(&error);
    for (const MigrationStatus &migration : status->migrations)
        if (migration.version.toString() == QLatin1String(version))
            return migration;
    qFatal("no migration %s", version);
}

RunOptions testOptions(const QString &command)
{
    RunOptions options;
    options.context.tool = QStringLiteral("tst_historymodel");
    options.context.command = command;
    return options;
}

} // namespace

class TestHistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void newestFirst();
    void rowsSayWhatEachRunDid();
    void aRunWithoutAnEndSaysSo();
    void filterByPeriod();
    void filterByUser();
    void filterByOutcome();
    void filterByMigration();
    void eventsOfARun();
    void planOfARun();
    void chartShowsEveryRunUnderItsOutcome();

private:
    const AuditRun &run(const char *name) const
    {
        return *m_model.runAt(m_model.rowOf(m_runIds.value(QLatin1String(name))));
    }
    int rowOf(const HistoryFilterModel &filter, const char *name) const;

    TestProject m_project;
    QHash<QString, QString> m_runIds; // by the name this test gives each run
    std::optional<AuditTrail> m_trail;
    HistoryRunModel m_model;
};

void TestHistoryModel::initTestCase()
{
    QCOMPARE(m_project.dialect(), DatabaseKind::Sqlite);
    writeTableMigrations(m_project, 2);
    std::unique_ptr<Session> session = m_project.open();
    QString error;
    auto up = [&](const char *name) {
        const RunResult result =
            session->run(planUp(*session->status(&error), DatabaseKind::Sqlite), testOptions("up"));
        m_runIds.insert(QLatin1String(name), result.runId);
        return result;
    };
    QCOMPARE(up("success").outcome, RunOutcome::Succeeded);
    m_project.write(QStringLiteral("003_t3"),
                    QStringLiteral("CREATE TABLE t3 (id INT);\nINSERT INTO missing VALUES (1);\n"),
                    QStringLiteral("DROP TABLE t3;\n"));
    QCOMPARE(up("failure").outcome, RunOutcome::Failed);
    const RunResult repair =
        session->repair(statusOf(*session, "3"), RepairAction::MarkRolledBack, testOptions("repair"));
    QVERIFY2(repair.outcome == RunOutcome::Succeeded, qPrintable(repair.message));
    m_runIds.insert(QStringLiteral("repair"), repair.runId);

    // Another user fixes the migration and applies it from the command line.
    m_project.write(QStringLiteral("003_t3"), QStringLiteral("CREATE TABLE t3 (id INT);\n"),
                    QStringLiteral("DROP TABLE t3;\n"));
    CliRunner bob;
    bob.setEnvironment(QStringLiteral("USER"), QStringLiteral("bob"));
    const QStringList target{QStringLiteral("--project"), m_project.migrationsDir(),  QStringLiteral("--url"),
                             m_project.urlText(),         QStringLiteral("--format"), QStringLiteral("json")};
    const CliRun bobsUp = bob.run(QStringList{QStringLiteral("up")} + target);
    QVERIFY2(bobsUp.exitCode == 0, qPrintable(bobsUp.all()));

    const RunResult down =
        session->run(planDownSteps(*session->status(&error), DatabaseKind::Sqlite, 1), testOptions("down"));
    QCOMPARE(down.outcome, RunOutcome::Succeeded);
    m_runIds.insert(QStringLiteral("down"), down.runId);

    // A laptop that dies during a long migration: the CLI applies 3 again, and is killed while it runs 4.
    m_project.write(
        QStringLiteral("004_slow"),
        QStringLiteral("CREATE TABLE slow AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n "
                       "WHERE x < 100000000) SELECT count(*) AS c FROM n;\n"),
        QStringLiteral("DROP TABLE slow;\n"));
    const CliRun killed = CliRunner().runUntilKilled(QStringList{QStringLiteral("up")} + target,
                                                     "\"type\":\"migration_started\",\"version\":\"4\"");
    QVERIFY2(!killed.err.contains(QStringLiteral("never printed")), qPrintable(killed.all()));

    m_trail = loadAuditTrail(*session, &error);
    QVERIFY2(m_trail, qPrintable(error));
    QCOMPARE(m_trail->runs.size(), 6);
    // The two CLI runs are the ones this test did not start itself.
    for (const AuditRun &run : m_trail->runs) {
        if (m_runIds.values().contains(run.runId))
            continue;
        m_runIds.insert(run.hasEnd() ? QStringLiteral("bob") : QStringLiteral("killed"), run.runId);
    }
    QCOMPARE(m_runIds.size(), 6);
    m_model.setRuns(m_trail->runs);
}

int TestHistoryModel::rowOf(const HistoryFilterModel &filter, const char *name) const
{
    for (int row = 0; row < filter.rowCount(); ++row)
        if (filter.runAt(row)->runId == m_runIds.value(QLatin1String(name)))
            return row;
    return -1;
}

void TestHistoryModel::newestFirst()
{
    HistoryFilterModel filter(&m_model);
    QStringList order;
    for (int row = 0; row < filter.rowCount(); ++row)
        order << m_runIds.key(filter.index(row, 0).data(RunIdRole).toString());
    QCOMPARE(order, (QStringList{"killed", "down", "bob", "repair", "failure", "success"}));
    for (int row = 1; row < filter.rowCount(); ++row)
        QVERIFY(filter.index(row - 1, 0).data(RunStartedRole).toDateTime()
                >= filter.index(row, 0).data(RunStartedRole).toDateTime());
}

void TestHistoryModel::rowsSayWhatEachRunDid()
{
    auto cell = [this](const char *name, int column) {
        return m_model.index(m_model.rowOf(m_runIds.value(QLatin1String(name))), column).data().toString();
    };
    QCOMPARE(cell("success", HistoryRunModel::Migrations), QStringLiteral("2 applied"));
    QCOMPARE(cell("success", HistoryRunModel::Outcome), QStringLiteral("Succeeded"));
    QCOMPARE(cell("success", HistoryRunModel::Tool), QStringLiteral("tst_historymodel"));
    QCOMPARE(cell("failure", HistoryRunModel::Migrations), QStringLiteral("1 failed")); // no "0 applied"
    QCOMPARE(cell("failure", HistoryRunModel::Outcome), QStringLiteral("Failed"));
    QCOMPARE(run("repair").repaired, 1);
    QCOMPARE(cell("repair", HistoryRunModel::Command), QStringLiteral("repair"));
    QCOMPARE(cell("repair", HistoryRunModel::Migrations), QStringLiteral("1 repaired"));
    QVERIFY(m_model.index(m_model.rowOf(run("repair").runId), 0)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("1 repaired")));
    QCOMPARE(cell("bob", HistoryRunModel::Tool), QStringLiteral("tidemark-cli"));
    QCOMPARE(cell("bob", HistoryRunModel::Command), QStringLiteral("up"));
    QVERIFY(cell("bob", HistoryRunModel::User).startsWith(QStringLiteral("bob@")));
    QCOMPARE(cell("bob", HistoryRunModel::Migrations), QStringLiteral("1 applied"));
    QCOMPARE(cell("down", HistoryRunModel::Migrations), QStringLiteral("1 rolled back"));
    QVERIFY(!cell("down", HistoryRunModel::Duration).isEmpty());
    QVERIFY(!cell("down", HistoryRunModel::Duration).startsWith(u'≥'));
}

void TestHistoryModel::aRunWithoutAnEndSaysSo()
{
    const AuditRun &killed = run("killed");
    QVERIFY(!killed.hasEnd());
    const QModelIndex outcome = m_model.index(m_model.rowOf(killed.runId), HistoryRunModel::Outcome);
    QCOMPARE(outcome.data().toString(), QStringLiteral("No end recorded"));
    QVERIFY(outcome.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(outcome.data(Qt::ToolTipRole).toString().contains(QStringLiteral("killed")));
    QCOMPARE(outcome.data(RunOutcomeRole).toString(), QString());
    // Its duration is only how far it got: at least that long.
    QVERIFY(m_model.index(outcome.row(), HistoryRunModel::Duration).data().toString().startsWith(u'≥'));
    QCOMPARE(killed.context.tool, QStringLiteral("tidemark-cli"));
    QCOMPARE(killed.applied, 1); // 3, before it was killed in 4
}

void TestHistoryModel::filterByPeriod()
{
    HistoryFilterModel filter(&m_model);
    QCOMPARE(filter.rowCount(), 6);
    filter.setPeriod(AuditPeriod::lastDays(7));
    QCOMPARE(filter.rowCount(), 6);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    filter.setPeriod({now.addDays(-30), now.addDays(-29)});
    QCOMPARE(filter.rowCount(), 0);
    // From just after the repair started: what came after it.
    filter.setPeriod({run("repair").startedAt.addMSecs(1), {}});
    QCOMPARE(filter.rowCount(), 3);
    QVERIFY(rowOf(filter, "bob") >= 0 && rowOf(filter, "down") >= 0 && rowOf(filter, "killed") >= 0);
}

void TestHistoryModel::filterByUser()
{
    HistoryFilterModel filter(&m_model);
    const QStringList actors = m_model.actors();
    QCOMPARE(actors.size(), 2);
    const QString bob = run("bob").actor;
    QVERIFY(actors.contains(bob));
    filter.setUser(bob);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(rowOf(filter, "bob"), 0);
    filter.setUser(run("success").actor);
    QCOMPARE(filter.rowCount(), 5);
    QCOMPARE(rowOf(filter, "bob"), -1);
}

void TestHistoryModel::filterByOutcome()
{
    HistoryFilterModel filter(&m_model);
    filter.setOutcome(QStringLiteral("failed"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(rowOf(filter, "failure"), 0);
    filter.setOutcome(QString()); // no end recorded
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(rowOf(filter, "killed"), 0);
    filter.setOutcome(QStringLiteral("succeeded"));
    QCOMPARE(filter.rowCount(), 4);
    filter.setOutcome(std::nullopt);
    QCOMPARE(filter.rowCount(), 6);
}

void TestHistoryModel::filterByMigration()
{
    HistoryFilterModel filter(&m_model);
    // Version 3 failed, was repaired, applied by bob and rolled back; the killed run planned it again.
    filter.setMigration(QStringLiteral("003"));
    QCOMPARE(filter.rowCount(), 5);
    QCOMPARE(rowOf(filter, "success"), -1);
    filter.setMigration(QStringLiteral("slow")); // description text: only the killed run planned it
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(rowOf(filter, "killed"), 0);
    filter.setMigration(QStringLiteral("T2")); // any case
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(rowOf(filter, "success"), 0);
    filter.setMigration({});
    QCOMPARE(filter.rowCount(), 6);
}

void TestHistoryModel::eventsOfARun()
{
    RunEventsModel events;
    events.setRun(run("failure"));
    QStringList types;
    int failRow = -1;
    for (int row = 0; row < events.rowCount(); ++row) {
        types << events.index(row, RunEventsModel::Event).data().toString();
        if (events.eventAt(row)->type == HistoryEvent::Type::Fail)
            failRow = row;
    }
    QVERIFY2(types.contains(QStringLiteral("Run started")) && types.constLast() == QStringLiteral("Run ended"),
             qPrintable(types.join(u',')));
    QVERIFY(failRow >= 0);
    QCOMPARE(events.index(failRow, RunEventsModel::Migration).data().toString(), QStringLiteral("3 t3"));
    const QString error = events.index(failRow, RunEventsModel::Details).data().toString();
    QCOMPARE(error, run("failure").events.at(failRow).error);
    QVERIFY2(error.contains(QStringLiteral("statement 2")) && error.contains(QStringLiteral("missing")),
             qPrintable(error));
    QVERIFY(events.index(events.rowCount() - 1, RunEventsModel::Details)
                .data()
                .toString()
                .startsWith(QStringLiteral("Failed")));

    // The killed run's last row says that nothing more was written.
    events.setRun(run("killed"));
    const int last = events.rowCount() - 1;
    QCOMPARE(last, run("killed").events.size());
    QVERIFY(!events.eventAt(last));
    QCOMPARE(events.index(last, RunEventsModel::Event).data().toString(), QStringLiteral("No end recorded"));
}

void TestHistoryModel::planOfARun()
{
    RunPlanModel plan;
    plan.setRun(run("success"));
    QCOMPARE(plan.rowCount(), 2);
    QCOMPARE(plan.index(0, RunPlanModel::Migration).data().toString(), QStringLiteral("1 t1"));
    QCOMPARE(plan.index(1, RunPlanModel::InThisRun).data().toString(), QStringLiteral("Applied"));
    plan.setRun(run("failure"));
    QCOMPARE(plan.rowCount(), 1);
    QCOMPARE(plan.index(0, RunPlanModel::InThisRun).data().toString(), QStringLiteral("Failed"));
    // Killed inside 4's transaction: the database kept no trace of 4 starting.
    plan.setRun(run("killed"));
    QCOMPARE(plan.rowCount(), 2);
    QCOMPARE(plan.index(0, RunPlanModel::InThisRun).data().toString(), QStringLiteral("Applied"));
    QCOMPARE(plan.index(1, RunPlanModel::Migration).data().toString(), QStringLiteral("4 slow"));
    QCOMPARE(plan.index(1, RunPlanModel::InThisRun).data().toString(), QStringLiteral("no outcome recorded"));
}

void TestHistoryModel::chartShowsEveryRunUnderItsOutcome()
{
    HistoryChart chart;
    chart.resize(800, 240);
    chart.setRuns(m_trail->runs, {});
    QCOMPARE(chart.runCount(QStringLiteral("succeeded")), 4);
    QCOMPARE(chart.runCount(QStringLiteral("failed")), 1);
    QCOMPARE(chart.runCount(QString()), 1);
    QCOMPARE(chart.runCount(QStringLiteral("cancelled")), 0);
    chart.setRuns({}, AuditPeriod::lastDays(30));
    QCOMPARE(chart.runCount(QStringLiteral("succeeded")), 0);
}

QTEST_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
