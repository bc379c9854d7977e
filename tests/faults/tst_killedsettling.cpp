// The changes that run no migration, killed with SIGKILL at random moments on every database (ctest runs this suite
// on SQLite, PostgreSQL and MariaDB): tidemark-cli drift --accept-file and --restore-file, and on SQLite break-lock.
// After each kill the history, the events and the files agree: an accepted checksum always comes with its drift
// event, a restored file with its event or with a drift run that has no end, a broken lock with its lock-wait event;
// the hash chain still holds. Seeded: a failure names the seed, kind, iteration and delay; TIDEMARK_FAULT_SEED=N
// replays it.
#include "clirunner.h"
#include "testproject.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace tidemark;
using tidemark::test::CliRunner;
using tidemark::test::TestProject;

namespace {

constexpr int killsPerKind = 16;

// Most of a run is the process starting and connecting: the kills go into its second half and just past its end.
int killDelay(QRandomGenerator &random, qint64 fullMs)
{
    return int(fullMs / 2) + random.bounded(int(fullMs * 7 / 10) + 1);
}
const QString appliedText = QStringLiteral("CREATE TABLE t2 (id INT);\n");

// What the database and the folder say, for one kill's before and after.
struct Record
{
    QString checksum;   // migration 2's, in the history
    int driftEvents = 0;
    int unendedRuns = 0; // run-starts without their run-end
    int tookOver = 0;    // lock-wait events of a stale lock taken over
    QString fileText;    // migration 2's up file
};

} // namespace

class TestKilledSettling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QByteArray given = qgetenv("TIDEMARK_FAULT_SEED");
        m_seed = given.isEmpty() ? QRandomGenerator::global()->generate() : given.toUInt();
        qInfo("TIDEMARK_FAULT_SEED=%u", m_seed);
    }

    void driftAcceptKilledKeepsChecksumAndEventTogether() { killRepeatedly(QStringLiteral("--accept-file")); }
    void driftRestoreKilledLeavesTheFileWholeAndAccountedFor() { killRepeatedly(QStringLiteral("--restore-file")); }

    void breakLockKilledLeavesAStaleLockOrARecordedBreak()
    {
        TestProject p;
        setUp(p);
        CliRunner cli = CliRunner::withPassword(p.password());
        if (p.dialect() != DatabaseKind::Sqlite) { // a server's lock ends with its session: nothing to break or kill
            const Record before = read(p);
            QCOMPARE(cli.run(arguments(p, {QStringLiteral("break-lock")})).exitCode, 3);
            QCOMPARE(read(p).unendedRuns, before.unendedRuns);
            QCOMPARE(p.count(QStringLiteral("SELECT COUNT(*) FROM tidemark_events WHERE event = 'run-start' AND "
                                            "details = 'break-lock'")),
                     0);
            return;
        }
        QRandomGenerator random(m_seed ^ 0xb0e);
        const qint64 full = durationOf(p, cli, {QStringLiteral("break-lock")}, [&] { plantStaleLock(p); });
        for (int i = 0; i < killsPerKind; ++i) {
            plantStaleLock(p);
            const Record before = read(p);
            const int delay = killDelay(random, full);
            killAfter(cli, arguments(p, {QStringLiteral("break-lock")}), delay);
            const Record after = read(p);
            const QString where = QStringLiteral("seed %1, break-lock, kill %2 after %3 ms").arg(m_seed).arg(i).arg(delay);
            const QString lockPid = p.value(QStringLiteral("SELECT pid FROM tidemark_lock")).toString();
            // The lock is gone, or still names a process that no longer runs: the next run takes it over.
            QVERIFY2(lockPid.isEmpty() || !QFile::exists(QStringLiteral("/proc/%1").arg(lockPid)), qPrintable(where));
            QVERIFY2(after.tookOver == before.tookOver || after.tookOver == before.tookOver + 1, qPrintable(where));
            if (after.tookOver > before.tookOver) // a break recorded is a break done: the old holder's row is gone
                QVERIFY2(p.value(QStringLiteral("SELECT run_id FROM tidemark_lock")).toString() != u"old-run",
                         qPrintable(where));
        }
        verifyChain(p, cli);
    }

