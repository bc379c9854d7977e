// describeFailedMigration: each statement of a failed migration as done, rolled back, failed, outcome unknown or not
// run, from its history row and last fail event, and the one-sentence summary the workbench shows.
#include "run/failedmigration.h"

#include <QtTest>

using namespace tidemark;

namespace {

const QString fourStatements = QStringLiteral("CREATE TABLE a (id INT);\nCREATE TABLE b (id INT);\n"
                                              "INSERT INTO blocker VALUES (1);\nCREATE TABLE c (id INT);\n");

// A failed migration of the four statements above; row: whether a history row was kept (done of 4, pending),
// failed: the fail event's statement (0: no fail event).
MigrationStatus failedMigration(bool row, int done, int pending, int failed, std::optional<int> rollbackDone = {})
{
    MigrationStatus m;
    m.version = Version({2});
    m.description = QStringLiteral("steps");
    m.state = MigrationState::Failed;
    Migration file;
    file.version = m.version;
    file.description = m.description;
    file.script = QStringLiteral("002_steps.up.sql");
    file.upSql = QStringLiteral("-- tidemark:no-transaction\n") + fourStatements;
    file.upLine = 1;
    file.downSql = fourStatements;
    file.hasDown = true;
    file.downScript = QStringLiteral("002_steps.down.sql");
    m.file = file;
    if (row) {
        AppliedMigration applied;
        applied.version = m.version;
        applied.upSql = file.upSql;
        applied.downSql = fourStatements;
        applied.statementsDone = rollbackDone ? 4 : done;
        applied.statementsTotal = 4;
        applied.pendingStatement = pending;
        applied.rollbackDone = rollbackDone;
        applied.rollbackTotal = rollbackDone ? 4 : 0;
        m.applied = applied;
    }
    if (failed > 0) {
        HistoryEvent event;
        event.type = HistoryEvent::Type::Fail;
        event.errorStatement = failed;
        event.error = QStringLiteral("duplicate key value violates unique constraint");
        m.lastFailure = event;
    }
    return m;
}

QString outcomes(const FailedMigration &failed)
{
    QStringList list;
    for (const StatementStanding &s : failed.statements)
        list << statementOutcomeText(s.outcome);
    return list.join(QStringLiteral(", "));
}

} // namespace

class TestFailedMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachStatementStands_data()
    {
        QTest::addColumn<MigrationStatus>("migration");
        QTest::addColumn<QString>("outcomes");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<bool>("resumable");
        QTest::addColumn<int>("direction");

        QTest::newRow("no transaction, stopped at 3") << failedMigration(true, 2, 0, 3)
            << "done, done, failed, not run" << "Stopped after 2 of 4 statements. They stay done" << true
            << int(Direction::Up);
        QTest::newRow("killed while 3 ran") << failedMigration(true, 2, 3, 0)
            << "done, done, outcome unknown, not run"
            << "Statement 3 of 4 was running when the run stopped: whether it took effect is unknown. The 2 before"
            << true << int(Direction::Up);
        QTest::newRow("an earlier failure, then killed") << failedMigration(true, 2, 3, 3)
            << "done, done, outcome unknown, not run" << "Statement 3 of 4 was running" << true << int(Direction::Up);
        QTest::newRow("in a transaction, failed at 3") << failedMigration(false, 0, 0, 3)
            << "rolled back, rolled back, failed, not run" << "its transaction undid the 2 before it" << false
            << int(Direction::Up);
        QTest::newRow("first statement failed") << failedMigration(false, 0, 0, 1)
            << "failed, not run, not run, not run" << "Its first statement to run failed" << false
            << int(Direction::Up);
        QTest::newRow("rollback stopped at down 2") << failedMigration(true, 4, 0, 2, 1)
            << "done, failed, not run, not run" << "The rollback stopped after 1 of 4 down statements" << false
            << int(Direction::Down);
        QTest::newRow("rollback killed in down 2") << failedMigration(true, 4, 2, 0, 1)
            << "done, outcome unknown, not run, not run" << "Down statement 2 of 4 was running when the rollback"
            << false << int(Direction::Down);
    }

    void eachStatementStands()
    {
        QFETCH(MigrationStatus, migration);
        QFETCH(QString, outcomes);
        QFETCH(QString, summary);
        QFETCH(bool, resumable);
        QFETCH(int, direction);
        const FailedMigration failed = describeFailedMigration(migration, DatabaseKind::Postgres);
        QCOMPARE(::outcomes(failed), outcomes);
        QVERIFY2(failed.summary().startsWith(summary) || failed.summary().contains(summary),
                 qPrintable(failed.summary()));
        QCOMPARE(failed.resumable, resumable);
        QCOMPARE(int(failed.direction), direction);
        QCOMPARE(failed.error.isEmpty(), !migration.lastFailure);
    }

    // Lines are the file's where the file still has the text that ran, else the stored text's own.
    void linesAreTheFilesWhileItIsUnchanged()
    {
        MigrationStatus m = failedMigration(true, 2, 0, 3);
        m.file->upLine = 5; // as a goose file, whose up starts below its annotation
        QCOMPARE(describeFailedMigration(m, DatabaseKind::Postgres).statements.at(1).line, 7);
        m.file->upSql += QStringLiteral("-- edited\n");
        QCOMPARE(describeFailedMigration(m, DatabaseKind::Postgres).statements.at(1).line, 3);
    }

    void onlyAFailedMigrationIsDescribed()
    {
        MigrationStatus m = failedMigration(true, 4, 0, 0);
        m.state = MigrationState::Applied;
        QVERIFY(describeFailedMigration(m, DatabaseKind::Postgres).statements.isEmpty());
    }

    void anInvalidIndexIsRemovedConcurrently()
    {
        CatalogObject index;
        index.type = CatalogObject::Type::Index;
        index.name = QStringLiteral("codes_code");
        QCOMPARE(invalidIndexRemoval(index), QStringLiteral("DROP INDEX CONCURRENTLY codes_code;"));
        index.schema = QStringLiteral("app");
        QCOMPARE(invalidIndexRemoval(index), QStringLiteral("DROP INDEX CONCURRENTLY app.codes_code;"));
    }
};

Q_DECLARE_METATYPE(MigrationStatus)

QTEST_GUILESS_MAIN(TestFailedMigration)
#include "tst_failedmigration.moc"
