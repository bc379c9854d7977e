// Rehearsal on every database (ctest runs it on SQLite, PostgreSQL and MariaDB): the plan runs for real and is
// undone, and afterwards the schema and Tidemark's history read exactly as before.
#include "testproject.h"

#include <QSqlQuery>
#include <QTest>

using namespace tidemark;
using tidemark::test::TestProject;

namespace {

struct Before
{
    SchemaSnapshot schema;
    QStringList history;
    int events = 0;
};

Before readBefore(Session &session, const TestProject &p)
{
    return {p.schemaSnapshot(session), p.historyRows(), p.count(QStringLiteral("SELECT COUNT(*) FROM tidemark_events"))};
}

Plan freshPlan(Session &session, const std::function<Plan(const ProjectStatus &, const PlanDialect &)> &planner)
{
    QString error;
    const std::optional<ProjectStatus> status = session.status(&error);
    if (!status)
        qFatal("status failed: %s", qPrintable(error));
    return planner(*status, session.planDialect());
}

RehearsalReport rehearseUp(Session &session, std::chrono::milliseconds lockTimeout = std::chrono::seconds(10))
{
    const Plan plan = freshPlan(session, [](const ProjectStatus &s, const PlanDialect &d) { return planUp(s, d); });
    RehearsalOptions options;
    options.lockTimeout = lockTimeout;
    return session.rehearse(plan, options);
}

// The first migration applied for real, with a row, so that a rehearsal works on an existing table.
void applyCustomers(Session &session, const TestProject &p)
{
    p.write(QStringLiteral("001_customers"),
            QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(100));\n"
                           "INSERT INTO customers (id, name) VALUES (1, 'Ann');\n"),
            QStringLiteral("DROP TABLE customers;\n"));
    const RunResult result = tidemark::test::runFreshPlan(
        session, [&](const ProjectStatus &s) { return planUp(s, session.planDialect()); });
    if (result.outcome != RunOutcome::Succeeded)
        qFatal("applying 001 failed: %s", qPrintable(result.message));
}

void verifyNothingLeft(Session &session, const TestProject &p, const Before &before, const RehearsalReport &report)
{
    QVERIFY2(report.leftNothingBehind, qPrintable(report.leftBehind));
    QCOMPARE(p.schemaSnapshot(session).text(), before.schema.text());
    QCOMPARE(p.historyRows(), before.history);
    QCOMPARE(p.count(QStringLiteral("SELECT COUNT(*) FROM tidemark_events")), before.events);
    if (p.dialect() == DatabaseKind::MySql)
        QCOMPARE(p.count(QStringLiteral("SELECT COUNT(*) FROM information_schema.SCHEMATA "
                                        "WHERE SCHEMA_NAME LIKE 'tidemark\\_rehearsal\\_%'")),
                 0);
}

} // namespace

class TestRehearsal : public QObject
{
    Q_OBJECT

private slots:
    void runsThePlanAndLeavesNothingBehind();
    void reportsTheFailingStepWithItsLine();
    void namesTheLocksEachStepTakes();
    void doesNotSendWhatCannotRunInATransaction();
    void rehearsesARollback();
    void aRollbackWithoutADownIsBlocked();
    void waitsForTheLockThenGivesUp();
    void scratchDatabaseNeverTouchesTheTarget();
};

