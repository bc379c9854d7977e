#include "testproject.h"

#include <QTest>

using namespace tidemark;
using tidemark::test::queryValue;
using tidemark::test::TestProject;

namespace {

struct Run
{
    RunResult result;
    QList<RunEvent> events;
};

Run up(Session &session, UpOptions options = {})
{
    QString error;
    const std::optional<ProjectStatus> status = session.status(&error);
    if (!status)
        qFatal("%s", qPrintable(error));
    Run run;
    RunOptions runOptions;
    runOptions.onEvent = [&run](const RunEvent &e) { run.events.append(e); };
    run.result = session.run(planUp(*status, DatabaseKind::Sqlite, options), runOptions);
    return run;
}

int count(const TestProject &p, const QString &sql)
{
    return queryValue(p.databasePath(), sql).toInt();
}

ProjectStatus statusOf(Session &session)
{
    QString error;
    return *session.status(&error);
}

QStringList labels(const Run &run)
{
    for (const RunEvent &e : run.events)
        if (e.type == RunEvent::Type::RunStarted)
            return e.plan;
    return {};
}

} // namespace

class TestConventionRuns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gooseStatementBlocksRunAsOneStatement()
    {
        TestProject p;
        p.writeFile(QStringLiteral("20240101000000_audit.sql"),
                    "-- +goose Up\n"
                    "CREATE TABLE orders (id INTEGER PRIMARY KEY, status TEXT);\n"
                    "CREATE TABLE audit (note TEXT);\n"
                    "-- +goose StatementBegin\n"
                    "CREATE TRIGGER orders_audit AFTER UPDATE ON orders BEGIN\n"
                    "  INSERT INTO audit VALUES ('one;');\n"
                    "  INSERT INTO audit VALUES ('two');\n"
                    "END;\n"
                    "-- +goose StatementEnd\n"
                    "INSERT INTO orders (status) VALUES ('new');\n"
                    "UPDATE orders SET status = 'paid';\n"
                    "\n"
                    "-- +goose Down\n"
                    "DROP TABLE audit;\n"
                    "DROP TABLE orders;\n");
        auto session = p.open();
        const Run run = up(*session);
        QCOMPARE(run.result.outcome, RunOutcome::Succeeded);
        QCOMPARE(count(p, "SELECT statements_total FROM tidemark_history"), 5);
        QCOMPARE(count(p, "SELECT COUNT(*) FROM audit"), 2);
    }

    void errorsPointAtTheLineInTheFile()
    {
        TestProject p;
        p.writeFile(QStringLiteral("20240101000000_broken.sql"),
                    "-- +goose Up\n"
                    "CREATE TABLE fine (id INT);\n"
                    "INSERT INTO missing VALUES (1);\n"
                    "-- +goose Down\n"
                    "DROP TABLE fine;\n");
        auto session = p.open();
        const Run run = up(*session);
        QCOMPARE(run.result.outcome, RunOutcome::Failed);
        QCOMPARE(run.result.failure->line, 3); // line 2 of the Up section is line 3 of the file
        QVERIFY2(run.result.failure->error.contains(QLatin1String("at line 3")), qPrintable(run.result.failure->error));
    }

    void gooseNoTransactionRunsWithout()
    {
        TestProject p;
        p.writeFile(QStringLiteral("001_vacuum.sql"),
                    "-- +goose NO TRANSACTION\n-- +goose Up\nCREATE TABLE t (id INT);\nVACUUM;\n-- +goose Down\nDROP TABLE t;\n");
        auto session = p.open();
        QString error;
        const Plan plan = planUp(*session->status(&error), DatabaseKind::Sqlite);
        QVERIFY(!plan.steps.constFirst().transactional);
        QCOMPARE(up(*session).result.outcome, RunOutcome::Succeeded);
    }

    void dbmateSectionsRunAndRollBack()
    {
        TestProject p;
        p.writeFile(QStringLiteral("20240101000000_users.sql"),
                    "-- migrate:up\nCREATE TABLE users (id INT);\n\n-- migrate:down\nDROP TABLE users;\n");
        auto session = p.open();
        QCOMPARE(up(*session).result.outcome, RunOutcome::Succeeded);
        QString error;
        RunOptions options;
        const RunResult down = session->run(planDownSteps(*session->status(&error), DatabaseKind::Sqlite, 1), options);
        QCOMPARE(down.outcome, RunOutcome::Succeeded);
        QCOMPARE(count(p, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'users'"), 0);
    }

    void flywayBaselineScriptRunsOnAnEmptyDatabase()
    {
        TestProject p;
        p.writeFile(QStringLiteral("V1__a.sql"), "CREATE TABLE a (id INT);\n");
        p.writeFile(QStringLiteral("V2__b.sql"), "CREATE TABLE b (id INT);\n");
        p.writeFile(QStringLiteral("B2__base.sql"), "CREATE TABLE a (id INT);\nCREATE TABLE b (id INT, from_baseline INT);\n");
        p.writeFile(QStringLiteral("V3__c.sql"), "CREATE TABLE c (id INT);\n");
        auto session = p.open();
        const Run run = up(*session);
        QCOMPARE(run.result.outcome, RunOutcome::Succeeded);
        QCOMPARE(labels(run), (QStringList{"up B2 base", "up 3 c"}));
        QCOMPARE(count(p, "SELECT COUNT(*) FROM pragma_table_info('b') WHERE name = 'from_baseline'"), 1);
        const ProjectStatus status = statusOf(*session);
        QCOMPARE(status.find(*Version::parse(u"1"))->state, MigrationState::Applied);
        QVERIFY(status.find(*Version::parse(u"1"))->coveredByBaseline);
        QCOMPARE(*status.currentVersion, *Version::parse(u"3"));
        QCOMPARE(up(*session).result.stepsDone, 0);
    }

    void ignoringBaselineScriptsRunsTheVersionedChain()
    {
        TestProject p;
        p.writeFile(QStringLiteral("V1_12_9__a.sql"), "CREATE TABLE a (id INT);\n");
        p.writeFile(QStringLiteral("V1_12_10__b.sql"), "CREATE TABLE b (id INT, a_first INT);\n");
        p.writeFile(QStringLiteral("B1_12_10__base.sql"), "CREATE TABLE a (id INT);\nCREATE TABLE b (id INT);\n");
        auto session = p.open();
        const Run run = up(*session, UpOptions{std::nullopt, false, true});
        QCOMPARE(labels(run), (QStringList{"up 1.12.9 a", "up 1.12.10 b"}));
        const ProjectStatus status = statusOf(*session);
        for (const MigrationStatus &m : status.migrations)
            if (m.kind == MigrationKind::Baseline)
                QVERIFY2(m.ignored, "a baseline script is ignored once versions are applied");
        QCOMPARE(up(*session).result.stepsDone, 0);
    }

    void repeatablesRunLastAndAgainWhenChanged()
    {
        TestProject p;
        p.writeFile(QStringLiteral("V1__t.sql"), "CREATE TABLE t (id INT, name TEXT);\n");
        p.writeFile(QStringLiteral("R__t_view.sql"), "DROP VIEW IF EXISTS t_view;\nCREATE VIEW t_view AS SELECT id FROM t;\n");
        auto session = p.open();
        QCOMPARE(labels(up(*session)), (QStringList{"up 1 t", "up R t view"}));
        QCOMPARE(up(*session).result.stepsDone, 0);

        p.writeFile(QStringLiteral("R__t_view.sql"),
                    "DROP VIEW IF EXISTS t_view;\nCREATE VIEW t_view AS SELECT id, name FROM t;\n");
        const ProjectStatus changed = statusOf(*session);
        const MigrationStatus &view = changed.migrations.constLast();
        QCOMPARE(view.kind, MigrationKind::Repeatable);
        QCOMPARE(view.state, MigrationState::Pending);
        QVERIFY(view.outdated);
        QCOMPARE(up(*session).result.stepsDone, 1);
        QCOMPARE(count(p, "SELECT COUNT(*) FROM pragma_table_info('t_view')"), 2);
        QCOMPARE(count(p, "SELECT COUNT(*) FROM tidemark_history WHERE kind = 'repeatable'"), 2);
        QCOMPARE(statusOf(*session).migrations.constLast().state, MigrationState::Applied);
    }
};

QTEST_GUILESS_MAIN(TestConventionRuns)
#include "tst_conventionruns.moc"
