// Status from real history on every database: ctest runs it on SQLite, PostgreSQL and MariaDB (TIDEMARK_TEST_BACKEND).
#include "testproject.h"

#include <QTest>

using namespace tidemark;
using tidemark::test::TestProject;

namespace {

Version v(const char *text)
{
    return *Version::parse(QString::fromLatin1(text));
}

void runUp(Session &session)
{
    QString error;
    RunOptions options;
    session.run(planUp(*session.status(&error), session.dialect().kind()), options);
}

} // namespace

class TestMigrationStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStateFromARealDatabase()
    {
        TestProject p;
        p.write(QStringLiteral("001_a"), QStringLiteral("CREATE TABLE a (id INT);\n"), QStringLiteral("DROP TABLE a;\n"));
        p.write(QStringLiteral("003_c"), QStringLiteral("CREATE TABLE c (id INT);\n"), QStringLiteral("DROP TABLE c;\n"));
        p.write(QStringLiteral("004_d"), QStringLiteral("CREATE TABLE d (id INT);\n"), QStringLiteral("DROP TABLE d;\n"));
        auto session = p.open();
        runUp(*session);

        p.write(QStringLiteral("001_a"), QStringLiteral("CREATE TABLE a (id INT, edited INT);\n"), QStringLiteral("DROP TABLE a;\n"));
        p.remove(QStringLiteral("004_d.up.sql"));
        p.remove(QStringLiteral("004_d.down.sql"));
        p.write(QStringLiteral("002_b"), QStringLiteral("CREATE TABLE b (id INT);\n"), QStringLiteral("DROP TABLE b;\n"));
        p.write(QStringLiteral("005_e"), QStringLiteral("CREATE TABLE e (id INT);\n"), QStringLiteral("DROP TABLE e;\n"));
        p.write(QStringLiteral("006_f"), QStringLiteral("SELECT * FROM missing_table;\n"), QStringLiteral("SELECT 1;\n"));

        // 002 is out of order and would run first; apply only 002..005 by running to 5, then fail 006.
        QString error;
        RunOptions options;
        session->run(planUp(*session->status(&error), session->dialect().kind(), v("1")), options); // nothing to do
        const std::optional<ProjectStatus> before = session->status(&error);
        QVERIFY2(before, qPrintable(error));
        QCOMPARE(before->find(v("2"))->state, MigrationState::Pending);
        QVERIFY(before->find(v("2"))->outOfOrder);
        QVERIFY(!before->find(v("5"))->outOfOrder);

        p.remove(QStringLiteral("002_b.up.sql"));
        p.remove(QStringLiteral("002_b.down.sql"));
        runUp(*session); // applies 5, fails at 6

        const std::optional<ProjectStatus> status = session->status(&error);
        QVERIFY2(status, qPrintable(error));
        QCOMPARE(status->find(v("1"))->state, MigrationState::Modified);
        QCOMPARE(status->find(v("3"))->state, MigrationState::Applied);
        QCOMPARE(status->find(v("4"))->state, MigrationState::Missing);
        QVERIFY(!status->find(v("4"))->file);
        QCOMPARE(status->find(v("5"))->state, MigrationState::Applied);
        QCOMPARE(status->find(v("6"))->state, MigrationState::Failed);
        QVERIFY(status->find(v("6"))->lastFailure->error.contains(QLatin1String("missing_table")));
        QCOMPARE(*status->currentVersion, v("5"));
        QStringList order;
        for (const MigrationStatus &m : status->migrations)
            order << m.version.toString();
        QCOMPARE(order, (QStringList{"1", "3", "4", "5", "6"}));
    }

    void partiallyAppliedRowIsFailedAndBlocksUp()
    {
        Catalog catalog;
        Migration m;
        m.version = v("1");
        m.description = QStringLiteral("big");
        m.script = QStringLiteral("1_big.up.sql");
        m.upSql = QStringLiteral("SELECT 1; SELECT 2;");
        m.checksum = QStringLiteral("abc");
        catalog.migrations = {m};
        AppliedMigration row;
        row.version = m.version;
        row.checksum = m.checksum;
        row.statementsDone = 1;
        row.statementsTotal = 2;
        const ProjectStatus status = computeStatus(catalog, {row}, {});
        QCOMPARE(status.migrations.constFirst().state, MigrationState::Failed);
        const Plan plan = planUp(status, DatabaseKind::Sqlite);
        QVERIFY(plan.refused());
        QVERIFY(plan.refusal.contains(QLatin1String("1 of 2")));
    }

    void stateNames_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("name");
        QTest::newRow("applied") << int(MigrationState::Applied) << "applied";
        QTest::newRow("pending") << int(MigrationState::Pending) << "pending";
        QTest::newRow("modified") << int(MigrationState::Modified) << "modified";
        QTest::newRow("missing") << int(MigrationState::Missing) << "missing";
        QTest::newRow("failed") << int(MigrationState::Failed) << "failed";
    }

    void stateNames()
    {
        QFETCH(int, state);
        QFETCH(QString, name);
        QCOMPARE(migrationStateName(MigrationState(state)), name);
    }
};

QTEST_GUILESS_MAIN(TestMigrationStatus)
#include "tst_migrationstatus.moc"
