#include "testproject.h"

#include <QSignalSpy>
#include <QTest>

using namespace tidemark;
using tidemark::test::queryValue;
using tidemark::test::TestProject;

namespace {

struct Outcome
{
    RunResult result;
    RunLog log;
};

Outcome runPlan(Session &session, const std::function<Plan(const ProjectStatus &)> &planner,
                const std::atomic_bool *cancel = nullptr, const std::atomic_bool *stop = nullptr)
{
    QString error;
    const std::optional<ProjectStatus> status = session.status(&error);
    if (!status)
        qFatal("status failed: %s", qPrintable(error));
    Outcome outcome;
    RunOptions options;
    options.cancel = cancel;
    options.stopAfterCurrent = stop;
    options.onEvent = [&](const RunEvent &event) { outcome.log.append(event); };
    outcome.result = session.run(planner(*status), options);
    return outcome;
}

Outcome up(Session &session, std::optional<Version> to = std::nullopt)
{
    return runPlan(session, [&](const ProjectStatus &s) { return planUp(s, SqlDialect::Sqlite, to); });
}

int count(const TestProject &project, const QString &sql)
{
    return queryValue(project.databasePath(), sql).toInt();
}

void writeThree(const TestProject &p)
{
    p.write(QStringLiteral("001_customers"), QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT);\n"),
            QStringLiteral("DROP TABLE customers;\n"));
    p.write(QStringLiteral("002_orders"),
            QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INT REFERENCES customers(id));\n"
                           "INSERT INTO customers (name) VALUES ('Ann; the first');\n"),
            QStringLiteral("DROP TABLE orders;\nDELETE FROM customers;\n"));
    p.write(QStringLiteral("010_items"), QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY);\n"),
            QStringLiteral("DROP TABLE items;\n"));
}

Version v(const char *text)
{
    return *Version::parse(QString::fromLatin1(text));
}

} // namespace

class TestRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void upAppliesPendingInVersionOrderAndRecordsWhatRan()
    {
        TestProject p;
        writeThree(p);
        auto session = p.open();
        const Outcome o = up(*session);
        QCOMPARE(o.result.outcome, RunOutcome::Succeeded);
        QCOMPARE(o.result.stepsDone, 3);
        QCOMPARE(count(p, "SELECT COUNT(*) FROM tidemark_history"), 3);
        QCOMPARE(queryValue(p.databasePath(), "SELECT group_concat(version, ',') FROM "
                                              "(SELECT version FROM tidemark_history ORDER BY installed_rank)")
                     .toString(),
                 QStringLiteral("1,2,10"));
        QCOMPARE(queryValue(p.databasePath(), "SELECT down_sql FROM tidemark_history WHERE version = '1'").toString(),
                 QStringLiteral("DROP TABLE customers;\n"));
        QVERIFY(queryValue(p.databasePath(), "SELECT up_sql FROM tidemark_history WHERE version = '2'")
                    .toString()
                    .contains(QLatin1String("'Ann; the first'")));
        QCOMPARE(queryValue(p.databasePath(), "SELECT name FROM customers").toString(), QStringLiteral("Ann; the first"));
        QCOMPARE(count(p, "SELECT statements_done FROM tidemark_history WHERE version = '2'"), 2);
        QVERIFY(!queryValue(p.databasePath(), "SELECT applied_by FROM tidemark_history LIMIT 1").toString().isEmpty());
        QCOMPARE(count(p, "SELECT COUNT(*) FROM tidemark_events WHERE event = 'apply'"), 3);
        QCOMPARE(count(p, "SELECT COUNT(*) FROM tidemark_lock"), 0); // released

        const Outcome again = up(*session);
        QCOMPARE(again.result.outcome, RunOutcome::Succeeded);
        QCOMPARE(again.result.stepsDone, 0);
    }

    void upToStopsAtTheTarget()
    {
        TestProject p;
        writeThree(p);
        auto session = p.open();
        QCOMPARE(up(*session, v("2")).result.stepsDone, 2);
        QCOMPARE(count(p, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'items'"), 0);
    }

    void upToAnUnknownVersionIsRefused()
    {
        TestProject p;
        writeThree(p);
        auto session = p.open();
        const Outcome o = up(*session, v("3"));
        QCOMPARE(o.result.outcome, RunOutcome::Refused);
        QVERIFY(o.result.message.contains(QLatin1String("no migration with version 3")));
    }

    void downStepsRollsBackTheNewestFirst()
    {
        TestProject p;
        writeThree(p);
        auto session = p.open();
        up(*session);
        const Outcome o = runPlan(*session, [](const ProjectStatus &s) { return planDownSteps(s, SqlDialect::Sqlite, 2); });
        QCOMPARE(o.result.outcome, RunOutcome::Succeeded);
        QCOMPARE(o.result.stepsDone, 2);
        QCOMPARE(queryValue(p.databasePath(), "SELECT group_concat(version) FROM tidemark_history").toString(),
                 QStringLiteral("1"));
        QCOMPARE(count(p, "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('orders', 'items')"), 0);
        QCOMPARE(count(p, "SELECT COUNT(*) FROM customers"), 0);
        QCOMPARE(count(p, "SELECT COUNT(*) FROM tidemark_events WHERE event = 'rollback'"), 2);
    }

    void downToZeroRollsBackEverything()
    {
        TestProject p;
        writeThree(p);
        auto session = p.open();
        up(*session);
        const Outcome o = runPlan(*session, [](const ProjectStatus &s) { return planDownTo(s, SqlDialect::Sqlite, v("0")); });
        QCOMPARE(o.result.stepsDone, 3);
        QCOMPARE(count(p, "SELECT COUNT(*) FROM tidemark_history"), 0);
        QCOMPARE(count(p, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'tidemark%' "
                          "AND name <> 'sqlite_sequence'"),
                 0);
    }

    void gotoGoesDownAndUp()
    {
        TestProject p;
        writeThree(p);
        auto session = p.open();
        up(*session);
        Outcome o = runPlan(*session, [](const ProjectStatus &s) { return planGoto(s, SqlDialect::Sqlite, v("1")); });
        QCOMPARE(o.result.stepsDone, 2);
        QCOMPARE(queryValue(p.databasePath(), "SELECT group_concat(version) FROM tidemark_history").toString(),
                 QStringLiteral("1"));
        o = runPlan(*session, [](const ProjectStatus &s) { return planGoto(s, SqlDialect::Sqlite, v("2")); });
        QCOMPARE(o.result.stepsDone, 1);
        QCOMPARE(queryValue(p.databasePath(), "SELECT group_concat(version) FROM tidemark_history").toString(),
                 QStringLiteral("1,2"));
    }

    void failedMigrationIsRolledBackWithOnlyAFailEvent()
    {
        TestProject p;
        p.write(QStringLiteral("001_ok"), QStringLiteral("CREATE TABLE ok (id INT);\n"), QStringLiteral("DROP TABLE ok;\n"));
        p.write(QStringLiteral("002_broken"),
                QStringLiteral("-- creates half of something\nCREATE TABLE half (id INT);\n\nINSERT INTO nowhere VALUES (1);\n"),
                QStringLiteral("DROP TABLE half;\n"));
        auto session = p.open();
        const Outcome o = up(*session);
        QCOMPARE(o.result.outcome, RunOutcome::Failed);
        QCOMPARE(o.result.stepsDone, 1);
        QVERIFY(o.result.failure);
        QCOMPARE(o.result.failure->line, 4);
        QCOMPARE(o.result.failure->statementIndex, 1);
        QVERIFY2(o.result.failure->error.contains(QLatin1String("002_broken.up.sql")), qPrintable(o.result.failure->error));
        QVERIFY2(o.result.failure->error.contains(QLatin1String("no such table: nowhere")), qPrintable(o.result.failure->error));
        QCOMPARE(count(p, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'half'"), 0);
        QCOMPARE(count(p, "SELECT COUNT(*) FROM tidemark_history WHERE version = '2'"), 0);
        QCOMPARE(count(p, "SELECT COUNT(*) FROM tidemark_events WHERE event = 'fail' AND version = '2'"), 1);

        QString error;
        QCOMPARE(session->status(&error)->find(v("2"))->state, MigrationState::Failed);

        // Fixing the file and running again applies it; the last word is then "apply".
        p.write(QStringLiteral("002_broken"), QStringLiteral("CREATE TABLE half (id INT);\n"),
                QStringLiteral("DROP TABLE half;\n"));
        QCOMPARE(up(*session).result.outcome, RunOutcome::Succeeded);
        QCOMPARE(session->status(&error)->find(v("2"))->state, MigrationState::Applied);
    }

    void triggerBodiesAreKeptWhole()
    {
        TestProject p;
        p.write(QStringLiteral("001_audit"),
                QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, status TEXT);\n"
                               "CREATE TABLE audit (order_id INT, note TEXT);\n"
                               "CREATE TRIGGER orders_audit AFTER UPDATE ON orders\n"
                               "BEGIN\n"
                               "  INSERT INTO audit VALUES (NEW.id, 'was ' || OLD.status || ';');\n"
                               "  INSERT INTO audit VALUES (NEW.id, CASE WHEN NEW.status = 'x' THEN 'bad' ELSE 'ok' END);\n"
                               "END;\n"
                               "INSERT INTO orders (status) VALUES ('new');\n"
                               "UPDATE orders SET status = 'paid';\n"),
                QStringLiteral("DROP TABLE audit;\nDROP TABLE orders;\n"));
        auto session = p.open();
        const Outcome o = up(*session);
        QCOMPARE(o.result.outcome, RunOutcome::Succeeded);
        QCOMPARE(count(p, "SELECT statements_total FROM tidemark_history"), 5);
        QCOMPARE(count(p, "SELECT COUNT(*) FROM audit"), 2);
        QCOMPARE(queryValue(p.databasePath(), "SELECT note FROM audit WHERE note LIKE 'was%'").toString(),
                 QStringLiteral("was new;"));
    }

    void eventsTableIsAppendOnly()
    {
        TestProject p;
        writeThree(p);
        auto session = p.open();
        up(*session);
        queryValue(p.databasePath(), "DELETE FROM tidemark_events");
        queryValue(p.databasePath(), "UPDATE tidemark_events SET actor = 'someone else'");
        QCOMPARE(count(p, "SELECT COUNT(*) FROM tidemark_events"), 3);
        QCOMPARE(count(p, "SELECT COUNT(*) FROM tidemark_events WHERE actor = 'someone else'"), 0);
    }

    void cancelRollsBackTheCurrentMigration()
    {
        TestProject p;
        writeThree(p);
        auto session = p.open();
        const std::atomic_bool cancel = true;
        const Outcome o = runPlan(*session, [](const ProjectStatus &s) { return planUp(s, SqlDialect::Sqlite); }, &cancel);
        QCOMPARE(o.result.outcome, RunOutcome::Cancelled);
        QCOMPARE(count(p, "SELECT COUNT(*) FROM tidemark_history"), 0);
        QCOMPARE(count(p, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'customers'"), 0);
    }

    void stopAfterCurrentFinishesTheRunningMigrationOnly()
    {
        TestProject p;
        writeThree(p);
        auto session = p.open();
        std::atomic_bool stop = false;
        QString error;
        RunOptions options;
        options.stopAfterCurrent = &stop;
        options.onEvent = [&](const RunEvent &e) {
            if (e.type == RunEvent::Type::MigrationStarted)
                stop = true; // asked while the first one runs
        };
        const RunResult result = session->run(planUp(*session->status(&error), SqlDialect::Sqlite), options);
        QCOMPARE(result.outcome, RunOutcome::Stopped);
        QCOMPARE(result.stepsDone, 1);
        QCOMPARE(count(p, "SELECT COUNT(*) FROM tidemark_history"), 1);
    }

    void downUsesTheStoredScriptWhenTheFileWasEdited()
    {
        TestProject p;
        writeThree(p);
        auto session = p.open();
        up(*session);
        p.write(QStringLiteral("010_items"), QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, sku TEXT);\n"),
                QStringLiteral("DROP TABLE not_what_ran;\n"));
        QString error;
        QCOMPARE(session->status(&error)->find(v("10"))->state, MigrationState::Modified);
        const Outcome o = runPlan(*session, [](const ProjectStatus &s) { return planDownSteps(s, SqlDialect::Sqlite, 1); });
        QCOMPARE(o.result.outcome, RunOutcome::Succeeded);
        QCOMPARE(count(p, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'items'"), 0);
    }

    void migrationWithoutDownIsNotRolledBack()
    {
        TestProject p;
        p.write(QStringLiteral("001_only_up"), QStringLiteral("CREATE TABLE t (id INT);\n"));
        auto session = p.open();
        up(*session);
        const Outcome o = runPlan(*session, [](const ProjectStatus &s) { return planDownSteps(s, SqlDialect::Sqlite, 1); });
        QCOMPARE(o.result.outcome, RunOutcome::Refused);
        QVERIFY(o.result.message.contains(QLatin1String("no down script")));
        QCOMPARE(count(p, "SELECT COUNT(*) FROM tidemark_history"), 1);
    }

    void runLogHasTypedEventsAsJsonLines()
    {
        TestProject p;
        writeThree(p);
        auto session = p.open();
        const Outcome o = up(*session);
        const QList<QByteArray> lines = o.log.toJsonLines().trimmed().split('\n');
        QCOMPARE(lines.size(), o.log.events().size());
        QVERIFY(lines.constFirst().contains("\"type\":\"run_started\""));
        QVERIFY(lines.constFirst().contains("up 1 customers"));
        QVERIFY(lines.constLast().contains("\"type\":\"run_finished\""));
        int statements = 0;
        for (const RunEvent &e : o.log.events())
            if (e.type == RunEvent::Type::StatementExecuted) {
                ++statements;
                QVERIFY(e.line > 0);
                QCOMPARE(e.runId, o.result.runId);
            }
        QCOMPARE(statements, 4);
    }
};

QTEST_GUILESS_MAIN(TestRunner)
#include "tst_runner.moc"
