// The runner on every database: ctest runs this suite on SQLite, PostgreSQL and MariaDB (TIDEMARK_TEST_BACKEND).
#include "testproject.h"

#include <QTest>

using namespace tidemark;
using tidemark::test::TestProject;

namespace {

struct Outcome
{
    RunResult result;
    RunLog log;
};

Outcome runPlan(Session &session, const std::function<Plan(const ProjectStatus &, DatabaseKind)> &planner,
                const std::atomic_bool *cancel = nullptr, const std::atomic_bool *stop = nullptr)
{
    Outcome outcome;
    RunOptions options;
    options.cancel = cancel;
    options.stopAfterCurrent = stop;
    options.onEvent = [&](const RunEvent &event) { outcome.log.append(event); };
    outcome.result = tidemark::test::runFreshPlan(
        session, [&](const ProjectStatus &status) { return planner(status, session.dialect().kind()); }, options);
    return outcome;
}

Outcome up(Session &session, std::optional<Version> to = std::nullopt)
{
    return runPlan(session, [&](const ProjectStatus &s, DatabaseKind d) { return planUp(s, d, to); });
}

Outcome downSteps(Session &session, int steps)
{
    return runPlan(session, [&](const ProjectStatus &s, DatabaseKind d) { return planDownSteps(s, d, steps); });
}

QString appliedVersions(const TestProject &p)
{
    return p.column(QStringLiteral("SELECT version FROM tidemark_history ORDER BY installed_rank")).join(u',');
}

void writeThree(const TestProject &p)
{
    p.write(QStringLiteral("001_customers"),
            QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(100));\n"),
            QStringLiteral("DROP TABLE customers;\n"));
    p.write(QStringLiteral("002_orders"),
            QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER);\n"
                           "INSERT INTO customers (id, name) VALUES (1, 'Ann; the first');\n"),
            QStringLiteral("DROP TABLE orders;\nDELETE FROM customers;\n"));
    p.write(QStringLiteral("010_items"), QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY);\n"),
            QStringLiteral("DROP TABLE items;\n"));
}

