// What the history says a statement did is what it did, on every database (ctest runs this suite on SQLite,
// PostgreSQL and MariaDB): each statement of a unit is run and checked, a resume never runs a statement twice or
// skips one, and a statement whose outcome a crash left unknown is settled from the catalog or by the DBA.
#include "testproject.h"

#include <QTest>

using namespace tidemark;
using tidemark::test::TestProject;

namespace {

struct Outcome
{
    RunResult result;
    QList<RunEvent> events;
};

Outcome up(Session &session, bool resume = false,
           PendingStatementDecision decision = PendingStatementDecision::Verify)
{
    Outcome outcome;
    RunOptions options;
    options.pendingStatement = decision;
    options.onEvent = [&](const RunEvent &event) { outcome.events.append(event); };
    outcome.result = tidemark::test::runFreshPlan(
        session,
        [&](const ProjectStatus &status) { return planUp(status, session.dialect().kind(), UpOptions{std::nullopt, resume}); },
        options);
    return outcome;
}

MigrationStatus statusOf(Session &session, const char *version)
{
    QString error;
    return *session.status(&error)->find(*Version::parse(QString::fromLatin1(version)));
}

// A goose migration run without a transaction whose block of two statements fails in its second.
const QByteArray failingBlock = "-- +goose NO TRANSACTION\n"
                                "-- +goose Up\n"
                                "-- +goose StatementBegin\n"
                                "CREATE TABLE t1 (id INT);\n"
                                "SELECT * FROM no_such_table;\n"
                                "-- +goose StatementEnd\n"
                                "-- +goose Down\n"
                                "DROP TABLE t1;\n";

// The history of the failed block agrees with the schema: t1 exists exactly when a statement is recorded done.
void verifyFailedBlock(const TestProject &p, Session &session, const Outcome &run)
{
    QCOMPARE(run.result.outcome, RunOutcome::Failed);
    QVERIFY(run.result.failure);
    QCOMPARE(run.result.failure->statementIndex, 1); // the statement that really failed
    QCOMPARE(run.result.failure->line, 5);
    QVERIFY2(run.result.failure->error.contains(QLatin1String("no_such_table")), qPrintable(run.result.failure->error));
    const MigrationStatus m = statusOf(session, "1");
    QCOMPARE(m.state, MigrationState::Failed);
    const int done = m.applied ? m.applied->statementsDone : 0;
    QCOMPARE(p.tableExists(QStringLiteral("t1")), done == 1);
    // Where DDL can be rolled back the block is all or nothing; MariaDB commits the CREATE by itself.
    QCOMPARE(done, p.transactionalDdl() ? 0 : 1);
}

// Two migrations run without a transaction, recorded statement by statement; the ledger counts every run of a
// statement, so a statement run twice shows.
void writeLedgerMigrations(const TestProject &p)
{
    p.write(QStringLiteral("001_ledger"), QStringLiteral("CREATE TABLE ledger (note VARCHAR(20));\n"));
    p.write(QStringLiteral("002_steps"),
            QStringLiteral("-- tidemark:no-transaction\n"
                           "INSERT INTO ledger VALUES ('s1');\n"
                           "CREATE TABLE t2 (id INT);\n"
                           "INSERT INTO ledger VALUES ('s3');\n"),
            QStringLiteral("DROP TABLE t2;\n"));
    p.write(QStringLiteral("003_after"), QStringLiteral("INSERT INTO ledger VALUES ('after');\n"));
}

// Leaves migration 2 as a run killed while statement `pending` ran would: statements before it recorded done,
// and the statement's intent recorded.
void stopInsideStatement(const TestProject &p, int pending)
{
    QVERIFY(p.exec(QStringLiteral("UPDATE tidemark_history SET statements_done = %1, pending_statement = %2, "
                                  "pending_checksum = 'x' WHERE version = '2'")
                       .arg(pending - 1)
                       .arg(pending)));
    QVERIFY(p.exec(QStringLiteral("DELETE FROM tidemark_history WHERE version = '3'")));
    QVERIFY(p.exec(QStringLiteral("DELETE FROM ledger WHERE note = 'after'")));
}

QString settledDetails(const TestProject &p)
{
    return p.value(QStringLiteral("SELECT details FROM tidemark_events WHERE event = 'repair'")).toString();
}

} // namespace