void TestRehearsal::runsThePlanAndLeavesNothingBehind()
{
    TestProject p;
    std::unique_ptr<Session> session = p.open();
    applyCustomers(*session, p);
    p.write(QStringLiteral("002_orders"),
            QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER);\n"
                           "INSERT INTO orders (id, customer_id) VALUES (1, 1), (2, 1);\n"
                           "ALTER TABLE customers ADD COLUMN email VARCHAR(200);\n"));
    p.write(QStringLiteral("003_index"), QStringLiteral("CREATE INDEX orders_customer ON orders (customer_id);\n"
                                                        "UPDATE customers SET name = 'Bea';\n"));
    const Before before = readBefore(*session, p);

    const RehearsalReport report = rehearseUp(*session);

    QCOMPARE(report.outcome, RehearsalOutcome::Succeeded);
    QCOMPARE(report.steps.size(), 2);
    QCOMPARE(report.steps.at(0).result, RehearsedStep::Result::Succeeded);
    QCOMPARE(report.steps.at(0).statementsRun, 3);
    QCOMPARE(report.steps.at(1).result, RehearsedStep::Result::Succeeded);
    // The scratch database of MariaDB has no rows: the UPDATE changes none there.
    QCOMPARE(report.steps.at(0).rows, 2);
    QCOMPARE(report.steps.at(1).rows, p.dialect() == DatabaseKind::MySql ? 0 : 1);
    QVERIFY(report.schemaRead);
    const QString diff = report.schemaDiff();
    QVERIFY2(diff.contains(QLatin1String("+CREATE TABLE")) && diff.contains(QLatin1String("orders")), qPrintable(diff));
    QVERIFY2(diff.contains(QLatin1String("email")), qPrintable(diff));
    QVERIFY2(diff.contains(QLatin1String("orders_customer")), qPrintable(diff));
    QVERIFY(!report.before.text().contains(QLatin1String("email")));
    QCOMPARE(report.before.text(), before.schema.text());

    verifyNothingLeft(*session, p, before, report);
    QVERIFY(!p.tableExists(QStringLiteral("orders")));
    QCOMPARE(p.value(QStringLiteral("SELECT name FROM customers WHERE id = 1")).toString(), QStringLiteral("Ann"));
}

void TestRehearsal::reportsTheFailingStepWithItsLine()
{
    TestProject p;
    std::unique_ptr<Session> session = p.open();
    applyCustomers(*session, p);
    p.write(QStringLiteral("002_orders"), QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY);\n"));
    p.write(QStringLiteral("003_typo"), QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY);\n"
                                                       "-- the typo a lexical check lets through\n"
                                                       "CREAT TABLE lines (id INTEGER);\n"));
    p.write(QStringLiteral("004_later"), QStringLiteral("CREATE TABLE later (id INTEGER PRIMARY KEY);\n"));
    const Before before = readBefore(*session, p);

    const RehearsalReport report = rehearseUp(*session);

    QCOMPARE(report.outcome, RehearsalOutcome::Failed);
    QCOMPARE(report.steps.size(), 3);
    QCOMPARE(report.steps.at(0).result, RehearsedStep::Result::Succeeded);
    const RehearsedStep &failed = report.steps.at(1);
    QCOMPARE(failed.result, RehearsedStep::Result::Failed);
    QCOMPARE(failed.failedStatement, 2);
    QCOMPARE(failed.failedLine, 3);
    QVERIFY(failed.failedSql.startsWith(QLatin1String("CREAT TABLE lines")));
    QVERIFY(!failed.error.isEmpty());
    QVERIFY2(report.message.contains(QLatin1String("line 3")), qPrintable(report.message));
    QCOMPARE(report.steps.at(2).result, RehearsedStep::Result::NotReached);
    // What a real run would have left: 002 committed; 003 rolled back where it runs in a transaction.
    QVERIFY(report.after.text().contains(QLatin1String("orders")));
    QCOMPARE(report.after.text().contains(QLatin1String("items")), p.dialect() == DatabaseKind::MySql);
    QVERIFY(!report.after.text().contains(QLatin1String("later")));

    verifyNothingLeft(*session, p, before, report);
}

