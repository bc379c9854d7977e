// The engine and tidemark-cli against a real PostgreSQL (tests/harness/servers.sh), each test on a fresh database.
#include "clirunner.h"
#include "database/postgreslock.h"
#include "testproject.h"
#include "testservers.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace tidemark;
using tidemark::test::CliRun;
using tidemark::test::CliRunner;
using tidemark::test::runFreshPlan;
using tidemark::test::TestDatabase;
using tidemark::test::TestProject;
using tidemark::test::writeTableMigrations;

namespace {

Version v(int n)
{
    return *Version::parse(QString::number(n));
}

const QString touchUp = QStringLiteral(
    "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$\n"
    "BEGIN NEW.name := upper(NEW.name); RETURN NEW; END;\n$$;\n"
    "CREATE TRIGGER customers_touch BEFORE INSERT ON customers FOR EACH ROW EXECUTE FUNCTION touch();\n");

const QString moodUp = QStringLiteral("CREATE TYPE mood AS ENUM ('sad', 'ok');\nCREATE TABLE feelings (m mood);\n");

void writeThree(const TestProject &p)
{
    p.write(QStringLiteral("001_customers"),
            QStringLiteral("CREATE TABLE customers (id SERIAL PRIMARY KEY, name TEXT NOT NULL);\n"
                           "INSERT INTO customers (name) VALUES ('Ann; the first');\n"),
            QStringLiteral("DROP TABLE customers;\n"));
    p.write(QStringLiteral("002_touch"), touchUp,
            QStringLiteral("DROP TRIGGER customers_touch ON customers;\nDROP FUNCTION touch();\n"));
    p.write(QStringLiteral("003_orders"),
            QStringLiteral("CREATE TABLE orders (id SERIAL PRIMARY KEY, customer_id INT REFERENCES customers(id));\n"),
            QStringLiteral("DROP TABLE orders;\n"));
}

QStringList upArguments(const TestProject &p, const TestDatabase &db, const QString &query = QString())
{
    return {QStringLiteral("up"), QStringLiteral("--project"), p.migrationsDir(), QStringLiteral("--url"),
            db.urlText(query)};
}

} // namespace