// A table, a trigger whose body holds two statements and a CASE … END, and rows that fire it.
QString triggerScript(DatabaseKind dialect)
{
    const QString tables = QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, status VARCHAR(20));\n"
                                          "CREATE TABLE audit (order_id INTEGER, note VARCHAR(50));\n");
    const QString rows = QStringLiteral("INSERT INTO orders (id, status) VALUES (1, 'new');\n"
                                        "UPDATE orders SET status = 'paid';\n");
    switch (dialect) {
    case DatabaseKind::Sqlite:
        return tables
               + QStringLiteral("CREATE TRIGGER orders_audit AFTER UPDATE ON orders\nBEGIN\n"
                                "  INSERT INTO audit VALUES (NEW.id, 'was ' || OLD.status || ';');\n"
                                "  INSERT INTO audit VALUES (NEW.id, CASE WHEN NEW.status = 'x' THEN 'bad' ELSE 'ok' END);\n"
                                "END;\n")
               + rows;
    case DatabaseKind::Postgres:
        return tables
               + QStringLiteral("CREATE FUNCTION audit_order() RETURNS trigger LANGUAGE plpgsql AS $fn$\nBEGIN\n"
                                "  INSERT INTO audit VALUES (NEW.id, 'was ' || OLD.status || ';');\n"
                                "  INSERT INTO audit VALUES (NEW.id, CASE WHEN NEW.status = 'x' THEN 'bad' ELSE 'ok' END);\n"
                                "  RETURN NEW;\nEND\n$fn$;\n"
                                "CREATE TRIGGER orders_audit AFTER UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION audit_order();\n")
               + rows;
    case DatabaseKind::MySql:
        return tables
               + QStringLiteral("CREATE TRIGGER orders_audit AFTER UPDATE ON orders FOR EACH ROW\nBEGIN\n"
                                "  INSERT INTO audit VALUES (NEW.id, CONCAT('was ', OLD.status, ';'));\n"
                                "  INSERT INTO audit VALUES (NEW.id, CASE WHEN NEW.status = 'x' THEN 'bad' ELSE 'ok' END);\n"
                                "END;\n")
               + rows;
    }
    return {};
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
        QCOMPARE(appliedVersions(p), QStringLiteral("1,2,10"));
        QCOMPARE(p.value("SELECT down_sql FROM tidemark_history WHERE version = '1'").toString(),
                 QStringLiteral("DROP TABLE customers;\n"));
        QVERIFY(p.value("SELECT up_sql FROM tidemark_history WHERE version = '2'")
                    .toString()
                    .contains(QLatin1String("'Ann; the first'")));
        QCOMPARE(p.value("SELECT name FROM customers").toString(), QStringLiteral("Ann; the first"));
        QCOMPARE(p.count("SELECT statements_done FROM tidemark_history WHERE version = '2'"), 2);
        QVERIFY(!p.value("SELECT applied_by FROM tidemark_history WHERE version = '1'").toString().isEmpty());
        QCOMPARE(p.count("SELECT COUNT(*) FROM tidemark_events WHERE event = 'apply'"), 3);

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
        QVERIFY(!p.tableExists(QStringLiteral("items")));
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
        const Outcome o = downSteps(*session, 2);
        QCOMPARE(o.result.outcome, RunOutcome::Succeeded);
        QCOMPARE(o.result.stepsDone, 2);
        QCOMPARE(appliedVersions(p), QStringLiteral("1"));
        QVERIFY(!p.tableExists(QStringLiteral("orders")));
        QVERIFY(!p.tableExists(QStringLiteral("items")));
        QCOMPARE(p.count("SELECT COUNT(*) FROM customers"), 0);
        QCOMPARE(p.count("SELECT COUNT(*) FROM tidemark_events WHERE event = 'rollback'"), 2);
    }

    void downToZeroRollsBackEverything()
    {
        TestProject p;
        writeThree(p);
        auto session = p.open();
        up(*session);
        const Outcome o = runPlan(*session, [](const ProjectStatus &s, DatabaseKind d) { return planDownTo(s, d, v("0")); });
        QCOMPARE(o.result.stepsDone, 3);
        QCOMPARE(p.count("SELECT COUNT(*) FROM tidemark_history"), 0);
        for (const char *table : {"customers", "orders", "items"})
            QVERIFY2(!p.tableExists(QLatin1String(table)), table);
    }

    void gotoGoesDownAndUp()
    {
        TestProject p;
        writeThree(p);
        auto session = p.open();
        up(*session);
        Outcome o = runPlan(*session, [](const ProjectStatus &s, DatabaseKind d) { return planGoto(s, d, v("1")); });
        QCOMPARE(o.result.stepsDone, 2);
        QCOMPARE(appliedVersions(p), QStringLiteral("1"));
        o = runPlan(*session, [](const ProjectStatus &s, DatabaseKind d) { return planGoto(s, d, v("2")); });
        QCOMPARE(o.result.stepsDone, 1);
        QCOMPARE(appliedVersions(p), QStringLiteral("1,2"));
    }

    // Where DDL is transactional nothing of a failed migration stays; on MariaDB DDL commits at once, so the
    // statements that ran stay done and the history says exactly how far it got.
    void failedMigrationLeavesAConsistentHistory()
    {
        TestProject p;
        p.write(QStringLiteral("001_ok"), QStringLiteral("CREATE TABLE ok_table (id INTEGER);\n"),
                QStringLiteral("DROP TABLE ok_table;\n"));
        p.write(QStringLiteral("002_broken"),
                QStringLiteral("-- creates half of something\nCREATE TABLE half (id INTEGER);\n\n"
                               "INSERT INTO nowhere VALUES (1);\n"),
                QStringLiteral("DROP TABLE half;\n"));
        auto session = p.open();
        const Outcome o = up(*session);
        QCOMPARE(o.result.outcome, RunOutcome::Failed);
        QCOMPARE(o.result.stepsDone, 1);
        QVERIFY(o.result.failure);
        QCOMPARE(o.result.failure->line, 4);
        QCOMPARE(o.result.failure->statementIndex, 1);
        QVERIFY2(o.result.failure->error.contains(QLatin1String("002_broken.up.sql")), qPrintable(o.result.failure->error));
        QVERIFY2(o.result.failure->error.contains(QLatin1String("nowhere")), qPrintable(o.result.failure->error));
        QCOMPARE(p.count("SELECT COUNT(*) FROM tidemark_events WHERE event = 'fail' AND version = '2'"), 1);
        QString error;
        const MigrationStatus failed = *session->status(&error)->find(v("2"));
        QCOMPARE(failed.state, MigrationState::Failed);
        QVERIFY(failed.lastFailure->error.contains(QLatin1String("nowhere")));
        QCOMPARE(failed.lastFailure->errorStatement, 2); // kept as values, not only in the message's words
        QCOMPARE(failed.lastFailure->errorLine, 4);

        if (p.transactionalDdl()) {
            QVERIFY(!p.tableExists(QStringLiteral("half")));
            QCOMPARE(p.count("SELECT COUNT(*) FROM tidemark_history WHERE version = '2'"), 0);
        } else {
            QVERIFY(p.tableExists(QStringLiteral("half")));
            QCOMPARE(failed.applied->statementsDone, 1);
            QCOMPARE(failed.applied->statementsTotal, 2);
            QVERIFY(planUp(*session->status(&error), p.dialect()).refused()); // until the DBA settles it
            QVERIFY(p.exec(QStringLiteral("DROP TABLE half")));
            QCOMPARE(session->repair(failed, RepairAction::MarkRolledBack, {}).outcome, RunOutcome::Succeeded);
        }
        // Fixing the file and running again applies it; the last word is then "apply".
        p.write(QStringLiteral("002_broken"), QStringLiteral("CREATE TABLE half (id INTEGER);\n"),
                QStringLiteral("DROP TABLE half;\n"));
        QCOMPARE(up(*session).result.outcome, RunOutcome::Succeeded);
        QCOMPARE(session->status(&error)->find(v("2"))->state, MigrationState::Applied);
    }

    void triggerAndFunctionBodiesAreKeptWhole()
    {
        TestProject p;
        p.write(QStringLiteral("001_audit"), triggerScript(p.dialect()),
                QStringLiteral("DROP TABLE audit;\nDROP TABLE orders;\n"));
        auto session = p.open();
        const Outcome o = up(*session);
        QVERIFY2(o.result.outcome == RunOutcome::Succeeded, qPrintable(o.result.message));
        QCOMPARE(p.count("SELECT statements_total FROM tidemark_history"), p.dialect() == DatabaseKind::Postgres ? 6 : 5);
        QCOMPARE(p.count("SELECT COUNT(*) FROM audit"), 2);
        QCOMPARE(p.value("SELECT note FROM audit WHERE note LIKE 'was%'").toString(), QStringLiteral("was new;"));
    }

    void eventsTableIsAppendOnly()
    {
        TestProject p;
        writeThree(p);
        auto session = p.open();
        up(*session);
        QVERIFY(!p.exec(QStringLiteral("DELETE FROM tidemark_events")));
        QVERIFY(!p.exec(QStringLiteral("UPDATE tidemark_events SET actor = 'someone else'")));
        QCOMPARE(p.count("SELECT COUNT(*) FROM tidemark_events WHERE event = 'apply'"), 3);
    }

    void cancelStopsBeforeTheFirstStatement()
    {
        TestProject p;
        writeThree(p);
        auto session = p.open();
        const std::atomic_bool cancel = true;
        const Outcome o = runPlan(*session, [](const ProjectStatus &s, DatabaseKind d) { return planUp(s, d); }, &cancel);
        QCOMPARE(o.result.outcome, RunOutcome::Cancelled);
        QCOMPARE(p.count("SELECT COUNT(*) FROM tidemark_history"), 0);
        QVERIFY(!p.tableExists(QStringLiteral("customers")));
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
        const RunResult result = session->run(planUp(*session->status(&error), p.dialect()), options);
        QCOMPARE(result.outcome, RunOutcome::Stopped);
        QCOMPARE(result.stepsDone, 1);
        QCOMPARE(p.count("SELECT COUNT(*) FROM tidemark_history"), 1);
    }

    void downUsesTheStoredScriptWhenTheFileWasEdited()
    {
        TestProject p;
        writeThree(p);
        auto session = p.open();
        up(*session);
        p.write(QStringLiteral("010_items"), QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, sku VARCHAR(20));\n"),
                QStringLiteral("DROP TABLE not_what_ran;\n"));
        QString error;
        QCOMPARE(session->status(&error)->find(v("10"))->state, MigrationState::Modified);
        QCOMPARE(downSteps(*session, 1).result.outcome, RunOutcome::Succeeded);
        QVERIFY(!p.tableExists(QStringLiteral("items")));
    }

    void migrationWithoutDownIsNotRolledBack()
    {
        TestProject p;
        p.write(QStringLiteral("001_only_up"), QStringLiteral("CREATE TABLE t (id INTEGER);\n"));
        auto session = p.open();
        up(*session);
        const Outcome o = downSteps(*session, 1);
        QCOMPARE(o.result.outcome, RunOutcome::Refused);
        QVERIFY(o.result.message.contains(QLatin1String("no down script")));
        QCOMPARE(p.count("SELECT COUNT(*) FROM tidemark_history"), 1);
    }

    void downToStopsAtAMigrationWithoutADown()
    {
        TestProject p;
        p.write(QStringLiteral("001_init"), QStringLiteral("CREATE TABLE base (id INTEGER);\n"));
        p.write(QStringLiteral("002_more"), QStringLiteral("CREATE TABLE more_t (id INTEGER);\n"),
                QStringLiteral("DROP TABLE more_t;\n"));
        auto session = p.open();
        up(*session);
        QString error;
        const Plan plan = planDownTo(*session->status(&error), p.dialect(), v("0"));
        QVERIFY(!plan.refused());
        QCOMPARE(plan.steps.size(), 2);
        QVERIFY2(plan.steps.constLast().label().contains(QLatin1String("no down script")),
                 qPrintable(plan.steps.constLast().label()));
        const Outcome o = runPlan(*session, [](const ProjectStatus &s, DatabaseKind d) { return planDownTo(s, d, v("0")); });
        QCOMPARE(o.result.outcome, RunOutcome::Failed);
        QCOMPARE(o.result.stepsDone, 1);
        QVERIFY(o.result.message.contains(QLatin1String("1 init has no down script")));
        QCOMPARE(appliedVersions(p), QStringLiteral("1"));
        QCOMPARE(session->status(&error)->find(v("1"))->state, MigrationState::Applied);
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