void TestRehearsal::namesTheLocksEachStepTakes()
{
    TestProject p;
    std::unique_ptr<Session> session = p.open();
    applyCustomers(*session, p);
    p.write(QStringLiteral("002_alter"), QStringLiteral("ALTER TABLE customers ADD COLUMN email VARCHAR(200);\n"));
    p.write(QStringLiteral("003_new"), QStringLiteral("CREATE TABLE fresh (id INTEGER PRIMARY KEY);\n"
                                                      "CREATE INDEX fresh_id ON fresh (id);\n"));

    const RehearsalReport report = rehearseUp(*session);

    QCOMPARE(report.outcome, RehearsalOutcome::Succeeded);
    if (p.dialect() != DatabaseKind::Postgres) {
        // Only PostgreSQL says which locks a transaction holds.
        QVERIFY(report.steps.at(0).locks.isEmpty());
        return;
    }
    const HeldLock exclusive{QStringLiteral("AccessExclusiveLock"), QStringLiteral("public.customers"),
                             QStringLiteral("table")};
    QVERIFY2(report.steps.at(0).locks.contains(exclusive),
             qPrintable(report.steps.at(0).locks.isEmpty() ? QStringLiteral("no locks")
                                                           : report.steps.at(0).locks.first().describe()));
    QCOMPARE(report.steps.at(0).locks.first().describe(),
             QStringLiteral("ACCESS EXCLUSIVE on public.customers: blocks reads and writes until commit"));
    // A table the plan creates is seen by nobody until commit: its locks block no one and are not listed.
    QVERIFY(report.steps.at(1).locks.isEmpty());
}

void TestRehearsal::doesNotSendWhatCannotRunInATransaction()
{
    TestProject p;
    std::unique_ptr<Session> session = p.open();
    applyCustomers(*session, p);
    const QString outside =
        p.dialect() == DatabaseKind::Postgres ? QStringLiteral("CREATE INDEX CONCURRENTLY customers_name ON customers (name);\n")
        : p.dialect() == DatabaseKind::Sqlite ? QStringLiteral("VACUUM;\n")
                                              : QStringLiteral("CREATE INDEX customers_name ON customers (name);\n");
    p.write(QStringLiteral("002_outside"), QStringLiteral("ALTER TABLE customers ADD COLUMN email VARCHAR(200);\n")
                                               + outside);

    const RehearsalReport report = rehearseUp(*session);

    QCOMPARE(report.outcome, RehearsalOutcome::Succeeded);
    const RehearsedStep &step = report.steps.at(0);
    if (p.dialect() == DatabaseKind::MySql) {
        // The scratch database needs no transaction: every statement runs there.
        QCOMPARE(step.notRun.size(), 0);
        QCOMPARE(step.statementsRun, 2);
        return;
    }
    QCOMPARE(step.statementsRun, 1);
    QCOMPARE(step.notRun.size(), 1);
    QCOMPARE(step.notRun.at(0).statement, 2);
    QCOMPARE(step.notRun.at(0).line, 2);
    QVERIFY(step.notRun.at(0).why.contains(QLatin1String("transaction")));
}

void TestRehearsal::rehearsesARollback()
{
    TestProject p;
    std::unique_ptr<Session> session = p.open();
    applyCustomers(*session, p);
    const Before before = readBefore(*session, p);
    const Plan plan = freshPlan(*session, [](const ProjectStatus &s, const PlanDialect &d) {
        return planDownSteps(s, d, 1);
    });

    const RehearsalReport report = session->rehearse(plan, {});

    QCOMPARE(report.outcome, RehearsalOutcome::Succeeded);
    QCOMPARE(report.steps.at(0).direction, Direction::Down);
    QVERIFY(report.before.text().contains(QLatin1String("customers")));
    QVERIFY(!report.after.text().contains(QLatin1String("customers")));
    QVERIFY(p.tableExists(QStringLiteral("customers")));
    QCOMPARE(p.count(QStringLiteral("SELECT COUNT(*) FROM customers")), 1);
    QCOMPARE(p.count(QStringLiteral("SELECT COUNT(*) FROM tidemark_events")), before.events);
}

