// Cancel means cancel, on every database (ctest runs this suite on SQLite, PostgreSQL and MariaDB): the statement
// running on the server stops, the migration rolls back where it is transactional, a cancel event records it, and
// the history says exactly what was left. Ctrl-C in the CLI does the same.
#include "clirunner.h"
#include "testproject.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

#include <csignal>
#include <thread>

using namespace tidemark;
using tidemark::test::CliRunner;
using tidemark::test::TestProject;

namespace {

// A statement that runs for half a minute unless it is stopped.
QString longStatement(DatabaseKind dialect)
{
    switch (dialect) {
    case DatabaseKind::Postgres: return QStringLiteral("SELECT pg_sleep(30);\n");
    case DatabaseKind::MySql: return QStringLiteral("SELECT SLEEP(30);\n"); // KILL QUERY ends it early, without an error
    case DatabaseKind::Sqlite: break;
    }
    return QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 4000000000) "
                          "SELECT COUNT(*) FROM c;\n");
}

void writeSlowMigration(const TestProject &p)
{
    p.write(QStringLiteral("001_slow"), QStringLiteral("CREATE TABLE started (id INT);\n") + longStatement(p.dialect()),
            QStringLiteral("DROP TABLE started;\n"));
}

// What the database shows after a cancel during the long statement: PostgreSQL and SQLite rolled the migration
// back; MariaDB had committed the CREATE by itself, and the history says so.
void verifyCancelled(const TestProject &p, const QString &runMessage)
{
    QVERIFY2(runMessage.contains(QLatin1String("cancelled")), qPrintable(runMessage));
    QCOMPARE(p.count(QStringLiteral("SELECT COUNT(*) FROM tidemark_events WHERE event = 'cancel'")), 1);
    QCOMPARE(p.count(QStringLiteral("SELECT COUNT(*) FROM tidemark_events WHERE event = 'fail'")), 0);
    const bool kept = p.tableExists(QStringLiteral("started"));
    QCOMPARE(kept, !p.transactionalDdl());
    QCOMPARE(p.count(QStringLiteral("SELECT COALESCE(MAX(statements_done), 0) FROM tidemark_history")), kept ? 1 : 0);
    QCOMPARE(p.count(QStringLiteral("SELECT COUNT(*) FROM tidemark_history WHERE pending_statement <> 0")), 0);
}

} // namespace

class TestCancel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cancelStopsTheRunningStatement()
    {
        TestProject p;
        writeSlowMigration(p);
        auto session = p.open();
        QString error;
        const Plan plan = planUp(*session->status(&error), session->dialect().kind());
        std::atomic_bool cancel{false};
        RunOptions options;
        options.cancel = &cancel;
        bool sawStatementStart = false;
        options.onEvent = [&](const RunEvent &event) {
            sawStatementStart = sawStatementStart || event.type == RunEvent::Type::StatementExecuted;
        };
        std::jthread user([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(1500));
            cancel = true;
        });
        QElapsedTimer timer;
        timer.start();
        const RunResult result = session->run(plan, options);
        QVERIFY2(timer.elapsed() < 20'000, "the long statement ran on after the cancel");
        QVERIFY(sawStatementStart); // the CREATE ran: the cancel hit the long statement
        QCOMPARE(result.outcome, RunOutcome::Cancelled);
        verifyCancelled(p, result.message);
    }

    void ctrlCInTheCliStopsTheRunningStatement()
    {
        TestProject p;
        writeSlowMigration(p);
        QProcess cli;
        CliRunner::withPassword(p.password())
            .start(cli, {QStringLiteral("up"), QStringLiteral("--project"), p.migrationsDir(), QStringLiteral("--url"),
                         p.urlText()});
        QVERIFY(cli.waitForStarted());
        const QByteArray out = CliRunner::readUntil(cli, "applying 1");
        QTest::qWait(1500); // the long statement is running now
        ::kill(pid_t(cli.processId()), SIGINT);
        QVERIFY2(cli.waitForFinished(20'000), "the long statement ran on after Ctrl-C");
        const QString output = QString::fromUtf8(out + cli.readAllStandardOutput() + cli.readAllStandardError());
        QCOMPARE(cli.exitCode(), 1);
        verifyCancelled(p, output);
    }
};

QTEST_GUILESS_MAIN(TestCancel)

#include "tst_cancel.moc"
