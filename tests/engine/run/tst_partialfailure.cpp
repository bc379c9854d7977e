#include "testproject.h"

#include <QTest>

using namespace tidemark;
using tidemark::test::queryValue;
using tidemark::test::TestProject;

namespace {

Version v(const char *text)
{
    return *Version::parse(QString::fromLatin1(text));
}

RunResult up(Session &session, UpOptions up = {}, bool singleTransaction = false)
{
    QString error;
    RunOptions options;
    options.singleTransaction = singleTransaction;
    return session.run(planUp(*session.status(&error), DatabaseKind::Sqlite, up), options);
}

MigrationStatus statusOf(Session &session, const char *version)
{
    QString error;
    return *session.status(&error)->find(v(version));
}

int count(const TestProject &p, const QString &sql)
{
    return queryValue(p.databasePath(), sql).toInt();
}

// Three statements without a transaction; the second fails until the table it needs exists.
void writeHalfFailing(const TestProject &p)
{
    p.write(QStringLiteral("001_split"),
            QStringLiteral("-- tidemark:no-transaction\n"
                           "CREATE TABLE first (id INT);\n"
                           "INSERT INTO needed VALUES (1);\n"
                           "CREATE TABLE third (id INT);\n"),
            QStringLiteral("DROP TABLE third;\nDROP TABLE first;\n"));
}

} // namespace

