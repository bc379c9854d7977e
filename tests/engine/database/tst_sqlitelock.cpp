#include "database/sqlitelock.h"
#include "testproject.h"

#include <QElapsedTimer>
#include <QHostInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace tidemark;
using tidemark::test::queryValue;
using tidemark::test::TestProject;

namespace {

RunResult upWithTimeout(Session &session, std::chrono::milliseconds timeout, RunLog *log = nullptr)
{
    QString error;
    RunOptions options;
    options.lockTimeout = timeout;
    options.onEvent = [log](const RunEvent &e) {
        if (log)
            log->append(e);
    };
    return session.run(planUp(*session.status(&error), DatabaseKind::Sqlite), options);
}

// Leaves a lock row in the database as if another runner held it.
void plantLock(const TestProject &p, const LockIdentity &holder, int heartbeatAgeSeconds)
{
    auto session = p.open();
    SqliteLock lock(session->database(), QStringLiteral("tidemark_lock"), holder);
    QVERIFY(lock.tryAcquire().acquired);
    QSqlQuery age(session->database());
    age.prepare(QStringLiteral("UPDATE tidemark_lock SET heartbeat_at = ?"));
    age.addBindValue(QDateTime::currentDateTimeUtc().addSecs(-heartbeatAgeSeconds).toString(Qt::ISODateWithMs));
    QVERIFY(age.exec());
}

qint64 deadPid()
{
    QProcess process;
    process.start(QStringLiteral("sleep"), {QStringLiteral("0.1")});
    process.waitForStarted();
    const qint64 pid = process.processId();
    process.waitForFinished(); // reaped: the pid now names no process
    return pid;
}

void writeMigrations(const TestProject &p, int n)
{
    for (int i = 1; i <= n; ++i)
        p.write(QStringLiteral("%1_t%1").arg(i, 3, 10, QChar(u'0')),
                QStringLiteral("CREATE TABLE t%1 (id INT);\nINSERT INTO t%1 VALUES (%1);\n").arg(i),
                QStringLiteral("DROP TABLE t%1;\n").arg(i));
}

} // namespace

class TestSqliteLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void concurrentRunnersApplyEachMigrationOnce()
    {
        TestProject p;
        writeMigrations(p, 30);
        const Project project = p.project();
        const ConnectionUrl url = p.url();
        constexpr int runners = 4;
        std::array<RunOutcome, runners> outcomes{};
        std::array<QString, runners> messages;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < runners; ++i) {
            threads.emplace_back(QThread::create([&, i] {
                QString error;
                auto session = Session::open(project, url, {}, OpenMode::CreateIfMissing, &error);
                const RunResult result = session ? upWithTimeout(*session, std::chrono::seconds(60)) : RunResult{};
                outcomes[i] = session ? result.outcome : RunOutcome::Failed;
                messages[i] = session ? result.message : error;
            }));
            threads.back()->start();
        }
        for (auto &thread : threads)
            QVERIFY(thread->wait(120000));
        for (int i = 0; i < runners; ++i)
            QVERIFY2(outcomes[i] == RunOutcome::Succeeded, qPrintable(messages[i]));
        QCOMPARE(queryValue(p.databasePath(), "SELECT COUNT(*) FROM tidemark_history").toInt(), 30);
        QCOMPARE(queryValue(p.databasePath(), "SELECT COUNT(DISTINCT version) FROM tidemark_history").toInt(), 30);
        QCOMPARE(queryValue(p.databasePath(), "SELECT COUNT(*) FROM tidemark_events WHERE event = 'apply'").toInt(), 30);
        QCOMPARE(queryValue(p.databasePath(), "SELECT COUNT(*) FROM tidemark_lock").toInt(), 0);
    }

    void expiredLeaseOfAnotherHostIsTakenOver()
    {
        TestProject p;
        writeMigrations(p, 1);
        plantLock(p, {QStringLiteral("bob"), QStringLiteral("crashed-laptop"), 4242, QStringLiteral("old-run")}, 600);
        auto session = p.open();
        RunLog log;
        const RunResult result = upWithTimeout(*session, std::chrono::seconds(2), &log);
        QCOMPARE(result.outcome, RunOutcome::Succeeded);
        bool reported = false;
        for (const RunEvent &e : log.events())
            reported |= e.type == RunEvent::Type::LockAcquired && e.message.contains(QLatin1String("crashed-laptop"));
        QVERIFY2(reported, "taking over a stale lock must say whose it was");
    }

    void deadProcessOnThisHostIsTakenOver()
    {
        TestProject p;
        writeMigrations(p, 1);
        plantLock(p, {QStringLiteral("bob"), QHostInfo::localHostName(), deadPid(), QStringLiteral("old-run")}, 0);
        auto session = p.open();
        QCOMPARE(upWithTimeout(*session, std::chrono::seconds(2)).outcome, RunOutcome::Succeeded);
    }

    void liveProcessOnThisHostIsNeverBroken()
    {
        TestProject p;
        writeMigrations(p, 1);
        // This test process is alive; even a heartbeat an hour old does not make its lock stale.
        plantLock(p, {QStringLiteral("carol"), QHostInfo::localHostName(), QCoreApplication::applicationPid(),
                      QStringLiteral("live-run")},
                  3600);
        auto session = p.open();
        RunLog log;
        const RunResult result = upWithTimeout(*session, std::chrono::milliseconds(800), &log);
        QCOMPARE(result.outcome, RunOutcome::LockNotAcquired);
        QVERIFY2(result.message.contains(QLatin1String("carol")), qPrintable(result.message));
        QVERIFY(result.message.contains(QString::number(QCoreApplication::applicationPid())));
        QCOMPARE(log.events().at(1).type, RunEvent::Type::LockWaiting);
        QCOMPARE(queryValue(p.databasePath(), "SELECT COUNT(*) FROM sqlite_master WHERE name = 't1'").toInt(), 0);
        QCOMPARE(queryValue(p.databasePath(), "SELECT run_id FROM tidemark_lock").toString(), QStringLiteral("live-run"));
    }

    void freshHeartbeatOfAnotherHostIsNotBroken()
    {
        TestProject p;
        writeMigrations(p, 1);
        plantLock(p, {QStringLiteral("dave"), QStringLiteral("ci-runner-7"), 1, QStringLiteral("remote-run")}, 5);
        auto session = p.open();
        const RunResult result = upWithTimeout(*session, std::chrono::milliseconds(500));
        QCOMPARE(result.outcome, RunOutcome::LockNotAcquired);
        QVERIFY(result.message.contains(QLatin1String("ci-runner-7")));
    }

    void holderIsVisibleToStatus()
    {
        TestProject p;
        writeMigrations(p, 1);
        plantLock(p, {QStringLiteral("erin"), QStringLiteral("db-admin-box"), 77, QStringLiteral("r")}, 0);
        auto session = p.open();
        QString error;
        const std::optional<LockHolder> holder = session->lockHolder(&error);
        QVERIFY(holder);
        QCOMPARE(holder->owner, QStringLiteral("erin"));
        QVERIFY(holder->describe().contains(QLatin1String("db-admin-box")));
    }

    void staleReasonSaysWhyTheHolderIsGone_data()
    {
        QTest::addColumn<QString>("host"); // "this": this machine
        QTest::addColumn<bool>("processAlive");
        QTest::addColumn<int>("heartbeatAge");
        QTest::addColumn<QString>("reason"); // a part of it; empty: alive, never broken
        QTest::newRow("this machine, process gone") << "this" << false << 0 << "no longer runs on this machine";
        QTest::newRow("this machine, process alive, old heartbeat") << "this" << true << 3600 << "";
        QTest::newRow("another machine, lease expired") << "far-away" << true << 600 << "past its 120 s lease";
        QTest::newRow("another machine, fresh heartbeat") << "far-away" << true << 5 << "";
    }
    void staleReasonSaysWhyTheHolderIsGone()
    {
        QFETCH(QString, host);
        QFETCH(bool, processAlive);
        QFETCH(int, heartbeatAge);
        QFETCH(QString, reason);
        TestProject p;
        writeMigrations(p, 1);
        const qint64 pid = processAlive ? QCoreApplication::applicationPid() : deadPid();
        plantLock(p, {QStringLiteral("bob"), host == u"this" ? QHostInfo::localHostName() : host, pid,
                      QStringLiteral("old-run")},
                  heartbeatAge);
        QString error;
        const std::optional<LockHolder> holder = p.open()->lockHolder(&error);
        QVERIFY2(holder, qPrintable(error));
        if (reason.isEmpty())
            QVERIFY2(holder->staleReason.isEmpty(), qPrintable(holder->staleReason));
        else
            QVERIFY2(holder->staleReason.contains(reason), qPrintable(holder->staleReason));
        QVERIFY(holder->endSession.isEmpty()); // nothing but Tidemark ends an SQLite lock
    }

    // Break Lock: only a holder the engine proves gone, recorded as a run of its own, and nothing else is written.
    void breakingTakesOverOnlyAGoneHolder_data()
    {
        QTest::addColumn<bool>("processAlive");
        QTest::addColumn<bool>("planted");
        QTest::addColumn<int>("outcome");
        QTest::newRow("gone") << false << true << int(RunOutcome::Succeeded);
        QTest::newRow("alive") << true << true << int(RunOutcome::LockNotAcquired);
        QTest::newRow("free") << false << false << int(RunOutcome::Refused);
    }
    void breakingTakesOverOnlyAGoneHolder()
    {
        QFETCH(bool, processAlive);
        QFETCH(bool, planted);
        QFETCH(int, outcome);
        TestProject p;
        writeMigrations(p, 1);
        auto session = p.open();
        QString error;
        QVERIFY(upWithTimeout(*session, std::chrono::seconds(2)).outcome == RunOutcome::Succeeded);
        const int eventsBefore = queryValue(p.databasePath(), "SELECT COUNT(*) FROM tidemark_events").toInt();
        if (planted)
            plantLock(p, {QStringLiteral("bob"), QHostInfo::localHostName(),
                          processAlive ? QCoreApplication::applicationPid() : deadPid(), QStringLiteral("old-run")},
                      0);
        RunOptions options;
        options.context.command = QStringLiteral("break-lock");
        options.lockTimeout = std::chrono::seconds(5); // breaking never waits, whatever the caller allows
        QElapsedTimer took;
        took.start();
        const RunResult result = session->breakStaleLock(options);
        QCOMPARE(int(result.outcome), outcome);
        QVERIFY2(took.elapsed() < 4000, "a live holder is looked at once, not waited for");
        const int recorded = queryValue(p.databasePath(), "SELECT COUNT(*) FROM tidemark_events").toInt() - eventsBefore;
        const QString lockRun = queryValue(p.databasePath(), "SELECT run_id FROM tidemark_lock").toString();
        if (result.outcome != RunOutcome::Succeeded) {
            QCOMPARE(recorded, 0);
            QCOMPARE(lockRun, planted ? QStringLiteral("old-run") : QString());
            return;
        }
        QVERIFY2(result.message.contains(QLatin1String("no longer runs")), qPrintable(result.message));
        QVERIFY(lockRun.isEmpty()); // taken over, and released
        QCOMPARE(recorded, 3);
        const QString where = QStringLiteral(" FROM tidemark_events WHERE run_id = '%1'").arg(result.runId);
        QCOMPARE(queryValue(p.databasePath(), "SELECT group_concat(event, ' ')" + where).toString(),
                 QStringLiteral("run-start lock-wait run-end"));
        QCOMPARE(queryValue(p.databasePath(), "SELECT details" + where + " AND event = 'run-start'").toString(),
                 QStringLiteral("break-lock"));
        const QString wait = queryValue(p.databasePath(), "SELECT details" + where + " AND event = 'lock-wait'").toString();
        QVERIFY2(wait.contains(QLatin1String("took over a stale lock left by bob")) && wait.contains(QLatin1String("no longer runs")),
                 qPrintable(wait));
        QCOMPARE(queryValue(p.databasePath(), "SELECT details" + where + " AND event = 'run-end'").toString(),
                 QStringLiteral("succeeded"));
    }
};

QTEST_GUILESS_MAIN(TestSqliteLock)
#include "tst_sqlitelock.moc"
