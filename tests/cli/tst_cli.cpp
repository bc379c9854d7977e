#include "clirunner.h"
#include "database/sqlitelock.h"
#include "testproject.h"

#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tidemark;
using tidemark::test::TestProject;
using Cli = tidemark::test::CliRun;

namespace {

Cli run(const QStringList &arguments, const QString &workingDir = QString(), const QString &password = QString())
{
    test::CliRunner cli;
    cli.setWorkingDirectory(workingDir);
    if (!password.isNull())
        cli.setPassword(password);
    return cli.run(arguments);
}

Cli runOn(const TestProject &p, QStringList arguments)
{
    arguments << QStringLiteral("--project") << p.migrationsDir() << QStringLiteral("--url") << p.urlText();
    return run(arguments);
}

void writeShop(const TestProject &p)
{
    p.write(QStringLiteral("001_customers"), QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY);\n"),
            QStringLiteral("DROP TABLE customers;\n"));
    p.write(QStringLiteral("002_orders"), QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY);\n"),
            QStringLiteral("DROP TABLE orders;\n"));
    p.write(QStringLiteral("003_items"), QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY);\n"),
            QStringLiteral("DROP TABLE items;\n"));
}

QString currentVersion(const TestProject &p)
{
    const Cli status = runOn(p, {QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("json")});
    return status.json().value(QStringLiteral("current_version")).toString(QStringLiteral("none"));
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusJsonBeforeTheDatabaseExists()
    {
        TestProject p;
        writeShop(p);
        const Cli cli = runOn(p, {QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(cli.exitCode, 0);
        const QJsonObject json = cli.json();
        QVERIFY(json.value(QStringLiteral("current_version")).isNull());
        const QJsonArray migrations = json.value(QStringLiteral("migrations")).toArray();
        QCOMPARE(migrations.size(), 3);
        for (const QJsonValue &m : migrations) {
            QCOMPARE(m[QStringLiteral("state")].toString(), QStringLiteral("pending"));
            QVERIFY(m[QStringLiteral("applied_at")].isNull());
            QCOMPARE(m[QStringLiteral("checksum")].toString().size(), 64);
        }
        QCOMPARE(migrations.at(0)[QStringLiteral("version")].toString(), QStringLiteral("1"));
        QCOMPARE(migrations.at(0)[QStringLiteral("description")].toString(), QStringLiteral("customers"));
        QVERIFY2(!QFile::exists(p.databasePath()), "status must not create the database");
    }

    void upDownAndGotoMoveTheCurrentVersion()
    {
        TestProject p;
        writeShop(p);
        QCOMPARE(runOn(p, {QStringLiteral("up"), QStringLiteral("--to"), QStringLiteral("2")}).exitCode, 0);
        QCOMPARE(currentVersion(p), QStringLiteral("2"));
        const Cli all = runOn(p, {QStringLiteral("up")});
        QCOMPARE(all.exitCode, 0);
        QVERIFY2(all.out.contains(QLatin1String("applying 3 items")), qPrintable(all.out));
        QCOMPARE(currentVersion(p), QStringLiteral("3"));

        const Cli status = runOn(p, {QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("json")});
        for (const QJsonValue &m : status.json().value(QStringLiteral("migrations")).toArray()) {
            QCOMPARE(m[QStringLiteral("state")].toString(), QStringLiteral("applied"));
            QVERIFY(QDateTime::fromString(m[QStringLiteral("applied_at")].toString(), Qt::ISODate).isValid());
        }
        QCOMPARE(runOn(p, {QStringLiteral("down"), QStringLiteral("--steps"), QStringLiteral("2")}).exitCode, 0);
        QCOMPARE(currentVersion(p), QStringLiteral("1"));
        QCOMPARE(runOn(p, {QStringLiteral("goto"), QStringLiteral("3")}).exitCode, 0);
        QCOMPARE(currentVersion(p), QStringLiteral("3"));
        QCOMPARE(runOn(p, {QStringLiteral("down"), QStringLiteral("--to"), QStringLiteral("0")}).exitCode, 0);
        QCOMPARE(currentVersion(p), QStringLiteral("none"));
    }

    void dryRunChangesNothing()
    {
        TestProject p;
        writeShop(p);
        const Cli cli = runOn(p, {QStringLiteral("up"), QStringLiteral("--dry-run")});
        QCOMPARE(cli.exitCode, 0);
        QVERIFY(cli.out.contains(QLatin1String("up 3 items")));
        QCOMPARE(currentVersion(p), QStringLiteral("none"));
    }

    void failedRunExitsOneNamingFileLineAndDatabaseMessage()
    {
        TestProject p;
        writeShop(p);
        p.write(QStringLiteral("004_bad"), QStringLiteral("CREATE TABLE ok_part (id INT);\n-- next one is wrong\nINSERT INTO nope VALUES (1);\n"),
                QStringLiteral("DROP TABLE ok_part;\n"));
        const Cli cli = runOn(p, {QStringLiteral("up")});
        QCOMPARE(cli.exitCode, 1);
        QVERIFY2(cli.all().contains(QLatin1String("004_bad.up.sql")), qPrintable(cli.all()));
        QVERIFY2(cli.all().contains(QLatin1String("line 3")), qPrintable(cli.all()));
        QVERIFY2(cli.all().contains(QLatin1String("no such table: nope")), qPrintable(cli.all()));
        QCOMPARE(currentVersion(p), QStringLiteral("3"));
        const Cli status = runOn(p, {QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonObject bad = status.json().value(QStringLiteral("migrations")).toArray().at(3).toObject();
        QCOMPARE(bad.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QVERIFY(bad.value(QStringLiteral("error")).toString().contains(QLatin1String("nope")));
    }

    void validateFindsDrift()
    {
        TestProject p;
        writeShop(p);
        QCOMPARE(runOn(p, {QStringLiteral("up")}).exitCode, 0);
        QCOMPARE(runOn(p, {QStringLiteral("validate")}).exitCode, 0);
        p.write(QStringLiteral("002_orders"), QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, note TEXT);\n"),
                QStringLiteral("DROP TABLE orders;\n"));
        const Cli cli = runOn(p, {QStringLiteral("validate")});
        QCOMPARE(cli.exitCode, 3);
        QVERIFY2(cli.out.contains(QLatin1String("2 orders: changed after it was applied")), qPrintable(cli.out));
        const Cli status = runOn(p, {QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(status.json().value(QStringLiteral("migrations")).toArray().at(1)[QStringLiteral("state")].toString(),
                 QStringLiteral("modified"));
    }

    void validateFindsBrokenFiles()
    {
        TestProject p;
        p.write(QStringLiteral("001_a"), QStringLiteral("SELECT 'never closed;\n"), QStringLiteral("SELECT 1;\n"));
        const Cli cli = runOn(p, {QStringLiteral("validate")});
        QCOMPARE(cli.exitCode, 3);
        QVERIFY2(cli.out.contains(QLatin1String("001_a.up.sql:1")), qPrintable(cli.out));
    }

    void badInputExitsTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown scheme") << QStringList{"status", "--url", "oracle://u@h/db"} << "unknown database URL";
        QTest::newRow("no url") << QStringList{"status"} << "--url is required";
        QTest::newRow("password in url")
            << QStringList{"status", "--url", "postgres://u:hunter2@h/db"} << "contains a password";
        QTest::newRow("missing project")
            << QStringList{"status", "--project", "/nonexistent/x", "--url", "sqlite:/tmp/x.db"} << "does not exist";
        QTest::newRow("unknown command") << QStringList{"migrate"} << "unknown command";
        QTest::newRow("down without steps or to") << QStringList{"down", "--url", "sqlite:/tmp/x.db"} << "exactly one";
        QTest::newRow("bad version") << QStringList{"goto", "v2", "--url", "sqlite:/tmp/x.db"} << "not a version";
        QTest::newRow("version too large")
            << QStringList{"up", "--to", "123456789012345678901", "--url", "sqlite:/tmp/x.db"}
            << "version 123456789012345678901 is too large: each part of a version may have at most 19 digits";
        QTest::newRow("baseline version too large")
            << QStringList{"baseline", "123456789012345678901", "--url", "sqlite:/tmp/x.db"} << "at most 19 digits";
        QTest::newRow("bad baseline version")
            << QStringList{"baseline", "v2", "--url", "sqlite:/tmp/x.db"} << "\"v2\" is not a version";
        QTest::newRow("bad format") << QStringList{"status", "--format", "xml"} << "text or json";
    }

    void badInputExitsTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        TestProject p;
        const Cli cli = run(arguments, p.migrationsDir());
        QCOMPARE(cli.exitCode, 2);
        QVERIFY2(cli.err.contains(message), qPrintable(cli.err));
        QVERIFY(!cli.all().contains(QLatin1String("hunter2")));
    }

    void runCommandsSayWhatStatusSaysAboutTheFiles_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("up") << QStringList{"up"};
        QTest::newRow("up --dry-run") << QStringList{"up", "--dry-run"};
        QTest::newRow("down") << QStringList{"down", "--steps", "1"};
        QTest::newRow("goto") << QStringList{"goto", "1"};
    }

    void runCommandsSayWhatStatusSaysAboutTheFiles()
    {
        QFETCH(QStringList, command);
        TestProject p;
        writeShop(p);
        QCOMPARE(runOn(p, {QStringLiteral("up"), QStringLiteral("--to"), QStringLiteral("2")}).exitCode, 0);
        p.write(QStringLiteral("004-typo"), QStringLiteral("SELECT 1;\n"), QStringLiteral("SELECT 1;\n"));
        p.write(QStringLiteral("005_empty"), QStringLiteral("-- to do\n"), QStringLiteral("SELECT 1;\n"));
        const QStringList warnings{
            "004-typo.down.sql: warning: not a golang-migrate file name, so it is not run",
            "004-typo.up.sql: warning: not a golang-migrate file name, so it is not run",
            "005_empty.up.sql: warning: its up script has no statements (it is empty or only comments): applying "
            "it only records it as applied"};
        const Cli status = runOn(p, {QStringLiteral("status")});
        for (const QString &warning : warnings)
            QVERIFY2(status.out.contains(warning), qPrintable(status.out));

        const Cli text = runOn(p, command);
        QCOMPARE(text.exitCode, 0);
        for (const QString &warning : warnings)
            QVERIFY2(text.err.contains(warning), qPrintable(text.err));

        QCOMPARE(runOn(p, {QStringLiteral("goto"), QStringLiteral("2")}).exitCode, 0);
        const Cli json = runOn(p, command + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        QStringList files;
        for (const QString &line : json.out.split(u'\n')) {
            const QJsonObject event = QJsonDocument::fromJson(line.toUtf8()).object();
            if (event.value(QStringLiteral("type")).toString() == u"diagnostic") {
                QCOMPARE(event.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
                files << event.value(QStringLiteral("file")).toString();
            }
        }
        QCOMPARE(files, (QStringList{"004-typo.down.sql", "004-typo.up.sql", "005_empty.up.sql"}));
    }

    void aRefusedRunListsEachErrorOnce()
    {
        TestProject p;
        writeShop(p);
        p.writeFile(QStringLiteral("004_nul.up.sql"), QByteArrayLiteral("SELECT 1;\nSELECT '\0';\n"));
        p.writeFile(QStringLiteral("004_nul.down.sql"), "SELECT 1;\n");
        const Cli cli = runOn(p, {QStringLiteral("up")});
        QCOMPARE(cli.exitCode, 3);
        const QString error =
            QStringLiteral("004_nul.up.sql:2: error: contains a NUL byte at line 2; SQL files are text");
        QCOMPARE(cli.err.count(error), 1);
        QCOMPARE(currentVersion(p), QStringLiteral("none"));
    }

    void anEmptyUpIsAWarningAndFailsValidate()
    {
        TestProject p;
        writeShop(p);
        p.write(QStringLiteral("004_empty"), QString(), QStringLiteral("SELECT 1;\n"));
        const Cli status = runOn(p, {QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(status.exitCode, 0);
        const QJsonArray diagnostics = status.json().value(QStringLiteral("diagnostics")).toArray();
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics.at(0)[QStringLiteral("file")].toString(), QStringLiteral("004_empty.up.sql"));
        QCOMPARE(diagnostics.at(0)[QStringLiteral("severity")].toString(), QStringLiteral("warning"));
        const Cli validate = runOn(p, {QStringLiteral("validate")});
        QCOMPARE(validate.exitCode, 3);
        QVERIFY2(validate.out.contains(QLatin1String("004_empty.up.sql: warning: its up script has no statements")),
                 qPrintable(validate.out));
        QVERIFY2(validate.out.contains(QLatin1String("4 empty: its up script has no statements; write them, or "
                                                     "remove the migration")),
                 qPrintable(validate.out));
    }

    void unknownConventionIsBadInput_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<bool>("databaseExists");
        QTest::newRow("status before the database exists") << QStringList{"status"} << false;
        QTest::newRow("status") << QStringList{"status"} << true;
        QTest::newRow("validate") << QStringList{"validate"} << true;
        QTest::newRow("up") << QStringList{"up"} << true;
        QTest::newRow("down") << QStringList{"down", "--steps", "1"} << true;
        QTest::newRow("create") << QStringList{"create", "invoices"} << true;
    }

    void unknownConventionIsBadInput()
    {
        QFETCH(QStringList, command);
        QFETCH(bool, databaseExists);
        TestProject p;
        writeShop(p);
        if (databaseExists)
            QCOMPARE(runOn(p, {QStringLiteral("up")}).exitCode, 0);
        p.writeFile(QStringLiteral("tidemark.json"), R"({"convention": "nosuch"})");
        const Cli cli = runOn(p, command);
        QCOMPARE(cli.exitCode, 2);
        QVERIFY2(cli.err.contains(QLatin1String("tidemark.json names an unknown convention \"nosuch\"; known: "
                                                "golang-migrate, goose, flyway, dbmate")),
                 qPrintable(cli.err));
        QVERIFY2(QDir(p.migrationsDir()).entryList({QStringLiteral("*invoices*")}).isEmpty(), "create wrote a file");
    }

    void heldLockExitsFourNamingTheHolder()
    {
        TestProject p;
        writeShop(p);
        {
            auto session = p.open();
            // This test process stays alive, so its lock is never stale.
            SqliteLock lock(session->database(), QStringLiteral("tidemark_lock"),
                            {QStringLiteral("mallory"), QHostInfo::localHostName(), QCoreApplication::applicationPid(),
                             QStringLiteral("held")});
            QVERIFY(lock.tryAcquire().acquired);
        }
        const Cli cli = runOn(p, {QStringLiteral("up"), QStringLiteral("--lock-timeout"), QStringLiteral("1")});
        QCOMPARE(cli.exitCode, 4);
        QVERIFY2(cli.err.contains(QLatin1String("mallory")), qPrintable(cli.err));
        const Cli status = runOn(p, {QStringLiteral("status")});
        QVERIFY2(status.out.contains(QLatin1String("Locked by: mallory")), qPrintable(status.out));
    }

    void createWritesTheNextMigration()
    {
        TestProject p;
        writeShop(p);
        const Cli cli = run({QStringLiteral("create"), QStringLiteral("add"), QStringLiteral("invoices")},
                            p.migrationsDir());
        QCOMPARE(cli.exitCode, 0);
        const QStringList files = cli.out.trimmed().split(u'\n');
        QCOMPARE(files.size(), 2);
        QVERIFY(files.at(0).endsWith(QLatin1String("004_add_invoices.up.sql")));
        QVERIFY(QFile::exists(files.at(0)) && QFile::exists(files.at(1)));
        const Cli status = runOn(p, {QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(status.json().value(QStringLiteral("migrations")).toArray().size(), 4);
    }

    void runLogIsWrittenAsJsonLinesAndKeepsNoPassword()
    {
        TestProject p;
        writeShop(p);
        const QString logPath = QDir(p.dir()).filePath(QStringLiteral("run.jsonl"));
        const Cli cli = run({QStringLiteral("up"), QStringLiteral("--log"), logPath, QStringLiteral("--project"),
                             p.migrationsDir(), QStringLiteral("--url"), p.urlText()},
                            {}, QStringLiteral("s3cr3t-canary"));
        QCOMPARE(cli.exitCode, 0);
        QFile log(logPath);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = log.readAll().trimmed().split('\n');
        QVERIFY(lines.size() >= 8);
        for (const QByteArray &line : lines) {
            QVERIFY(QJsonDocument::fromJson(line).isObject());
            QVERIFY(!line.contains("s3cr3t-canary"));
        }
        QVERIFY(!cli.all().contains(QLatin1String("s3cr3t-canary")));
        // The log names databases, users and hosts: only its owner may read it, whatever the umask says.
        QCOMPARE(QFile::permissions(logPath) & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