class TestPartialFailure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markerRunsWithoutATransactionAndTheFailureStaysVisible()
    {
        TestProject p;
        writeHalfFailing(p);
        auto session = p.open();
        QString error;
        const Plan plan = planUp(*session->status(&error), DatabaseKind::Sqlite);
        QVERIFY(!plan.steps.constFirst().transactional);
        QVERIFY(plan.steps.constFirst().whyNoTransaction.contains(QLatin1String("line 1")));

        const RunResult result = up(*session);
        QCOMPARE(result.outcome, RunOutcome::Failed);
        QCOMPARE(result.failure->line, 3);
        QCOMPARE(count(p, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'first'"), 1); // ran, and stays
        const MigrationStatus m = statusOf(*session, "1");
        QCOMPARE(m.state, MigrationState::Failed);
        QCOMPARE(m.applied->statementsDone, 1);
        QCOMPARE(m.applied->statementsTotal, 3);
        QVERIFY(m.lastFailure->error.contains(QLatin1String("no such table: needed")));

        const Plan blocked = planUp(*session->status(&error), DatabaseKind::Sqlite);
        QVERIFY(blocked.refused());
        QVERIFY2(blocked.refusal.contains(QLatin1String("up --resume")), qPrintable(blocked.refusal));
        QVERIFY(planDownSteps(*session->status(&error), DatabaseKind::Sqlite, 1).refused());
    }

    void resumeContinuesFromTheFailedStatement()
    {
        TestProject p;
        writeHalfFailing(p);
        auto session = p.open();
        up(*session);
        queryValue(p.databasePath(), "CREATE TABLE needed (id INT)"); // the DBA fixes the cause
        const RunResult result = up(*session, UpOptions{std::nullopt, true});
        QCOMPARE(result.outcome, RunOutcome::Succeeded);
        QCOMPARE(statusOf(*session, "1").state, MigrationState::Applied);
        QCOMPARE(count(p, "SELECT COUNT(*) FROM needed"), 1);
        QCOMPARE(count(p, "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('first', 'third')"), 2);
        QCOMPARE(count(p, "SELECT statements_done FROM tidemark_history"), 3);
    }

    void repairMarkApplied()
    {
        TestProject p;
        writeHalfFailing(p);
        auto session = p.open();
        up(*session);
        const RunResult result = session->repair(statusOf(*session, "1"), RepairAction::MarkApplied, {});
        QCOMPARE(result.outcome, RunOutcome::Succeeded);
        QCOMPARE(statusOf(*session, "1").state, MigrationState::Applied);
        QCOMPARE(count(p, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'third'"), 0); // nothing was run
        QVERIFY(queryValue(p.databasePath(), "SELECT details FROM tidemark_events WHERE event = 'repair'")
                    .toString()
                    .contains(QLatin1String("1 of 3")));
    }

    void repairMarkRolledBack()
    {
        TestProject p;
        writeHalfFailing(p);
        auto session = p.open();
        up(*session);
        queryValue(p.databasePath(), "DROP TABLE first"); // the DBA undoes what ran
        QCOMPARE(session->repair(statusOf(*session, "1"), RepairAction::MarkRolledBack, {}).outcome,
                 RunOutcome::Succeeded);
        QCOMPARE(statusOf(*session, "1").state, MigrationState::Pending);
        QCOMPARE(count(p, "SELECT COUNT(*) FROM tidemark_history"), 0);
    }

    void repairRefusesAMigrationThatDidNotFail()
    {
        TestProject p;
        p.write(QStringLiteral("001_ok"), QStringLiteral("CREATE TABLE ok (id INT);\n"), QStringLiteral("DROP TABLE ok;\n"));
        auto session = p.open();
        up(*session);
        const RunResult result = session->repair(statusOf(*session, "1"), RepairAction::MarkRolledBack, {});
        QCOMPARE(result.outcome, RunOutcome::Failed);
        QVERIFY(result.message.contains(QLatin1String("not failed")));
        QCOMPARE(count(p, "SELECT COUNT(*) FROM tidemark_history"), 1);
    }

    void failureOnTheFirstStatementLeavesNoRow()
    {
        TestProject p;
        p.write(QStringLiteral("001_vacuum_later"), QStringLiteral("INSERT INTO nowhere VALUES (1);\nVACUUM;\n"),
                QStringLiteral("SELECT 1;\n"));
        auto session = p.open();
        QCOMPARE(up(*session).outcome, RunOutcome::Failed);
        QCOMPARE(count(p, "SELECT COUNT(*) FROM tidemark_history"), 0);
        QCOMPARE(statusOf(*session, "1").state, MigrationState::Failed);
        QVERIFY(!statusOf(*session, "1").applied);
    }

    void scriptWithItsOwnTransactionRunsAsWritten()
    {
        TestProject p;
        p.write(QStringLiteral("001_own_tx"),
                QStringLiteral("CREATE TABLE before_tx (id INT);\n"
                               "BEGIN;\n"
                               "CREATE TABLE inside_tx (id INT);\n"
                               "INSERT INTO inside_tx VALUES (1);\n"
                               "COMMIT;\n"
                               "CREATE TABLE after_tx (id INT);\n"),
                QStringLiteral("DROP TABLE after_tx;\nDROP TABLE inside_tx;\nDROP TABLE before_tx;\n"));
        auto session = p.open();
        QString error;
        const Plan plan = planUp(*session->status(&error), DatabaseKind::Sqlite);
        QVERIFY(plan.steps.constFirst().whyNoTransaction.contains(QLatin1String("own transaction (line 2)")));
        QCOMPARE(up(*session).outcome, RunOutcome::Succeeded);
        QCOMPARE(count(p, "SELECT COUNT(*) FROM sqlite_master WHERE name LIKE '%_tx'"), 3);
        QCOMPARE(statusOf(*session, "1").state, MigrationState::Applied);
    }

    void failureInsideTheScriptsTransactionRollsBackToItsBegin()
    {
        TestProject p;
        p.write(QStringLiteral("001_own_tx"),
                QStringLiteral("CREATE TABLE before_tx (id INT);\n"
                               "BEGIN;\n"
                               "CREATE TABLE inside_tx (id INT);\n"
                               "INSERT INTO nowhere VALUES (1);\n"
                               "COMMIT;\n"),
                QStringLiteral("DROP TABLE before_tx;\n"));
        auto session = p.open();
        const RunResult result = up(*session);
        QCOMPARE(result.outcome, RunOutcome::Failed);
        QCOMPARE(result.failure->line, 4);
        QCOMPARE(count(p, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'inside_tx'"), 0);
        QCOMPARE(count(p, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'before_tx'"), 1);
        // Only the statement before BEGIN stays done: the counter rolled back with the script's transaction.
        QCOMPARE(statusOf(*session, "1").applied->statementsDone, 1);
    }

    void singleTransactionIsAllOrNothing()
    {
        TestProject p;
        p.write(QStringLiteral("001_a"), QStringLiteral("CREATE TABLE a (id INT);\n"), QStringLiteral("DROP TABLE a;\n"));
        p.write(QStringLiteral("002_b"), QStringLiteral("CREATE TABLE b (id INT);\n"), QStringLiteral("DROP TABLE b;\n"));
        p.write(QStringLiteral("003_bad"), QStringLiteral("INSERT INTO nowhere VALUES (1);\n"), QStringLiteral("SELECT 1;\n"));
        auto session = p.open();
        const RunResult failed = up(*session, {}, true);
        QCOMPARE(failed.outcome, RunOutcome::Failed);
        QVERIFY2(failed.message.contains(QLatin1String("rolled back too")), qPrintable(failed.message));
        QCOMPARE(count(p, "SELECT COUNT(*) FROM tidemark_history"), 0);
        QCOMPARE(count(p, "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('a', 'b')"), 0);
        QCOMPARE(count(p, "SELECT COUNT(*) FROM tidemark_events WHERE event = 'fail'"), 1);

        p.write(QStringLiteral("003_bad"), QStringLiteral("CREATE TABLE c (id INT);\n"), QStringLiteral("DROP TABLE c;\n"));
        QCOMPARE(up(*session, {}, true).outcome, RunOutcome::Succeeded);
        QCOMPARE(count(p, "SELECT COUNT(*) FROM tidemark_history"), 3);
    }

    void singleTransactionRefusesMigrationsThatCannotRunInOne()
    {
        TestProject p;
        writeHalfFailing(p);
        auto session = p.open();
        const RunResult result = up(*session, {}, true);
        QCOMPARE(result.outcome, RunOutcome::Refused);
        QVERIFY2(result.message.contains(QLatin1String("cannot include up 1 split")), qPrintable(result.message));
        QCOMPARE(count(p, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'first'"), 0);
    }
};

QTEST_GUILESS_MAIN(TestPartialFailure)
#include "tst_partialfailure.moc"