class TestPostgres : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        tidemark::test::TestServers::instance(); // stops here, saying why, when the servers are not running
    }

    void upDownAndGotoKeepHistoryAndEvents()
    {
        TestProject p;
        writeThree(p);
        TestDatabase db(DatabaseKind::Postgres);
        auto session = db.open(p.project());
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);

        RunResult result = runFreshPlan(*session, [](const ProjectStatus &s) { return planUp(s, DatabaseKind::Postgres); });
        QCOMPARE(result.outcome, RunOutcome::Succeeded);
        QCOMPARE(result.stepsDone, 3);
        QCOMPARE(db.value("SELECT string_agg(version, ',' ORDER BY installed_rank) FROM tidemark_history").toString(),
                 QStringLiteral("1,2,3"));
        QCOMPARE(db.count("SELECT COUNT(*) FROM tidemark_events WHERE event = 'apply'"), 3);
        QCOMPARE(db.count("SELECT COUNT(*) FROM tidemark_history WHERE statements_done = statements_total"), 3);
        QCOMPARE(db.value("SELECT up_sql FROM tidemark_history WHERE version = '2'").toString(), touchUp);
        QVERIFY(db.value("SELECT applied_by FROM tidemark_history WHERE version = '1'").toString().endsWith(
            QLatin1String(" as tidemark")));
        // The trigger body with its dollar quotes ran whole.
        QVERIFY(db.exec("INSERT INTO customers (name) VALUES ('bob')"));
        QCOMPARE(db.value("SELECT name FROM customers ORDER BY id DESC LIMIT 1").toString(), QStringLiteral("BOB"));

        // Times are stored and read back as UTC, whatever the zone of this process (ctest sets TZ).
        QString error;
        std::optional<ProjectStatus> status = session->status(&error);
        QVERIFY2(status, qPrintable(error));
        const QDateTime appliedAt = status->find(v(1))->applied->appliedAt;
        QCOMPARE(appliedAt.timeSpec(), Qt::UTC);
        QVERIFY2(appliedAt >= before && appliedAt <= QDateTime::currentDateTimeUtc().addSecs(2),
                 qPrintable(appliedAt.toString(Qt::ISODateWithMs)));
        QVERIFY(db.value("SELECT abs(extract(epoch FROM now() - applied_at)) < 60 FROM tidemark_history "
                         "WHERE version = '1'")
                    .toBool());

        result = runFreshPlan(*session, [](const ProjectStatus &s) { return planDownSteps(s, DatabaseKind::Postgres, 1); });
        QCOMPARE(result.outcome, RunOutcome::Succeeded);
        QCOMPARE(db.count("SELECT COUNT(*) FROM tidemark_history"), 2);
        QCOMPARE(db.count("SELECT COUNT(*) FROM pg_tables WHERE tablename = 'orders'"), 0);
        QCOMPARE(db.count("SELECT COUNT(*) FROM tidemark_events WHERE event = 'rollback' AND version = '3'"), 1);

        result = runFreshPlan(*session, [](const ProjectStatus &s) { return planGoto(s, DatabaseKind::Postgres, v(1)); });
        QCOMPARE(result.outcome, RunOutcome::Succeeded);
        QCOMPARE(db.value("SELECT string_agg(version, ',') FROM tidemark_history").toString(), QStringLiteral("1"));
        QCOMPARE(db.count("SELECT COUNT(*) FROM pg_proc WHERE proname = 'touch'"), 0);

        result = runFreshPlan(*session, [](const ProjectStatus &s) { return planGoto(s, DatabaseKind::Postgres, v(3)); });
        QCOMPARE(result.outcome, RunOutcome::Succeeded);
        QCOMPARE(db.value("SELECT string_agg(version, ',' ORDER BY installed_rank) FROM tidemark_history").toString(),
                 QStringLiteral("1,2,3"));
        QCOMPARE(db.value("SELECT string_agg(event || ' ' || version, ', ' ORDER BY id) FROM tidemark_events "
                          "WHERE event IN ('apply', 'rollback')")
                     .toString(),
                 QStringLiteral("apply 1, apply 2, apply 3, rollback 3, rollback 2, apply 2, apply 3"));
        status = session->status(&error);
        QCOMPARE(status->currentVersion, v(3));
    }

    void eventsAreAppendOnly()
    {
        TestProject p;
        writeTableMigrations(p, 1);
        TestDatabase db(DatabaseKind::Postgres);
        auto session = db.open(p.project());
        QCOMPARE(runFreshPlan(*session, [](const ProjectStatus &s) { return planUp(s, DatabaseKind::Postgres); }).outcome,
                 RunOutcome::Succeeded);
        QString error;
        QVERIFY(!db.exec("UPDATE tidemark_events SET actor = 'mallory'", &error));
        QVERIFY2(error.contains(QLatin1String("append-only")), qPrintable(error));
        QVERIFY(!db.exec("DELETE FROM tidemark_events", &error));
        QVERIFY(!db.exec("TRUNCATE tidemark_events", &error));
        QCOMPARE(db.count("SELECT COUNT(*) FROM tidemark_events WHERE event = 'apply'"), 1);
        // Creating the tables again (every run does) keeps the guard and does not fail.
        QCOMPARE(runFreshPlan(*session, [](const ProjectStatus &s) { return planDownSteps(s, DatabaseKind::Postgres, 1); })
                     .outcome,
                 RunOutcome::Succeeded);
        QCOMPARE(db.count("SELECT COUNT(*) FROM pg_trigger WHERE tgrelid = 'tidemark_events'::regclass "
                          "AND NOT tgisinternal"),
                 2);
    }

    void concurrentIndexRunsOutsideATransaction()
    {
        TestProject p;
        writeTableMigrations(p, 1);
        p.write(QStringLiteral("002_index"), QStringLiteral("CREATE INDEX CONCURRENTLY t1_id ON t1 (id);\n"),
                QStringLiteral("DROP INDEX CONCURRENTLY t1_id;\n"));
        TestDatabase db(DatabaseKind::Postgres);
        auto session = db.open(p.project());
        RunResult result = runFreshPlan(*session, [](const ProjectStatus &s) { return planUp(s, DatabaseKind::Postgres); });
        QVERIFY2(result.outcome == RunOutcome::Succeeded, qPrintable(result.message));
        QCOMPARE(db.count("SELECT COUNT(*) FROM pg_indexes WHERE indexname = 't1_id'"), 1);
        QCOMPARE(db.value("SELECT statements_done || '/' || statements_total FROM tidemark_history "
                          "WHERE version = '2'")
                     .toString(),
                 QStringLiteral("1/1"));
        result = runFreshPlan(*session, [](const ProjectStatus &s) { return planDownSteps(s, DatabaseKind::Postgres, 1); });
        QVERIFY2(result.outcome == RunOutcome::Succeeded, qPrintable(result.message));
        QCOMPARE(db.count("SELECT COUNT(*) FROM pg_indexes WHERE indexname = 't1_id'"), 0);
    }

    void theServerSaysWhetherAnEnumValueMayBeAddedInATransaction()
    {
        TestProject p;
        TestDatabase db(DatabaseKind::Postgres);
        const int version = db.value("SELECT current_setting('server_version_num')::int").toInt();
        QVERIFY2(version >= 120000, "the test server is PostgreSQL 12 or later");
        QVERIFY(db.open(p.project())->planDialect().enumValuesInTransaction);
    }

    void addingAnEnumValueIsPlanned_data()
    {
        QTest::addColumn<bool>("since12"); // the server allows ADD VALUE in a transaction
        QTest::addColumn<QString>("up");
        QTest::addColumn<QString>("whyNoTransaction"); // empty: in a transaction
        const QString add = QStringLiteral("-- more moods\nALTER TYPE mood ADD VALUE 'happy';\n");
        const QString tooSoon = QStringLiteral("line 2 adds enum value 'happy' that line 3 uses: PostgreSQL cannot "
                                               "use a new enum value in the transaction that adds it");
        QTest::newRow("alone") << true << add << QString();
        QTest::newRow("then a table") << true << add + "CREATE TABLE later (id INT);\n" << QString();
        QTest::newRow("then used") << true << add + "INSERT INTO feelings VALUES ('happy');\n" << tooSoon;
        QTest::newRow("then used as a default")
            << true << add + "ALTER TABLE feelings ALTER COLUMN m SET DEFAULT 'happy';\n" << tooSoon;
        QTest::newRow("then another value after it")
            << true << add + "ALTER TYPE mood ADD VALUE 'glad' AFTER 'happy';\n" << QString();
        QTest::newRow("before PostgreSQL 12")
            << false << add << QStringLiteral("line 2 cannot run inside a transaction");
    }

    void addingAnEnumValueIsPlanned()
    {
        QFETCH(bool, since12);
        QFETCH(QString, up);
        QFETCH(QString, whyNoTransaction);
        TestProject p;
        p.write(QStringLiteral("001_mood"), moodUp, QStringLiteral("DROP TABLE feelings;\nDROP TYPE mood;\n"));
        p.write(QStringLiteral("002_more"), up, QStringLiteral("SELECT 1;\n"));
        TestDatabase db(DatabaseKind::Postgres);
        auto session = db.open(p.project());
        QString error;
        const std::optional<ProjectStatus> status = session->status(&error);
        QVERIFY2(status, qPrintable(error));
        const Plan plan = planUp(*status, PlanDialect(DatabaseKind::Postgres, since12));
        QVERIFY2(!plan.refused(), qPrintable(plan.refusal));
        const PlanStep &more = plan.steps.at(1);
        QCOMPARE(more.transactional, whyNoTransaction.isEmpty());
        QCOMPARE(more.whyNoTransaction, whyNoTransaction);
        // Outside a transaction or in one, as planned, it runs on PostgreSQL 15.
        const RunResult result = session->run(plan, RunOptions());
        QVERIFY2(result.outcome == RunOutcome::Succeeded, qPrintable(result.message));
        QVERIFY(db.value("SELECT enum_range(NULL::mood)::text").toString().contains(QLatin1String("happy")));
    }

    void anEnumValueAddedInTheTransactionRollsBackWithIt()
    {
        TestProject p;
        p.write(QStringLiteral("001_mood"), moodUp, QStringLiteral("DROP TABLE feelings;\nDROP TYPE mood;\n"));
        p.write(QStringLiteral("002_happy"),
                QStringLiteral("ALTER TYPE mood ADD VALUE 'happy';\nINSERT INTO no_such_table VALUES (1);\n"),
                QStringLiteral("SELECT 1;\n"));
        TestDatabase db(DatabaseKind::Postgres);
        const CliRunner cli = CliRunner::withPassword(db.password());
        const CliRun plan = cli.run(upArguments(p, db) << QStringLiteral("--dry-run"));
        QCOMPARE(plan.exitCode, 0);
        QVERIFY2(plan.out.contains(QLatin1String("up 2 happy  (statements: 2, in a transaction)")),
                 qPrintable(plan.out));

        const CliRun failed = cli.run(upArguments(p, db));
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains(QLatin1String("no_such_table")), qPrintable(failed.all()));
        QCOMPARE(db.value("SELECT enum_range(NULL::mood)::text").toString(), QStringLiteral("{sad,ok}"));
        QCOMPARE(db.value("SELECT string_agg(version, ',') FROM tidemark_history").toString(), QStringLiteral("1"));

        p.write(QStringLiteral("002_happy"),
                QStringLiteral("ALTER TYPE mood ADD VALUE 'happy';\nCREATE TABLE later (id INT);\n"),
                QStringLiteral("SELECT 1;\n"));
        QCOMPARE(cli.run(upArguments(p, db)).exitCode, 0);
        QCOMPARE(db.value("SELECT enum_range(NULL::mood)::text").toString(), QStringLiteral("{sad,ok,happy}"));
        QCOMPARE(db.value("SELECT statements_done || '/' || statements_total FROM tidemark_history "
                          "WHERE version = '2'")
                     .toString(),
                 QStringLiteral("2/2"));
    }

    void anEnumValueUsedInTheSameMigrationIsAddedOutsideATransaction()
    {
        TestProject p;
        p.write(QStringLiteral("001_mood"), moodUp, QStringLiteral("DROP TABLE feelings;\nDROP TYPE mood;\n"));
        p.write(QStringLiteral("002_happy"),
                QStringLiteral("ALTER TYPE mood ADD VALUE 'happy';\nINSERT INTO feelings VALUES ('happy');\n"),
                QStringLiteral("DELETE FROM feelings;\n"));
        TestDatabase db(DatabaseKind::Postgres);
        const CliRunner cli = CliRunner::withPassword(db.password());
        const CliRun plan = cli.run(upArguments(p, db) << QStringLiteral("--dry-run"));
        QVERIFY2(plan.out.contains(QLatin1String(
                     "up 2 happy  (statements: 2, without a transaction: line 1 adds enum value 'happy' that line 2 "
                     "uses: PostgreSQL cannot use a new enum value in the transaction that adds it)")),
                 qPrintable(plan.out));
        const CliRun up = cli.run(upArguments(p, db));
        QVERIFY2(up.exitCode == 0, qPrintable(up.all()));
        QCOMPARE(db.value("SELECT string_agg(m::text, ',') FROM feelings").toString(), QStringLiteral("happy"));
        QCOMPARE(db.value("SELECT statements_done || '/' || statements_total FROM tidemark_history "
                          "WHERE version = '2'")
                     .toString(),
                 QStringLiteral("2/2"));
    }

    void failedMigrationIsRolledBackWithoutHistoryRow()
    {
        TestProject p;
        p.write(QStringLiteral("001_ok"), QStringLiteral("CREATE TABLE ok (id INT);\n"));
        p.write(QStringLiteral("002_broken"), QStringLiteral("CREATE TABLE half (id INT);\n"
                                                             "INSERT INTO half VALUES (1);\n"
                                                             "INSERT INTO no_such_table VALUES (1);\n"));
        TestDatabase db(DatabaseKind::Postgres);
        auto session = db.open(p.project());
        const RunResult result =
            runFreshPlan(*session, [](const ProjectStatus &s) { return planUp(s, DatabaseKind::Postgres); });
        QCOMPARE(result.outcome, RunOutcome::Failed);
        QCOMPARE(result.stepsDone, 1);
        QVERIFY2(result.message.contains(QLatin1String("no_such_table")), qPrintable(result.message));
        QVERIFY2(result.message.contains(QLatin1String("statement 3")), qPrintable(result.message));
        QCOMPARE(db.value("SELECT string_agg(version, ',') FROM tidemark_history").toString(), QStringLiteral("1"));
        QCOMPARE(db.count("SELECT COUNT(*) FROM pg_tables WHERE tablename = 'half'"), 0);
        QCOMPARE(db.count("SELECT COUNT(*) FROM tidemark_events WHERE event = 'fail' AND version = '2' "
                          "AND error LIKE '%no_such_table%'"),
                 1);
        QString error;
        const std::optional<ProjectStatus> status = session->status(&error);
        QCOMPARE(status->find(v(2))->state, MigrationState::Failed);
    }

    void wrongPasswordIsClearAndNeverShown()
    {
        TestProject p;
        writeTableMigrations(p, 1);
        TestDatabase db(DatabaseKind::Postgres);
        const QString wrong = QStringLiteral("Wr0ngSecretXyz42");
        QString error;
        const auto session = Session::open(p.project(), db.url(), wrong, OpenMode::CreateIfMissing, &error);
        QVERIFY(!session);
        QVERIFY2(error.contains(QLatin1String("password authentication failed")), qPrintable(error));
        QVERIFY(!error.contains(wrong));
        QVERIFY(!error.contains(db.password()));

        const CliRun run = CliRunner::withPassword(wrong).run(upArguments(p, db));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("password authentication failed")), qPrintable(run.all()));
        QVERIFY(!run.all().contains(wrong));

        const CliRun none = CliRunner::withPassword(QString()).run(upArguments(p, db));
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(QLatin1String("TIDEMARK_PASSWORD")), qPrintable(none.all()));
    }

    void eightConcurrentClisApplyEachMigrationOnce()
    {
        TestProject p;
        writeTableMigrations(p, 20);
        TestDatabase db(DatabaseKind::Postgres);
        QStringList arguments = upArguments(p, db);
        arguments << QStringLiteral("--lock-timeout") << QStringLiteral("120");
        const QList<CliRun> runs = CliRunner::withPassword(db.password()).runConcurrently(arguments, 8);
        for (const CliRun &run : runs)
            QVERIFY2(run.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.all())));
        QCOMPARE(db.count("SELECT COUNT(*) FROM tidemark_history"), 20);
        QCOMPARE(db.count("SELECT COUNT(DISTINCT version) FROM tidemark_history"), 20);
        QCOMPARE(db.count("SELECT COUNT(*) FROM tidemark_events WHERE event = 'apply'"), 20);
        QCOMPARE(db.count("SELECT COUNT(*) FROM tidemark_events WHERE event = 'fail'"), 0);
        QCOMPARE(db.count("SELECT COUNT(*) FROM t20"), 1);
        // Every lock was given back. pg_locks is the whole server's: count this database's only, since the
        // other server suites run alongside and take their own.
        QCOMPARE(db.count("SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND database = "
                          "(SELECT oid FROM pg_database WHERE datname = current_database())"),
                 0);
    }

    void heldLockMakesUpExitFourNamingTheHolder()
    {
        TestProject p;
        writeTableMigrations(p, 2);
        TestDatabase db(DatabaseKind::Postgres);
        QSqlDatabase other = db.connect(QStringLiteral("nightly-report"));
        QSqlQuery hold(other);
        hold.prepare(QStringLiteral("SELECT pg_advisory_lock(?)"));
        hold.addBindValue(PostgresLock::lockKey(QStringLiteral("public"), QStringLiteral("tidemark_history")));
        QVERIFY2(hold.exec(), qPrintable(hold.lastError().text()));

        QStringList arguments = upArguments(p, db);
        arguments << QStringLiteral("--lock-timeout") << QStringLiteral("1");
        QElapsedTimer timer;
        timer.start();
        const CliRun run = CliRunner::withPassword(db.password()).run(arguments);
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(QLatin1String("nightly-report")), qPrintable(run.all()));
        QVERIFY2(run.err.contains(QLatin1String("tidemark")), qPrintable(run.all())); // the database user
        QVERIFY(timer.elapsed() < 20000);
        QCOMPARE(db.count("SELECT COUNT(*) FROM pg_tables WHERE tablename IN ('t1', 'tidemark_history')"), 0);

        const CliRun status = CliRunner::withPassword(db.password())
                                  .run({QStringLiteral("status"), QStringLiteral("--project"), p.migrationsDir(),
                                        QStringLiteral("--url"), db.urlText()});
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains(QLatin1String("Locked by:")) && status.out.contains(QLatin1String("nightly-report")),
                 qPrintable(status.all()));
        // What the holder ran, and how its session is ended, for whoever reads the status.
        QVERIFY2(status.out.contains(QLatin1String("runs now: idle for ")), qPrintable(status.out));
        QVERIFY2(status.out.contains(QLatin1String("released when that session ends (SELECT pg_terminate_backend(")),
                 qPrintable(status.out));

        QSqlQuery unlock(other);
        unlock.prepare(QStringLiteral("SELECT pg_advisory_unlock(?)"));
        unlock.addBindValue(PostgresLock::lockKey(QStringLiteral("public"), QStringLiteral("tidemark_history")));
        QVERIFY(unlock.exec() && unlock.next() && unlock.value(0).toBool());
        arguments.last() = QStringLiteral("10");
        QCOMPARE(CliRunner::withPassword(db.password()).run(arguments).exitCode, 0);
        QCOMPARE(db.count("SELECT COUNT(*) FROM tidemark_history"), 2);
    }

    void anotherTidemarkIsNamedByUserHostAndPid()
    {
        TestProject p;
        writeTableMigrations(p, 1);
        TestDatabase db(DatabaseKind::Postgres);
        auto holderSession = db.open(p.project());
        const LockIdentity me = LockIdentity::current(QStringLiteral("held-by-test"));
        const std::unique_ptr<MigrationLock> lock =
            holderSession->dialect().createLock(holderSession->database(), p.project().tables, me);
        QVERIFY(lock->tryAcquire().acquired);
        QVERIFY(lock->tryAcquire().acquired); // asking again while holding it is harmless

        auto session = db.open(p.project());
        QString error;
        const std::optional<LockHolder> holder = session->lockHolder(&error);
        QVERIFY2(holder, qPrintable(error));
        QCOMPARE(holder->owner.section(u' ', 0, 0), me.owner);
        QCOMPARE(holder->host, me.host);
        QCOMPARE(holder->pid, me.pid);
        QVERIFY(holder->since.isValid());
        QCOMPARE(holder->state, QStringLiteral("idle"));
        QVERIFY2(holder->statement.isEmpty(), qPrintable(holder->statement)); // the driver's own EXECUTE or DEALLOCATE
        QVERIFY(holder->endSession.startsWith(QLatin1String("SELECT pg_terminate_backend(")));
        QCOMPARE(session->breakStaleLock({}).outcome, RunOutcome::Refused); // the server's lock: never broken here
        QVERIFY(session->lockHolder(&error));

        const RunResult result =
            runFreshPlan(*session, [](const ProjectStatus &s) { return planUp(s, DatabaseKind::Postgres); },
                    std::chrono::milliseconds(600));
        QCOMPARE(result.outcome, RunOutcome::LockNotAcquired);
        QVERIFY2(result.message.contains(QString::number(me.pid)), qPrintable(result.message));

        lock->release();
        QVERIFY(!session->lockHolder(&error));
        QCOMPARE(runFreshPlan(*session, [](const ProjectStatus &s) { return planUp(s, DatabaseKind::Postgres); }).outcome,
                 RunOutcome::Succeeded);
    }

    void schemaOptionPutsEverythingInThatSchema()
    {
        TestProject p;
        writeTableMigrations(p, 2);
        TestDatabase db(DatabaseKind::Postgres);
        const QString query = QStringLiteral("schema=Billing%20App");
        auto session = db.open(p.project(), query);
        QString error;
        QVERIFY(session->status(&error)); // reading creates nothing
        QCOMPARE(db.count("SELECT COUNT(*) FROM pg_namespace WHERE nspname = 'Billing App'"), 0);

        QCOMPARE(runFreshPlan(*session, [](const ProjectStatus &s) { return planUp(s, DatabaseKind::Postgres); }).outcome,
                 RunOutcome::Succeeded);
        QCOMPARE(db.value("SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables "
                          "WHERE schemaname = 'Billing App'")
                     .toString(),
                 QStringLiteral("t1,t2,tidemark_events,tidemark_history"));
        QCOMPARE(db.count("SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'"), 0);
        QCOMPARE(db.count("SELECT COUNT(*) FROM \"Billing App\".tidemark_history"), 2);

        // The lock of that schema's history is a different one from public's.
        QVERIFY(PostgresLock::lockKey(QStringLiteral("Billing App"), QStringLiteral("tidemark_history"))
                != PostgresLock::lockKey(QStringLiteral("public"), QStringLiteral("tidemark_history")));

        // Without the option the database looks untouched; with it, everything is applied.
        auto plain = db.open(p.project());
        QCOMPARE(plain->status(&error)->count(MigrationState::Pending), 2);
        const CliRun status = CliRunner::withPassword(db.password())
                                  .run({QStringLiteral("status"), QStringLiteral("--project"), p.migrationsDir(),
                                        QStringLiteral("--url"), db.urlText(query)});
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains(QLatin1String("Current version: 2")), qPrintable(status.all()));
    }

    // The inspector shows what the holder's session ran, with no password in it, and the statement that ends that
    // session, which releases the lock.
    void holdersStatementIsRedactedAndEndingItsSessionReleasesTheLock()
    {
        TestProject p;
        writeTableMigrations(p, 1);
        TestDatabase db(DatabaseKind::Postgres);
        auto holderSession = db.open(p.project());
        const std::unique_ptr<MigrationLock> lock = holderSession->dialect().createLock(
            holderSession->database(), p.project().tables, LockIdentity::current(QStringLiteral("held")));
        QVERIFY(lock->tryAcquire().acquired);
        QSqlQuery last(holderSession->database());
        QVERIFY(last.exec(QStringLiteral("SELECT 1 /* ALTER USER app PASSWORD 'hunter22' */")));
        auto session = db.open(p.project());
        QString error;
        const std::optional<LockHolder> holder = session->lockHolder(&error);
        QVERIFY2(holder, qPrintable(error));
        QVERIFY2(holder->statement.contains(QLatin1String("PASSWORD '***'")), qPrintable(holder->statement));
        QVERIFY(!holder->statement.contains(QLatin1String("hunter22")));
        QVERIFY2(!holder->activity().isEmpty(), qPrintable(holder->state));
        QSqlQuery end(session->database());
        QVERIFY2(end.exec(holder->endSession), qPrintable(holder->endSession));
        QTRY_VERIFY(!session->lockHolder(&error));
        QVERIFY(error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
