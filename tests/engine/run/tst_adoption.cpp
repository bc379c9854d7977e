#include "run/baselineplan.h"
#include "testproject.h"

#include <QTest>

using namespace tidemark;
using tidemark::test::queryValue;
using tidemark::test::TestProject;

namespace {

void writeFive(const TestProject &p)
{
    for (int i = 1; i <= 5; ++i)
        p.write(QStringLiteral("%1_t%1").arg(i), QStringLiteral("CREATE TABLE t%1 (id INT);\n").arg(i),
                QStringLiteral("DROP TABLE t%1;\n").arg(i));
}

// Runs SQL the way another tool would have, outside Tidemark.
void exec(const TestProject &p, const QString &script)
{
    for (const QString &sql : script.split(u';', Qt::SkipEmptyParts))
        if (!sql.trimmed().isEmpty())
            queryValue(p.databasePath(), sql);
}

Version v(const char *text)
{
    return *Version::parse(QString::fromLatin1(text));
}

} // namespace

class TestAdoption : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void otherToolsAreRecognised_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("tables");
        QTest::addColumn<QStringList>("recorded");
        QTest::addColumn<QStringList>("failed");
        QTest::newRow("golang-migrate")
            << "golang-migrate" << "CREATE TABLE schema_migrations (version bigint NOT NULL, dirty boolean NOT NULL);"
                                   "INSERT INTO schema_migrations VALUES (3, 0)"
            << QStringList{"1", "2", "3"} << QStringList{};
        QTest::newRow("golang-migrate dirty")
            << "golang-migrate" << "CREATE TABLE schema_migrations (version bigint NOT NULL, dirty boolean NOT NULL);"
                                   "INSERT INTO schema_migrations VALUES (3, 1)"
            << QStringList{} << QStringList{"3"};
        QTest::newRow("dbmate") << "dbmate" << "CREATE TABLE schema_migrations (version varchar(128) PRIMARY KEY);"
                                               "INSERT INTO schema_migrations VALUES ('1');"
                                               "INSERT INTO schema_migrations VALUES ('2')"
                                << QStringList{"1", "2"} << QStringList{};
        QTest::newRow("goose, with a rollback")
            << "goose" << "CREATE TABLE goose_db_version (id INTEGER PRIMARY KEY, version_id INTEGER, is_applied INTEGER);"
                          "INSERT INTO goose_db_version (version_id, is_applied) VALUES (0, 1);"
                          "INSERT INTO goose_db_version (version_id, is_applied) VALUES (1, 1);"
                          "INSERT INTO goose_db_version (version_id, is_applied) VALUES (2, 1);"
                          "INSERT INTO goose_db_version (version_id, is_applied) VALUES (3, 1);"
                          "INSERT INTO goose_db_version (version_id, is_applied) VALUES (3, 0)"
            << QStringList{"1", "2"} << QStringList{};
        QTest::newRow("flyway, with a failure")
            << "flyway" << "CREATE TABLE flyway_schema_history (installed_rank INT, version TEXT, type TEXT, success INT);"
                           "INSERT INTO flyway_schema_history VALUES (1, '1', 'SQL', 1);"
                           "INSERT INTO flyway_schema_history VALUES (2, '2', 'SQL', 1);"
                           "INSERT INTO flyway_schema_history VALUES (3, NULL, 'SQL', 1);"
                           "INSERT INTO flyway_schema_history VALUES (4, '3', 'SQL', 0)"
            << QStringList{"1", "2"} << QStringList{"3"};
    }

    void otherToolsAreRecognised()
    {
        QFETCH(QString, tool);
        QFETCH(QString, tables);
        QFETCH(QStringList, recorded);
        QFETCH(QStringList, failed);
        TestProject p;
        writeFive(p);
        exec(p, tables);
        auto session = p.open();
        QString error;
        const std::optional<ProjectStatus> status = session->status(&error);
        QVERIFY2(status, qPrintable(error));
        QVERIFY(status->otherTool);
        QCOMPARE(status->otherTool->tool, tool);
        QStringList seen;
        for (const MigrationStatus &m : status->migrations)
            if (status->otherTool->records(m.version))
                seen << m.version.toString();
        QCOMPARE(seen, recorded);
        QStringList failedSeen;
        for (const Version &f : status->otherTool->failed)
            failedSeen << f.toString();
        QCOMPARE(failedSeen, failed);
        QCOMPARE(planTakeover(*status, *status->otherTool).refused(), !failed.isEmpty());
    }

    void takeoverRecordsWithoutRunningThenUpAppliesTheRest()
    {
        TestProject p;
        writeFive(p);
        exec(p, "CREATE TABLE t1 (id INT); CREATE TABLE t2 (id INT); CREATE TABLE t3 (id INT);"
                "CREATE TABLE schema_migrations (version bigint NOT NULL, dirty boolean NOT NULL);"
                "INSERT INTO schema_migrations VALUES (3, 0)");
        auto session = p.open();
        QString error;
        const BaselinePlan plan = planTakeover(*session->status(&error), *session->status(&error)->otherTool);
        QCOMPARE(plan.migrations.size(), 3);
        QCOMPARE(session->recordWithoutRunning(plan.migrations, plan.details, {}).outcome, RunOutcome::Succeeded);
        QCOMPARE(queryValue(p.databasePath(), "SELECT COUNT(*) FROM tidemark_events WHERE event = 'baseline' "
                                              "AND details LIKE 'taken over from golang-migrate%'")
                     .toInt(),
                 3);
        const ProjectStatus after = *session->status(&error);
        QCOMPARE(after.find(v("3"))->state, MigrationState::Applied);
        QCOMPARE(after.find(v("4"))->state, MigrationState::Pending);
        RunOptions options;
        const RunResult result = session->run(planUp(after, DatabaseKind::Sqlite), options);
        QCOMPARE(result.outcome, RunOutcome::Succeeded); // would fail on "table t1 already exists" had it re-run them
        QCOMPARE(result.stepsDone, 2);
    }

    void baselineAtAVersion()
    {
        TestProject p;
        writeFive(p);
        auto session = p.open();
        QString error;
        const BaselinePlan plan = planBaselineAt(*session->status(&error), v("2"));
        QCOMPARE(plan.migrations.size(), 2);
        QCOMPARE(session->recordWithoutRunning(plan.migrations, plan.details, {}).outcome, RunOutcome::Succeeded);
        QCOMPARE(*session->status(&error)->currentVersion, v("2"));
        QVERIFY(planBaselineAt(*session->status(&error), v("4")).refused()); // a history exists now
        QVERIFY(planBaselineAt(*session->status(&error), v("9")).refused());
    }
};

QTEST_GUILESS_MAIN(TestAdoption)
#include "tst_adoption.moc"
