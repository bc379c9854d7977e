// tidemark-cli up when the server ends its connection mid-migration (a failover, an admin's kill): it fails with
// Tidemark's own words, no Qt driver warning reaches the terminal (they go to TIDEMARK_DEBUG_LOG), it connects again
// to record the failure, and the history agrees with what the server kept.
#include "clirunner.h"
#include "testservers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tidemark;
using tidemark::test::CliRunner;
using tidemark::test::TestDatabase;

namespace {

QString sleepSql(DatabaseKind dialect)
{
    return dialect == DatabaseKind::Postgres ? QStringLiteral("SELECT pg_sleep(30);\n") : QStringLiteral("DO SLEEP(30);\n");
}

// Ends every other session on the test database, as an administrator or a failover would.
void endOtherSessions(TestDatabase &db)
{
    if (db.dialect() == DatabaseKind::Postgres) {
        db.value(QStringLiteral("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                "WHERE datname = current_database() AND pid <> pg_backend_pid()"));
        return;
    }
    // The sessions there now, once each: Tidemark's new connection, made to record the failure, is left alone.
    const QString ids = db.value(QStringLiteral("SELECT GROUP_CONCAT(ID) FROM information_schema.PROCESSLIST "
                                                "WHERE DB = DATABASE() AND ID <> CONNECTION_ID()"))
                            .toString();
    for (const QString &id : ids.split(u',', Qt::SkipEmptyParts))
        db.exec(QStringLiteral("KILL CONNECTION %1").arg(id));
}

void writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

class TestLostConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theServerEndsTheConnectionMidMigration_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::newRow("postgres") << int(DatabaseKind::Postgres);
        QTest::newRow("mariadb") << int(DatabaseKind::MySql);
    }

    void theServerEndsTheConnectionMidMigration()
    {
        QFETCH(int, dialect);
        TestDatabase db{DatabaseKind(dialect)};
        QTemporaryDir dir;
        const QString migrations = dir.filePath(QStringLiteral("migrations"));
        QDir().mkpath(migrations);
        writeFile(migrations + QStringLiteral("/001_kept.up.sql"), QStringLiteral("CREATE TABLE kept (id INT);\n"));
        writeFile(migrations + QStringLiteral("/002_slow.up.sql"),
                  QStringLiteral("CREATE TABLE lost (id INT);\n") + sleepSql(db.dialect()));
        const QString debugLog = dir.filePath(QStringLiteral("debug.log"));

        QProcess cli;
        CliRunner runner = CliRunner::withPassword(db.password());
        runner.setEnvironment(QStringLiteral("TIDEMARK_DEBUG_LOG"), debugLog);
        runner.start(cli, {QStringLiteral("up"), QStringLiteral("--project"), migrations, QStringLiteral("--url"), db.urlText()});
        QVERIFY(cli.waitForStarted());
        QByteArray out = CliRunner::readUntil(cli, "applying 2");
        QVERIFY2(out.contains("applying 2"), out.constData());
        QTest::qWait(500); // the sleep is running on the server now
        endOtherSessions(db);
        QVERIFY(cli.waitForFinished(20'000));
        out += cli.readAllStandardOutput();
        const QString output = QString::fromUtf8(out + cli.readAllStandardError());

        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(output.contains(QLatin1String("FAILED")), qPrintable(output));
        static const QRegularExpression qtWarning(QStringLiteral("\\bQ[A-Za-z]+(::|: )"));
        QVERIFY2(!qtWarning.match(output).hasMatch(), qPrintable(output));
        // Tidemark connected again to record the failure: status shows it failed, not merely pending.
        QVERIFY2(!output.contains(QLatin1String("could not be recorded")), qPrintable(output));
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM tidemark_events WHERE event = 'fail' AND version = '2'")), 1);

        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM tidemark_history WHERE version = '1'")), 1);
        const int done = db.count(QStringLiteral("SELECT COALESCE(MAX(statements_done), 0) FROM tidemark_history "
                                                 "WHERE version = '2'"));
        const bool lostExists = db.count(QStringLiteral("SELECT COUNT(*) FROM information_schema.tables "
                                                        "WHERE table_name = 'lost' AND table_schema = %1")
                                             .arg(db.dialect() == DatabaseKind::Postgres ? "current_schema()" : "DATABASE()"))
                                == 1;
        QCOMPARE(done, lostExists ? 1 : 0); // PostgreSQL rolled the migration back; MariaDB had committed the CREATE
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM tidemark_history WHERE pending_statement <> 0")), 0);
    }
};

QTEST_GUILESS_MAIN(TestLostConnection)

#include "tst_lostconnection.moc"
