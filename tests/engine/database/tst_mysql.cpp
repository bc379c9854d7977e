// The engine and tidemark-cli against a real MariaDB (tests/harness/servers.sh), each test on a fresh database.
// DDL commits at once here, so a migration runs without a transaction and its history row counts statements.
#include "clirunner.h"
#include "database/mysqllock.h"
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

const QString triggerUp = QStringLiteral("CREATE TRIGGER customers_touch BEFORE INSERT ON customers FOR EACH ROW\n"
                                         "BEGIN\n  SET NEW.name = UPPER(NEW.name);\nEND;\n");

void writeThree(const TestProject &p)
{
    p.write(QStringLiteral("001_customers"),
            QStringLiteral("CREATE TABLE customers (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100) NOT NULL);\n"
                           "INSERT INTO customers (name) VALUES ('Ann; the first');\n"),
            QStringLiteral("DROP TABLE customers;\n"));
    p.write(QStringLiteral("002_touch"), triggerUp, QStringLiteral("DROP TRIGGER customers_touch;\n"));
    p.write(QStringLiteral("003_orders"),
            QStringLiteral("CREATE TABLE orders (id INT AUTO_INCREMENT PRIMARY KEY, customer_id INT,\n"
                           "  FOREIGN KEY (customer_id) REFERENCES customers(id));\n"),
            QStringLiteral("DROP TABLE orders;\n"));
}

QStringList cliArguments(const QString &command, const TestProject &p, const TestDatabase &db)
{
    return {command, QStringLiteral("--project"), p.migrationsDir(), QStringLiteral("--url"), db.urlText()};
}

QString tableCount(const TestDatabase &db, const QString &table)
{
    return QStringLiteral("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = '%1' "
                          "AND TABLE_NAME = '%2'")
        .arg(db.name(), table);
}

} // namespace