// A rollback that reaches a migration without a down stops there, as the run would: the steps before it rehearsed.
void TestRehearsal::aRollbackWithoutADownIsBlocked()
{
    TestProject p;
    std::unique_ptr<Session> session = p.open();
    p.write(QStringLiteral("001_customers"), QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY);\n"));
    p.write(QStringLiteral("002_orders"), QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY);\n"),
            QStringLiteral("DROP TABLE orders;\n"));
    const RunResult up = tidemark::test::runFreshPlan(
        *session, [&](const ProjectStatus &s) { return planUp(s, session->planDialect()); });
    QCOMPARE(up.outcome, RunOutcome::Succeeded);
    const Plan plan = freshPlan(*session, [](const ProjectStatus &s, const PlanDialect &d) {
        return planDownSteps(s, d, 2);
    });
    QCOMPARE(plan.steps.size(), 2);

    const RehearsalReport report = session->rehearse(plan, {});

    QCOMPARE(report.outcome, RehearsalOutcome::Failed);
    QCOMPARE(report.steps.at(0).result, RehearsedStep::Result::Succeeded);
    QCOMPARE(report.steps.at(1).result, RehearsedStep::Result::Blocked);
    QCOMPARE(report.steps.at(1).error, plan.steps.at(1).blockedReason);
    QVERIFY(report.after.text().contains(QLatin1String("customers")));
    QVERIFY(!report.after.text().contains(QLatin1String("orders")));
    QVERIFY(report.leftNothingBehind);
    QVERIFY(p.tableExists(QStringLiteral("orders")));
}

void TestRehearsal::waitsForTheLockThenGivesUp()
{
    TestProject p;
    std::unique_ptr<Session> session = p.open();
    applyCustomers(*session, p);
    p.write(QStringLiteral("002_orders"), QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY);\n"));
    std::unique_ptr<Session> holder = p.open();
    const std::unique_ptr<MigrationLock> lock = holder->dialect().createLock(
        holder->database(), p.project().tables, LockIdentity::current(QStringLiteral("holding-run")));
    QVERIFY(lock->tryAcquire().acquired);

    const RehearsalReport report = rehearseUp(*session, std::chrono::milliseconds(600));

    QCOMPARE(report.outcome, RehearsalOutcome::LockNotAcquired);
    QVERIFY(report.steps.isEmpty());
    QVERIFY2(report.message.contains(QLatin1String("locked by")), qPrintable(report.message));
    lock->release();
    QCOMPARE(rehearseUp(*session).outcome, RehearsalOutcome::Succeeded);
}

void TestRehearsal::scratchDatabaseNeverTouchesTheTarget()
{
    TestProject p;
    std::unique_ptr<Session> session = p.open();
    applyCustomers(*session, p);
    if (p.dialect() != DatabaseKind::MySql) {
        // In one transaction the target is the database the plan runs in; nothing names it differently.
        p.write(QStringLiteral("002_orders"), QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY);\n"));
        const RehearsalReport report = rehearseUp(*session);
        QVERIFY(report.where.contains(QLatin1String("transaction")));
        QVERIFY(!report.where.contains(QLatin1String("scratch")));
        return;
    }
    const QString target = p.value(QStringLiteral("SELECT DATABASE()")).toString();
    QVERIFY(p.exec(QStringLiteral("CREATE DATABASE tidemark_rehearsal_0123456789ab")));
    p.write(QStringLiteral("002_qualified"),
            QStringLiteral("INSERT INTO `%1`.customers (id, name) VALUES (2, 'Cy');\n"
                           "USE `%1`;\n"
                           "CREATE TABLE orders (id INTEGER PRIMARY KEY);\n")
                .arg(target));
    const Before before = readBefore(*session, p);

    const RehearsalReport report = rehearseUp(*session);

    QCOMPARE(report.outcome, RehearsalOutcome::Succeeded);
    QVERIFY2(report.notes.join(u'\n').contains(QLatin1String("tidemark_rehearsal_0123456789ab")),
             qPrintable(report.notes.join(u'\n')));
    const RehearsedStep &step = report.steps.at(0);
    QCOMPARE(step.notRun.size(), 2);
    QVERIFY(step.notRun.at(0).why.contains(target));
    QCOMPARE(step.statementsRun, 1);
    QCOMPARE(p.count(QStringLiteral("SELECT COUNT(*) FROM customers")), 1);
    QVERIFY(!p.tableExists(QStringLiteral("orders")));
    QVERIFY(report.where.contains(QLatin1String("tidemark_rehearsal_")));
    verifyNothingLeft(*session, p, before, report);
}

QTEST_GUILESS_MAIN(TestRehearsal)
#include "tst_rehearsal.moc"