private:
    static QStringList arguments(const TestProject &p, QStringList command)
    {
        return command << QStringLiteral("--project") << p.migrationsDir() << QStringLiteral("--url") << p.urlText();
    }

    // Migrations 1 and 2 applied.
    static void setUp(TestProject &p)
    {
        p.write(QStringLiteral("001_t1"), QStringLiteral("CREATE TABLE t1 (id INT);\n"));
        p.write(QStringLiteral("002_t2"), appliedText);
        const auto run = CliRunner::withPassword(p.password()).run(arguments(p, {QStringLiteral("up")}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
    }

    static QString upFile(const TestProject &p) { return p.migrationsDir() + QStringLiteral("/002_t2.up.sql"); }

    static Record read(const TestProject &p)
    {
        Record r;
        r.checksum = p.value(QStringLiteral("SELECT checksum FROM tidemark_history WHERE version = '2'")).toString();
        r.driftEvents = p.count(QStringLiteral("SELECT COUNT(*) FROM tidemark_events WHERE event = 'drift'"));
        r.unendedRuns = p.count(QStringLiteral("SELECT COUNT(*) FROM tidemark_events WHERE event = 'run-start'"))
                        - p.count(QStringLiteral("SELECT COUNT(*) FROM tidemark_events WHERE event = 'run-end'"));
        r.tookOver = p.count(QStringLiteral("SELECT COUNT(*) FROM tidemark_events WHERE event = 'lock-wait' AND "
                                            "details LIKE 'took over a stale lock%'"));
        QFile file(upFile(p));
        if (file.open(QIODevice::ReadOnly))
            r.fileText = QString::fromUtf8(file.readAll());
        return r;
    }

    static void edit(const TestProject &p, int i)
    {
        p.write(QStringLiteral("002_t2"), appliedText + QStringLiteral("-- edited, take %1\n").arg(i));
    }

    void plantStaleLock(const TestProject &p) const
    {
        QProcess gone;
        gone.start(QStringLiteral("true"));
        gone.waitForFinished();
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        p.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS tidemark_lock (id INTEGER PRIMARY KEY CHECK (id = 1), "
                              "owner TEXT NOT NULL, host TEXT NOT NULL, pid INTEGER NOT NULL, run_id TEXT NOT NULL, "
                              "acquired_at TEXT NOT NULL, heartbeat_at TEXT NOT NULL, lease_seconds INTEGER NOT NULL)"));
        QVERIFY(p.exec(QStringLiteral("INSERT OR REPLACE INTO tidemark_lock VALUES (1, 'bob', '%1', %2, 'old-run', "
                                      "'%3', '%3', 120)")
                           .arg(QHostInfo::localHostName())
                           .arg(gone.processId())
                           .arg(now)));
    }

    // How long the command takes here, unbroken, from a fresh start of its state (prepare).
    static qint64 durationOf(const TestProject &p, const CliRunner &cli, const QStringList &command,
                             const std::function<void()> &prepare)
    {
        prepare();
        QElapsedTimer timer;
        timer.start();
        const auto run = cli.run(arguments(p, command));
        const qint64 ms = timer.elapsed();
        if (run.exitCode != 0)
            qFatal("%s failed unbroken: %s", qPrintable(command.join(u' ')), qPrintable(run.all()));
        return ms;
    }

    // Starts the command and kills it with SIGKILL after delay ms (or lets it end first), then waits until the
    // server has let its session go, with the lock.
    static void killAfter(const CliRunner &cli, const QStringList &arguments, int delay)
    {
        QProcess process;
        cli.start(process, arguments);
        if (!process.waitForStarted())
            qFatal("could not start %s", qPrintable(CliRunner::program()));
        QThread::msleep(delay);
        process.kill();
        process.waitForFinished();
    }

    static void waitForTheLock(const TestProject &p)
    {
        QElapsedTimer waited;
        waited.start();
        QString error;
        while (p.open()->lockHolder(&error).has_value()) {
            if (waited.elapsed() > 30'000)
                qFatal("the killed run's lock is still held after 30 s");
            QTest::qWait(20);
        }
    }

    static void verifyChain(const TestProject &p, const CliRunner &cli)
    {
        const auto verify = cli.run(arguments(p, {QStringLiteral("audit"), QStringLiteral("verify")}));
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.all()));
    }

    void killRepeatedly(const QString &action)
    {
        TestProject p;
        setUp(p);
        CliRunner cli = CliRunner::withPassword(p.password());
        const QStringList command{QStringLiteral("drift"), QStringLiteral("2"), action, QStringLiteral("--lock-timeout"),
                                  QStringLiteral("30")};
        QRandomGenerator random(m_seed ^ (action == u"--accept-file" ? 0xacce : 0x2e57));
        const qint64 full = durationOf(p, cli, command, [&] { edit(p, 0); });
        int recorded = 0, unended = 0;
        for (int i = 1; i <= killsPerKind; ++i) {
            edit(p, i);
            const Record before = read(p);
            const int delay = killDelay(random, full);
            killAfter(cli, arguments(p, command), delay);
            if (p.dialect() != DatabaseKind::Sqlite)
                waitForTheLock(p);
            const Record after = read(p);
            const QString where = QStringLiteral("seed %1, %2, kill %3 after %4 ms").arg(m_seed).arg(action).arg(i).arg(delay);
            const int events = after.driftEvents - before.driftEvents;
            QVERIFY2(events == 0 || events == 1, qPrintable(where));
            recorded += events;
            unended += after.unendedRuns - before.unendedRuns;
            if (action == u"--accept-file") {
                QCOMPARE(after.fileText, before.fileText); // accepting never writes the file
                const QString edited = p.open()->status(nullptr)->find(*Version::parse(QStringLiteral("2")))->file->checksum;
                // The history has the file's checksum exactly when the event that says so is there.
                QVERIFY2(events == 1 ? after.checksum == edited : after.checksum == before.checksum, qPrintable(where));
            } else {
                QCOMPARE(after.checksum, before.checksum); // restoring never writes the history row
                // The file is whole, either as it was or as applied; restored only with its event or an unended run.
                QVERIFY2(after.fileText == before.fileText || after.fileText == appliedText, qPrintable(where));
                if (events == 1)
                    QVERIFY2(after.fileText == appliedText, qPrintable(where));
                if (after.fileText == appliedText && events == 0)
                    QVERIFY2(after.unendedRuns == before.unendedRuns + 1, qPrintable(where));
            }
        }
        qInfo("%s: %d kills over %lld ms; %d recorded the drift, %d stopped a run part-way", qPrintable(action),
              killsPerKind, full, recorded, unended);
        verifyChain(p, cli);
    }

    quint32 m_seed = 0;
};

QTEST_GUILESS_MAIN(TestKilledSettling)
#include "tst_killedsettling.moc"
