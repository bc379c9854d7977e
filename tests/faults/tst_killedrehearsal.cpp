// tidemark-cli up --rehearse killed with SIGKILL at random moments on every database (ctest runs this suite on
// SQLite, PostgreSQL and MariaDB). A rehearsal keeps nothing: after each kill the schema, the rows and Tidemark's
// history read exactly as before it, and on MariaDB the scratch database a killed rehearsal left is dropped by the
// next one. Seeded: a failure names the seed, iteration and delay; TIDEMARK_FAULT_SEED=N replays it.
#include "clirunner.h"
#include "testproject.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace tidemark;
using tidemark::test::CliRunner;
using tidemark::test::TestProject;

namespace {

constexpr int kills = 12;

// What must not change, read outside the rehearsal.
struct Record
{
    QString schema;
    QStringList history;
    int events = 0;
    int customers = 0;

    friend bool operator==(const Record &, const Record &) = default;
};

Record read(const TestProject &p)
{
    const std::unique_ptr<Session> session = p.open();
    return {p.schemaSnapshot(*session).text(), p.historyRows(),
            p.count(QStringLiteral("SELECT COUNT(*) FROM tidemark_events")),
            p.count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE name = 'Ann'"))};
}

int scratchDatabases(const TestProject &p)
{
    return p.dialect() != DatabaseKind::MySql
               ? 0
               : p.count(QStringLiteral("SELECT COUNT(*) FROM information_schema.SCHEMATA "
                                        "WHERE SCHEMA_NAME LIKE 'tidemark\\_rehearsal\\_%'"));
}

QStringList arguments(const TestProject &p)
{
    return {QStringLiteral("up"),        QStringLiteral("--rehearse"), QStringLiteral("--project"),
            p.migrationsDir(),           QStringLiteral("--url"),      p.urlText(),
            QStringLiteral("--lock-timeout"), QStringLiteral("30")};
}

// Enough work that the rehearsal takes a while on every database. MariaDB stops a recursion at 1000 rows (its
// max_recursive_iterations), so there the time comes from a sleep.
QString manyRows(const QString &table, DatabaseKind kind)
{
    const bool mysql = kind == DatabaseKind::MySql;
    return QStringLiteral("INSERT INTO %1 (id) WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n "
                          "WHERE x < %2) SELECT x FROM n;\n")
               .arg(table)
               .arg(mysql ? 900 : 20000)
        + (mysql ? QStringLiteral("DO SLEEP(0.2);\n") : QString());
}

} // namespace

class TestKilledRehearsal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QByteArray given = qgetenv("TIDEMARK_FAULT_SEED");
        m_seed = given.isEmpty() ? QRandomGenerator::global()->generate() : given.toUInt();
        qInfo("TIDEMARK_FAULT_SEED=%u", m_seed);
    }

    void killedRehearsalKeepsNothing()
    {
        TestProject p;
        p.write(QStringLiteral("001_customers"),
                QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(100));\n"
                               "INSERT INTO customers (id, name) VALUES (1, 'Ann');\n"));
        CliRunner cli = CliRunner::withPassword(p.password());
        const auto applied = cli.run({QStringLiteral("up"), QStringLiteral("--project"), p.migrationsDir(),
                                      QStringLiteral("--url"), p.urlText()});
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.all()));
        p.write(QStringLiteral("002_orders"),
                QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY);\n") + manyRows(QStringLiteral("orders"), p.dialect())
                    + QStringLiteral("UPDATE customers SET name = 'Bea';\n"
                                     "ALTER TABLE customers ADD COLUMN email VARCHAR(200);\n"));
        p.write(QStringLiteral("003_items"), QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY);\n")
                                                 + manyRows(QStringLiteral("items"), p.dialect())
                                                 + QStringLiteral("CREATE INDEX items_id ON items (id);\n"));
        const Record before = read(p);
        QCOMPARE(before.customers, 1);

        QElapsedTimer timer;
        timer.start();
        const auto full = cli.run(arguments(p));
        const qint64 fullMs = timer.elapsed();
        QVERIFY2(full.exitCode == 0, qPrintable(full.all()));
        QVERIFY2(full.out.contains("Nothing was left behind"), qPrintable(full.all()));
        QCOMPARE(read(p), before);

        QRandomGenerator random(m_seed);
        for (int i = 0; i < kills; ++i) {
            // Most of a run is the process starting and connecting: the kills go into its second half and past it.
            const int delay = int(fullMs / 3) + random.bounded(int(fullMs * 8 / 10) + 1);
            QProcess process;
            cli.start(process, arguments(p));
            if (!process.waitForStarted())
                qFatal("could not start %s", qPrintable(CliRunner::program()));
            QThread::msleep(delay);
            process.kill();
            process.waitForFinished();
            const QString where = QStringLiteral("seed %1, kill %2 after %3 ms").arg(m_seed).arg(i).arg(delay);
            const Record after = read(p);
            QVERIFY2(after.schema == before.schema, qPrintable(where + u'\n' + after.schema));
            QVERIFY2(after.history == before.history, qPrintable(where));
            QVERIFY2(after.events == before.events, qPrintable(where));
            QVERIFY2(after.customers == 1, qPrintable(where));
            QVERIFY2(!p.tableExists(QStringLiteral("orders")), qPrintable(where));
            QVERIFY2(scratchDatabases(p) <= 1, qPrintable(where));
        }

        // The next rehearsal waits for a killed one's session to end, drops what it left, and leaves nothing.
        const auto last = cli.run(arguments(p));
        QVERIFY2(last.exitCode == 0, qPrintable(last.all()));
        QCOMPARE(scratchDatabases(p), 0);
        QCOMPARE(read(p), before);
    }

private:
    quint32 m_seed = 0;
};

QTEST_GUILESS_MAIN(TestKilledRehearsal)
#include "tst_killedrehearsal.moc"