class TestMySql : public QObject
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
        TestDatabase db(DatabaseKind::MySql);
        auto session = db.open(p.project());
        QVERIFY(!session->dialect().transactionalDdl());
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);

        RunResult result = runFreshPlan(*session, [](const ProjectStatus &s) { return planUp(s, DatabaseKind::MySql); });
        QCOMPARE(result.outcome, RunOutcome::Succeeded);
        QCOMPARE(result.stepsDone, 3);
        QCOMPARE(db.value("SELECT GROUP_CONCAT(version ORDER BY installed_rank) FROM tidemark_history").toString(),
                 QStringLiteral("1,2,3"));
        QCOMPARE(db.count("SELECT COUNT(*) FROM tidemark_events WHERE event = 'apply'"), 3);
        QCOMPARE(db.count("SELECT COUNT(*) FROM tidemark_history WHERE statements_done = statements_total"), 3);
        QCOMPARE(db.value("SELECT up_sql FROM tidemark_history WHERE version = '2'").toString(), triggerUp);
        QVERIFY(db.value("SELECT applied_by FROM tidemark_history WHERE version = '1'").toString().endsWith(
            QLatin1String(" as tidemark")));
        // The trigger's BEGIN … END body ran as one statement.
        QVERIFY(db.exec("INSERT INTO customers (name) VALUES ('bob')"));
        QCOMPARE(db.value("SELECT name FROM customers ORDER BY id DESC LIMIT 1").toString(), QStringLiteral("BOB"));

        // DATETIME holds UTC, and reads back as UTC whatever the zone of this process (ctest sets TZ).
        QVERIFY(db.value("SELECT ABS(TIMESTAMPDIFF(SECOND, applied_at, UTC_TIMESTAMP())) < 60 FROM tidemark_history "
                         "WHERE version = '1'")
                    .toBool());
        QString error;
        std::optional<ProjectStatus> status = session->status(&error);
        QVERIFY2(status, qPrintable(error));
        const QDateTime appliedAt = status->find(v(1))->applied->appliedAt;
        QCOMPARE(appliedAt.timeSpec(), Qt::UTC);
        QVERIFY2(appliedAt >= before && appliedAt <= QDateTime::currentDateTimeUtc().addSecs(2),
                 qPrintable(appliedAt.toString(Qt::ISODateWithMs)));

        result = runFreshPlan(*session, [](const ProjectStatus &s) { return planDownSteps(s, DatabaseKind::MySql, 1); });
        QCOMPARE(result.outcome, RunOutcome::Succeeded);
        QCOMPARE(db.count("SELECT COUNT(*) FROM tidemark_history"), 2);
        QCOMPARE(db.count(tableCount(db, QStringLiteral("orders"))), 0);
        QCOMPARE(db.count("SELECT COUNT(*) FROM tidemark_events WHERE event = 'rollback' AND version = '3'"), 1);

        result = runFreshPlan(*session, [](const ProjectStatus &s) { return planGoto(s, DatabaseKind::MySql, v(1)); });
        QCOMPARE(result.outcome, RunOutcome::Succeeded);
        QCOMPARE(db.value("SELECT GROUP_CONCAT(version) FROM tidemark_history").toString(), QStringLiteral("1"));
        QCOMPARE(db.count("SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_NAME = 'customers_touch'"), 0);

        result = runFreshPlan(*session, [](const ProjectStatus &s) { return planGoto(s, DatabaseKind::MySql, v(3)); });
        QCOMPARE(result.outcome, RunOutcome::Succeeded);
        QCOMPARE(db.value("SELECT GROUP_CONCAT(version ORDER BY installed_rank) FROM tidemark_history").toString(),
                 QStringLiteral("1,2,3"));
        QCOMPARE(db.value("SELECT GROUP_CONCAT(CONCAT(event, ' ', version) ORDER BY id SEPARATOR ', ') "
                          "FROM tidemark_events WHERE event IN ('apply', 'rollback')")
                     .toString(),
                 QStringLiteral("apply 1, apply 2, apply 3, rollback 3, rollback 2, apply 2, apply 3"));
        status = session->status(&error);
        QCOMPARE(status->currentVersion, v(3));
    }

    void planSaysDdlCommitsImplicitlyForEveryStep()
    {
        TestProject p;
        writeTableMigrations(p, 2);
        p.write(QStringLiteral("003_own"), QStringLiteral("START TRANSACTION;\nINSERT INTO t1 VALUES (3);\nCOMMIT;\n"),
                QStringLiteral("DELETE FROM t1 WHERE id = 3;\n"));
        TestDatabase db(DatabaseKind::MySql);
        const QString why = QStringLiteral("DDL commits implicitly on MariaDB/MySQL: recorded statement by statement");
        const CliRunner cli = CliRunner::withPassword(db.password());
        const CliRun dryUp = cli.run(cliArguments(QStringLiteral("up"), p, db) << QStringLiteral("--dry-run"));
        QCOMPARE(dryUp.exitCode, 0);
        QVERIFY2(!dryUp.out.contains(QLatin1String("in a transaction")), qPrintable(dryUp.out));
        QVERIFY2(dryUp.out.contains(QStringLiteral("up 1 t1  (statements: 2, without a transaction: %1)").arg(why)),
                 qPrintable(dryUp.out));
        QVERIFY2(dryUp.out.contains(QStringLiteral("up 3 own  (statements: 3, without a transaction: %1)").arg(why)),
                 qPrintable(dryUp.out));
        QCOMPARE(cli.run(cliArguments(QStringLiteral("up"), p, db)).exitCode, 0);
        const QStringList down = cliArguments(QStringLiteral("down"), p, db)
                                 << QStringLiteral("--steps") << QStringLiteral("3") << QStringLiteral("--dry-run");
        const CliRun dryDown = cli.run(down);
        QCOMPARE(dryDown.exitCode, 0);
        QCOMPARE(dryDown.out.count(QStringLiteral("without a transaction: %1").arg(why)), 3);
    }

    void eventsAreAppendOnly()
    {
        TestProject p;
        writeTableMigrations(p, 1);
        TestDatabase db(DatabaseKind::MySql);
        auto session = db.open(p.project());
        QCOMPARE(runFreshPlan(*session, [](const ProjectStatus &s) { return planUp(s, DatabaseKind::MySql); }).outcome,
                 RunOutcome::Succeeded);
        QString error;
        QVERIFY(!db.exec("UPDATE tidemark_events SET actor = 'mallory'", &error));
        QVERIFY2(error.contains(QLatin1String("append-only")), qPrintable(error));
        QVERIFY(!db.exec("DELETE FROM tidemark_events", &error));
        QCOMPARE(db.count("SELECT COUNT(*) FROM tidemark_events WHERE event = 'apply'"), 1);
        // Creating the tables again (every run does) is harmless.
        QCOMPARE(runFreshPlan(*session, [](const ProjectStatus &s) { return planDownSteps(s, DatabaseKind::MySql, 1); })
                     .outcome,
                 RunOutcome::Succeeded);
        QCOMPARE(db.count("SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE EVENT_OBJECT_TABLE = "
                          "'tidemark_events' AND TRIGGER_SCHEMA = DATABASE()"),
                 2);
    }

    void failureMidFileLeavesAPartialRow()
    {
        TestProject p;
        p.write(QStringLiteral("001_ok"), QStringLiteral("CREATE TABLE ok (id INT);\n"));
        p.write(QStringLiteral("002_broken"), QStringLiteral("CREATE TABLE half (id INT);\n"
                                                             "INSERT INTO half VALUES (1);\n"
                                                             "INSERT INTO no_such_table VALUES (1);\n"
                                                             "CREATE TABLE never (id INT);\n"));
        TestDatabase db(DatabaseKind::MySql);
        auto session = db.open(p.project());
        const RunResult result = runFreshPlan(*session, [](const ProjectStatus &s) { return planUp(s, DatabaseKind::MySql); });
        QCOMPARE(result.outcome, RunOutcome::Failed);
        QCOMPARE(result.stepsDone, 1);
        QVERIFY2(result.message.contains(QLatin1String("no_such_table")), qPrintable(result.message));
        QVERIFY2(result.message.contains(QLatin1String("statement 3")), qPrintable(result.message));
        // What ran stays: DDL committed at once. The row says how far it got.
        QCOMPARE(db.value("SELECT GROUP_CONCAT(CONCAT(version, ':', statements_done, '/', statements_total) "
                          "ORDER BY installed_rank) FROM tidemark_history")
                     .toString(),
                 QStringLiteral("1:1/1,2:2/4"));
        QCOMPARE(db.count(tableCount(db, QStringLiteral("half"))), 1);
        QCOMPARE(db.count(tableCount(db, QStringLiteral("never"))), 0);
        QCOMPARE(db.count("SELECT COUNT(*) FROM tidemark_events WHERE event = 'fail' AND version = '2' "
                          "AND error LIKE '%no_such_table%'"),
                 1);
        QCOMPARE(db.count("SELECT COUNT(*) FROM tidemark_events WHERE event = 'apply'"), 1);
        QString error;
        const std::optional<ProjectStatus> status = session->status(&error);
        const MigrationStatus *broken = status->find(v(2));
        QCOMPARE(broken->state, MigrationState::Failed);
        QVERIFY(broken->applied && broken->applied->isPartial());
    }

    void failureInTheFirstStatementLeavesNoRow()
    {
        TestProject p;
        p.write(QStringLiteral("001_broken"), QStringLiteral("INSERT INTO no_such_table VALUES (1);\n"));
        TestDatabase db(DatabaseKind::MySql);
        auto session = db.open(p.project());
        QCOMPARE(runFreshPlan(*session, [](const ProjectStatus &s) { return planUp(s, DatabaseKind::MySql); }).outcome,
                 RunOutcome::Failed);
        QCOMPARE(db.count("SELECT COUNT(*) FROM tidemark_history"), 0);
        QCOMPARE(db.count("SELECT COUNT(*) FROM tidemark_events WHERE event = 'fail'"), 1);
    }

    void wrongPasswordIsClearAndNeverShown()
    {
        TestProject p;
        writeTableMigrations(p, 1);
        TestDatabase db(DatabaseKind::MySql);
        const QString wrong = QStringLiteral("Wr0ngSecretXyz42");
        QString error;
        const auto session = Session::open(p.project(), db.url(), wrong, OpenMode::CreateIfMissing, &error);
        QVERIFY(!session);
        QVERIFY2(error.contains(QLatin1String("Access denied")), qPrintable(error));
        QVERIFY(!error.contains(wrong));
        QVERIFY(!error.contains(db.password()));

        const CliRun run = CliRunner::withPassword(wrong).run(cliArguments(QStringLiteral("up"), p, db));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("Access denied")), qPrintable(run.all()));
        QVERIFY(!run.all().contains(wrong));
    }

    void schemaOptionIsRefused()
    {
        TestProject p;
        writeTableMigrations(p, 1);
        TestDatabase db(DatabaseKind::MySql);
        QString error;
        const auto session = Session::open(p.project(), *ConnectionUrl::parse(db.urlText(QStringLiteral("schema=x")), &error),
                                           db.password(), OpenMode::CreateIfMissing, &error);
        QVERIFY(!session);
        QVERIFY2(error.contains(QLatin1String("schema")), qPrintable(error));
    }

    void eightConcurrentClisApplyEachMigrationOnce()
    {
        TestProject p;
        writeTableMigrations(p, 20);
        TestDatabase db(DatabaseKind::MySql);
        QStringList arguments = cliArguments(QStringLiteral("up"), p, db);
        arguments << QStringLiteral("--lock-timeout") << QStringLiteral("120");
        const QList<CliRun> runs = CliRunner::withPassword(db.password()).runConcurrently(arguments, 8);
        for (const CliRun &run : runs)
            QVERIFY2(run.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.all())));
        QCOMPARE(db.count("SELECT COUNT(*) FROM tidemark_history"), 20);
        QCOMPARE(db.count("SELECT COUNT(DISTINCT version) FROM tidemark_history"), 20);
        QCOMPARE(db.count("SELECT COUNT(*) FROM tidemark_history WHERE statements_done = statements_total"), 20);
        QCOMPARE(db.count("SELECT COUNT(*) FROM tidemark_events WHERE event = 'apply'"), 20);
        QCOMPARE(db.count("SELECT COUNT(*) FROM tidemark_events WHERE event = 'fail'"), 0);
        QCOMPARE(db.count("SELECT COUNT(*) FROM t20"), 1);
        QVERIFY(db.value(QStringLiteral("SELECT IS_USED_LOCK('%1')")
                             .arg(MySqlLock::lockName(db.name(), QStringLiteral("tidemark_history"))))
                    .isNull());
    }

    void heldLockMakesUpExitFourNamingTheHolder()
    {
        TestProject p;
        writeTableMigrations(p, 2);
        TestDatabase db(DatabaseKind::MySql);
        const QString name = MySqlLock::lockName(db.name(), QStringLiteral("tidemark_history"));
        QVERIFY(name.size() <= 64);
        QSqlDatabase other = db.connect();
        QSqlQuery hold(other);
        QVERIFY2(hold.exec(QStringLiteral("SELECT GET_LOCK('%1', 0), CONNECTION_ID()").arg(name)) && hold.next(),
                 qPrintable(hold.lastError().text()));
        QCOMPARE(hold.value(0).toInt(), 1);
        const QString connection = hold.value(1).toString();

        QStringList arguments = cliArguments(QStringLiteral("up"), p, db);
        arguments << QStringLiteral("--lock-timeout") << QStringLiteral("1");
        QElapsedTimer timer;
        timer.start();
        const CliRun run = CliRunner::withPassword(db.password()).run(arguments);
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(QStringLiteral("tidemark (connection %1)").arg(connection)), qPrintable(run.all()));
        QVERIFY2(run.err.contains(QLatin1String("127.0.0.1")), qPrintable(run.all()));
        QVERIFY(timer.elapsed() < 20000);
        QCOMPARE(db.count(tableCount(db, QStringLiteral("t1"))), 0);

        const CliRun status =
            CliRunner::withPassword(db.password()).run(cliArguments(QStringLiteral("status"), p, db));
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains(QStringLiteral("Locked by: tidemark (connection %1)").arg(connection)),
                 qPrintable(status.all()));

        QVERIFY(hold.exec(QStringLiteral("SELECT RELEASE_LOCK('%1')").arg(name)) && hold.next());
        QCOMPARE(hold.value(0).toInt(), 1);
        arguments.last() = QStringLiteral("10");
        QCOMPARE(CliRunner::withPassword(db.password()).run(arguments).exitCode, 0);
        QCOMPARE(db.count("SELECT COUNT(*) FROM tidemark_history"), 2);
    }

    void lockIsReleasedAndLongNamesAreHashed()
    {
        TestProject p;
        writeTableMigrations(p, 1);
        TestDatabase db(DatabaseKind::MySql);
        auto session = db.open(p.project());
        const std::unique_ptr<MigrationLock> lock = session->dialect().createLock(
            session->database(), p.project().tables, LockIdentity::current(QStringLiteral("r")));
        QVERIFY(lock->tryAcquire().acquired);
        QString error;
        QVERIFY(lock->refresh(&error));
        auto other = db.open(p.project());
        const std::optional<LockHolder> holder = other->lockHolder(&error);
        QVERIFY2(holder, qPrintable(error));
        lock->release();
        lock->release(); // twice is harmless
        QVERIFY(!other->lockHolder(&error));

        const QString longName = MySqlLock::lockName(QString(60, u'd'), QStringLiteral("tidemark_history"));
        QCOMPARE(longName.size(), 64);
        QVERIFY(longName.startsWith(QLatin1String("tidemark:")));
        QVERIFY(longName != MySqlLock::lockName(QString(61, u'd'), QStringLiteral("tidemark_history")));
    }

    // The inspector shows what the holder's session does (the process list names a statement only while it runs:
    // tst_workbenchlock sees one), and the statement that ends that session, which releases the lock.
    void holdersSessionIsShownAndEndingItReleasesTheLock()
    {
        TestProject p;
        writeTableMigrations(p, 1);
        TestDatabase db(DatabaseKind::MySql);
        auto holderSession = db.open(p.project());
        const std::unique_ptr<MigrationLock> lock = holderSession->dialect().createLock(
            holderSession->database(), p.project().tables, LockIdentity::current(QStringLiteral("held")));
        QVERIFY(lock->tryAcquire().acquired);
        auto session = db.open(p.project());
        QString error;
        const std::optional<LockHolder> holder = session->lockHolder(&error);
        QVERIFY2(holder, qPrintable(error));
        QCOMPARE(holder->state, QStringLiteral("Sleep"));
        QVERIFY(holder->activity().startsWith(QLatin1String("Sleep for ")));
        QSqlQuery end(session->database());
        QVERIFY2(end.exec(holder->endSession), qPrintable(holder->endSession));
        QTRY_VERIFY(!session->lockHolder(&error));
        QVERIFY(error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMySql)
#include "tst_mysql.moc"