class TestStatementTruth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachStatementOfABlockIsRunAndChecked()
    {
        TestProject p;
        p.writeFile(QStringLiteral("001_block.sql"), failingBlock);
        auto session = p.open();
        verifyFailedBlock(p, *session, up(*session));
    }

    void aBlockInATransactionNamesTheRealError()
    {
        TestProject p;
        QByteArray script = failingBlock;
        script.replace("-- +goose NO TRANSACTION\n", "");
        p.writeFile(QStringLiteral("001_block.sql"), script);
        auto session = p.open();
        const Outcome run = up(*session);
        QCOMPARE(run.result.outcome, RunOutcome::Failed);
        QCOMPARE(run.result.failure->statementIndex, 1);
        QVERIFY2(run.result.failure->error.contains(QLatin1String("no_such_table")), qPrintable(run.result.failure->error));
        QVERIFY2(!run.result.failure->error.contains(QLatin1String("25P02")), qPrintable(run.result.failure->error));
        QCOMPARE(p.tableExists(QStringLiteral("t1")), !p.transactionalDdl());
    }

    void aBlockThatSucceedsCountsItsStatements()
    {
        TestProject p;
        p.writeFile(QStringLiteral("001_pair.sql"), "-- +goose Up\n"
                                                    "-- +goose StatementBegin\n"
                                                    "CREATE TABLE pairs (id INT);\n"
                                                    "INSERT INTO pairs VALUES (1);\n"
                                                    "-- +goose StatementEnd\n"
                                                    "-- +goose Down\n"
                                                    "DROP TABLE pairs;\n");
        auto session = p.open();
        QCOMPARE(up(*session).result.outcome, RunOutcome::Succeeded);
        QCOMPARE(p.count(QStringLiteral("SELECT statements_done FROM tidemark_history")), 2);
        QCOMPARE(p.count(QStringLiteral("SELECT COUNT(*) FROM pairs")), 1);
    }

    void aDelimiterUnitIsRunStatementByStatement()
    {
        TestProject p;
        if (p.dialect() != DatabaseKind::MySql)
            return; // DELIMITER is the mysql client's; the other backends refuse it as a script error
        p.write(QStringLiteral("001_delimited"),
                QStringLiteral("DELIMITER $$\n"
                               "CREATE TABLE t1 (id INT); INSERT INTO no_such_table VALUES (1); CREATE TABLE t3 (id INT)$$\n"
                               "DELIMITER ;\n"));
        auto session = p.open();
        const Outcome run = up(*session);
        QCOMPARE(run.result.outcome, RunOutcome::Failed);
        QCOMPARE(run.result.failure->statementIndex, 1);
        QVERIFY(p.tableExists(QStringLiteral("t1")));
        QVERIFY(!p.tableExists(QStringLiteral("t3")));
        QCOMPARE(statusOf(*session, "1").applied->statementsDone, 1);
    }

    void resumeRunsAMigrationStoppedBeforeItsFirstStatement()
    {
        TestProject p;
        writeLedgerMigrations(p);
        auto session = p.open();
        QCOMPARE(up(*session).result.outcome, RunOutcome::Succeeded);
        // As a run killed right after it wrote the history row of 2: "0 of 3", nothing of it ran.
        QVERIFY(p.exec(QStringLiteral("UPDATE tidemark_history SET statements_done = 0 WHERE version = '2'")));
        QVERIFY(p.exec(QStringLiteral("DELETE FROM tidemark_history WHERE version = '3'")));
        QVERIFY(p.exec(QStringLiteral("DELETE FROM ledger")));
        QVERIFY(p.exec(QStringLiteral("DROP TABLE t2")));

        const Outcome resumed = up(*session, true);
        QCOMPARE(resumed.result.outcome, RunOutcome::Succeeded);
        for (const RunEvent &event : resumed.events)
            QVERIFY2(event.type != RunEvent::Type::MigrationSkipped, qPrintable(event.message));
        QCOMPARE(statusOf(*session, "2").state, MigrationState::Applied);
        QCOMPARE(p.column(QStringLiteral("SELECT note FROM ledger ORDER BY note")), (QStringList{"after", "s1", "s3"}));
        QCOMPARE(p.count(QStringLiteral("SELECT COUNT(*) FROM tidemark_history WHERE version = '2'")), 1);
    }

    void anUnknownOutcomeIsSettledFromTheCatalog_data()
    {
        QTest::addColumn<bool>("tableWasCreated");
        QTest::newRow("the CREATE took effect") << true;
        QTest::newRow("the CREATE never ran") << false;
    }

    void anUnknownOutcomeIsSettledFromTheCatalog()
    {
        QFETCH(bool, tableWasCreated);
        TestProject p;
        writeLedgerMigrations(p);
        auto session = p.open();
        QCOMPARE(up(*session).result.outcome, RunOutcome::Succeeded);
        stopInsideStatement(p, 2); // CREATE TABLE t2
        QVERIFY(p.exec(QStringLiteral("DELETE FROM ledger WHERE note = 's3'")));
        if (!tableWasCreated)
            QVERIFY(p.exec(QStringLiteral("DROP TABLE t2")));
        QVERIFY2(partialRunText(statusOf(*session, "2"), std::nullopt).contains(QLatin1String("outcome unknown")),
                 qPrintable(partialRunText(statusOf(*session, "2"), std::nullopt)));

        const Outcome resumed = up(*session, true);
        QVERIFY2(resumed.result.outcome == RunOutcome::Succeeded, qPrintable(resumed.result.message));
        QVERIFY(p.tableExists(QStringLiteral("t2")));
        QCOMPARE(p.column(QStringLiteral("SELECT note FROM ledger ORDER BY note")), (QStringList{"after", "s1", "s3"}));
        const QString details = settledDetails(p);
        QVERIFY2(details.contains(tableWasCreated ? QLatin1String("recorded as having taken effect")
                                                  : QLatin1String("recorded as not having taken effect")),
                 qPrintable(details));
        QVERIFY2(details.contains(QLatin1String("catalog")), qPrintable(details));
        QCOMPARE(statusOf(*session, "2").applied->pendingStatement, 0);
    }

    void anUnknownOutcomeTheCatalogCannotShowIsTheDbasToDecide_data()
    {
        QTest::addColumn<int>("decision");
        QTest::addColumn<QStringList>("ledger");
        QTest::newRow("refused without a decision") << int(PendingStatementDecision::Verify) << QStringList{"s1", "s3"};
        QTest::newRow("it ran") << int(PendingStatementDecision::Ran) << QStringList{"after", "s1", "s3"};
        QTest::newRow("it did not run") << int(PendingStatementDecision::DidNotRun)
                                        << QStringList{"after", "s1", "s3", "s3"};
    }

    void anUnknownOutcomeTheCatalogCannotShowIsTheDbasToDecide()
    {
        QFETCH(int, decision);
        QFETCH(QStringList, ledger);
        TestProject p;
        writeLedgerMigrations(p);
        auto session = p.open();
        QCOMPARE(up(*session).result.outcome, RunOutcome::Succeeded);
        stopInsideStatement(p, 3); // an INSERT: no catalog object shows whether it ran (here it did)

        const Outcome resumed = up(*session, true, PendingStatementDecision(decision));
        if (PendingStatementDecision(decision) == PendingStatementDecision::Verify) {
            QCOMPARE(resumed.result.outcome, RunOutcome::Refused);
            QVERIFY2(resumed.result.message.contains(QLatin1String("--statement-ran")), qPrintable(resumed.result.message));
            QVERIFY2(resumed.result.message.contains(QLatin1String("statement 3")), qPrintable(resumed.result.message));
            QVERIFY(settledDetails(p).isEmpty());
            QCOMPARE(statusOf(*session, "2").applied->pendingStatement, 3); // still unknown, still said so
        } else {
            QCOMPARE(resumed.result.outcome, RunOutcome::Succeeded);
            QVERIFY2(settledDetails(p).contains(QLatin1String("the DBA said")), qPrintable(settledDetails(p)));
        }
        QCOMPARE(p.column(QStringLiteral("SELECT note FROM ledger ORDER BY note")), ledger);
    }

    void anInvalidIndexLeftByConcurrentlyIsNamed()
    {
        TestProject p;
        if (p.dialect() != DatabaseKind::Postgres)
            return; // CREATE INDEX CONCURRENTLY is PostgreSQL's
        p.write(QStringLiteral("001_codes"), QStringLiteral("CREATE TABLE codes (code INT);\n"
                                                            "INSERT INTO codes VALUES (1), (1);\n"));
        p.write(QStringLiteral("002_unique"), QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY codes_code ON codes (code);\n"));
        auto session = p.open();
        const Outcome failed = up(*session);
        QCOMPARE(failed.result.outcome, RunOutcome::Failed); // the duplicate: PostgreSQL leaves the index INVALID
        QCOMPARE(p.count(QStringLiteral("SELECT COUNT(*) FROM pg_index WHERE NOT indisvalid")), 1);
        // As if the run had been killed while the index was being built.
        QVERIFY(p.exec(QStringLiteral("INSERT INTO tidemark_history (version, description, kind, script, checksum, up_sql, "
                                      "applied_by, applied_at, execution_ms, statements_done, statements_total, run_id, "
                                      "pending_statement) SELECT '2', 'unique', 'versioned', '002_unique.up.sql', checksum, "
                                      "up_sql, 'test', now(), 0, 0, 1, 'killed', 1 FROM (SELECT '' AS checksum, "
                                      "'CREATE UNIQUE INDEX CONCURRENTLY codes_code ON codes (code);' AS up_sql) AS s")));
        const Outcome resumed = up(*session, true);
        QCOMPARE(resumed.result.outcome, RunOutcome::Refused);
        QVERIFY2(resumed.result.message.contains(QLatin1String("INVALID")), qPrintable(resumed.result.message));
        QVERIFY2(resumed.result.message.contains(QLatin1String("DROP INDEX CONCURRENTLY codes_code")),
                 qPrintable(resumed.result.message));
    }

    // status, asked by another session while a run is inside a migration without a transaction.
    void statusSaysAMigrationIsRunningAndWhere()
    {
        TestProject p;
        writeLedgerMigrations(p);
        auto running = p.open();
        auto watcher = p.open();
        QString seen;
        QString error;
        RunOptions options;
        options.onEvent = [&](const RunEvent &event) {
            if (event.type != RunEvent::Type::StatementExecuted || event.version.toString() != u"2" || event.statementIndex != 1)
                return;
            const std::optional<LockHolder> holder = watcher->lockHolder(&error);
            seen = partialRunText(statusOf(*watcher, "2"), holder);
        };
        QCOMPARE(running->run(planUp(*running->status(&error), p.dialect()), options).outcome, RunOutcome::Succeeded);
        QVERIFY2(seen.startsWith(QLatin1String("running now, at statement 2 of 3")), qPrintable(seen));
        QVERIFY2(seen.contains(QLatin1String("holds the lock")), qPrintable(seen));
    }

    // A SQLite holder on another host, frozen past its lease while between two migrations: another run takes the
    // lock over and finishes. When the frozen run wakes, its next history write finds the lock gone and writes
    // nothing, so nothing is recorded, or run and kept, twice.
    void aRunWhoseLockWasTakenOverWritesNothing()
    {
        TestProject p;
        if (p.dialect() != DatabaseKind::Sqlite)
            return; // a session lock (PostgreSQL, MariaDB) ends with the connection every write goes through
        p.write(QStringLiteral("001_ledger"), QStringLiteral("CREATE TABLE ledger (note TEXT);\n"));
        p.write(QStringLiteral("002_a"), QStringLiteral("INSERT INTO ledger VALUES ('a');\n"));
        p.write(QStringLiteral("003_b"), QStringLiteral("INSERT INTO ledger VALUES ('b');\n"));
        auto frozen = p.open();
        auto other = p.open();
        QString error;
        RunOptions options;
        bool tookOver = false;
        options.onEvent = [&](const RunEvent &event) {
            if (tookOver || event.type != RunEvent::Type::MigrationStarted || event.version.toString() != u"2")
                return;
            tookOver = true;
            QVERIFY(p.exec(QStringLiteral("UPDATE tidemark_lock SET host = 'elsewhere', "
                                          "heartbeat_at = '2000-01-01T00:00:00.000Z'")));
            const Outcome finished = up(*other);
            QVERIFY2(finished.result.outcome == RunOutcome::Succeeded, qPrintable(finished.result.message));
        };
        const RunResult result = frozen->run(planUp(*frozen->status(&error), DatabaseKind::Sqlite), options);
        QVERIFY(tookOver);
        QCOMPARE(result.outcome, RunOutcome::Failed);
        QVERIFY2(result.message.contains(QLatin1String("no longer this run's")), qPrintable(result.message));
        QCOMPARE(p.column(QStringLiteral("SELECT note FROM ledger ORDER BY note")), (QStringList{"a", "b"}));
        QCOMPARE(p.column(QStringLiteral("SELECT version FROM tidemark_history ORDER BY version")),
                 (QStringList{"1", "2", "3"}));
        QCOMPARE(p.column(QStringLiteral("SELECT event || ' ' || COALESCE(version, '') FROM tidemark_events "
                                         "WHERE run_id = '%1' ORDER BY id")
                              .arg(result.runId)),
                 (QStringList{"chain-start ", "run-start ", "start 1", "apply 1"})); // no run-end: the lock was gone
    }

    // A down without a transaction that fails part-way leaves a row that says so, not an Applied migration.
    void aRollbackThatStopsPartWayIsNotApplied()
    {
        TestProject p;
        p.write(QStringLiteral("001_pair"), QStringLiteral("CREATE TABLE one (id INT);\nCREATE TABLE two (id INT);\n"),
                QStringLiteral("-- tidemark:no-transaction\nDROP TABLE two;\nINSERT INTO no_such_table VALUES (1);\n"
                               "DROP TABLE one;\n"));
        auto session = p.open();
        QCOMPARE(up(*session).result.outcome, RunOutcome::Succeeded);
        QString error;
        const RunResult down = session->run(planDownSteps(*session->status(&error), p.dialect(), 1), {});
        QCOMPARE(down.outcome, RunOutcome::Failed);
        QCOMPARE(down.failure->statementIndex, 1);
        QVERIFY(!p.tableExists(QStringLiteral("two")));
        QVERIFY(p.tableExists(QStringLiteral("one")));

        const MigrationStatus m = statusOf(*session, "1");
        QCOMPARE(m.state, MigrationState::Failed);
        QCOMPARE(m.applied->rollbackDone, std::optional<int>(1));
        const QString said = partialRunText(m, std::nullopt);
        QVERIFY2(said.contains(QLatin1String("rolling back stopped part-way (1 of 3 down statements done)")), qPrintable(said));
        const QString refusedUp = planUp(*session->status(&error), p.dialect(), UpOptions{std::nullopt, true}).refusal;
        QVERIFY2(refusedUp.contains(QLatin1String("rolling back 1 pair stopped part-way")), qPrintable(refusedUp));
        QVERIFY(planDownSteps(*session->status(&error), p.dialect(), 1).refused());

        QVERIFY(p.exec(QStringLiteral("DROP TABLE one"))); // the DBA finishes the rollback by hand
        QCOMPARE(session->repair(m, RepairAction::MarkRolledBack, {}).outcome, RunOutcome::Succeeded);
        QCOMPARE(statusOf(*session, "1").state, MigrationState::Pending);
    }

    void aHistoryTableThatIsNotTidemarksIsNamed()
    {
        TestProject p;
        QVERIFY(p.exec(QStringLiteral("CREATE TABLE tidemark_history (id INT, name VARCHAR(10))")));
        p.write(QStringLiteral("001_a"), QStringLiteral("CREATE TABLE a (id INT);\n"));
        auto session = p.open();
        QString error;
        QVERIFY(!session->status(&error));
        QVERIFY2(error.contains(QLatin1String("tidemark_history")) && error.contains(QLatin1String("not a Tidemark history table")),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestStatementTruth)

#include "tst_statementtruth.moc"
