// `tidemark-cli drift V --accept-file | --restore-file` as a script runs it, on SQLite, with the profiles in a
// temporary XDG_CONFIG_HOME so that a production profile can guard the database (both actions are recorded there).
#include "clirunner.h"
#include "core/checksum.h"
#include "testproject.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace tidemark;
using tidemark::test::TestProject;
using Cli = tidemark::test::CliRun;

namespace {

const QString firstUp = QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY);\n");
const QString secondUp = QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY);\n");
const QString secondFile = QStringLiteral("002_orders.up.sql");
const QString editedUp = QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, note VARCHAR(10));\n");

QString readText(const TestProject &p, const QString &fileName)
{
    QFile file(QDir(p.migrationsDir()).filePath(fileName));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestDriftCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home; // the profiles of every process this test runs

    Cli run(QStringList arguments, const TestProject *p = nullptr) const
    {
        if (p)
            arguments << QStringLiteral("--project") << p->migrationsDir() << QStringLiteral("--url") << p->urlText();
        test::CliRunner cli;
        cli.setEnvironment(QStringLiteral("HOME"), m_home.path());
        cli.setEnvironment(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        return cli.run(arguments);
    }

    // Two migrations applied through the CLI.
    void setUpApplied(const TestProject &p) const
    {
        p.write(QStringLiteral("001_customers"), firstUp, QStringLiteral("DROP TABLE customers;\n"));
        p.write(QStringLiteral("002_orders"), secondUp, QStringLiteral("DROP TABLE orders;\n"));
        const Cli up = run({QStringLiteral("up")}, &p);
        QVERIFY2(up.exitCode == 0, qPrintable(up.all()));
    }

    QString stateOf(const TestProject &p, const QString &version) const
    {
        const Cli status = run({QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("json")}, &p);
        for (const QJsonValue &m : status.json().value(QStringLiteral("migrations")).toArray())
            if (m[QStringLiteral("version")].toString() == version)
                return m[QStringLiteral("state")].toString();
        return QStringLiteral("absent");
    }

    QString appliedChecksum(const TestProject &p) const
    {
        return p.value(QStringLiteral("SELECT checksum FROM tidemark_history WHERE version = '2'")).toString();
    }

    int driftEvents(const TestProject &p) const
    {
        return p.count(QStringLiteral("SELECT COUNT(*) FROM tidemark_events WHERE event = 'drift'"));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void acceptFileRecordsTheEditedFile()
    {
        TestProject p;
        setUpApplied(p);
        p.writeFile(secondFile, editedUp.toUtf8());
        QCOMPARE(stateOf(p, QStringLiteral("2")), QStringLiteral("modified"));

        const Cli drift = run({QStringLiteral("drift"), QStringLiteral("2"), QStringLiteral("--accept-file")}, &p);

        QVERIFY2(drift.exitCode == 0, qPrintable(drift.all()));
        QVERIFY2(drift.out.contains(QStringLiteral("file accepted: checksum %1 in the history replaced by %2")
                                        .arg(scriptChecksum(secondUp).left(12), scriptChecksum(editedUp).left(12))),
                 qPrintable(drift.all()));
        QCOMPARE(stateOf(p, QStringLiteral("2")), QStringLiteral("applied"));
        QCOMPARE(appliedChecksum(p), scriptChecksum(editedUp));
        QCOMPARE(driftEvents(p), 1);
        const Cli verify = run({QStringLiteral("audit"), QStringLiteral("verify")}, &p);
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.all()));
        const Cli validate = run({QStringLiteral("validate")}, &p);
        QVERIFY2(validate.exitCode == 0, qPrintable(validate.all()));
    }

    void restoreFileGivesAModifiedFileTheAppliedText()
    {
        TestProject p;
        setUpApplied(p);
        p.writeFile(secondFile, editedUp.toUtf8());

        const Cli drift = run({QStringLiteral("drift"), QStringLiteral("2"), QStringLiteral("--restore-file")}, &p);

        QVERIFY2(drift.exitCode == 0, qPrintable(drift.all()));
        QCOMPARE(readText(p, secondFile), secondUp);
        QCOMPARE(stateOf(p, QStringLiteral("2")), QStringLiteral("applied"));
        QCOMPARE(appliedChecksum(p), scriptChecksum(secondUp));
        QCOMPARE(driftEvents(p), 1);
    }

    void restoreFileWritesAMissingFileAgain()
    {
        TestProject p;
        setUpApplied(p);
        p.remove(secondFile);
        p.remove(QStringLiteral("002_orders.down.sql"));
        QCOMPARE(stateOf(p, QStringLiteral("2")), QStringLiteral("missing"));

        const Cli drift = run({QStringLiteral("drift"), QStringLiteral("2"), QStringLiteral("--restore-file"),
                               QStringLiteral("--format"), QStringLiteral("json")},
                              &p);

        QVERIFY2(drift.exitCode == 0, qPrintable(drift.all()));
        QVERIFY2(drift.out.contains(QStringLiteral("\"type\":\"migration_applied\"")), qPrintable(drift.out));
        QCOMPARE(readText(p, secondFile), secondUp);
        QCOMPARE(readText(p, QStringLiteral("002_orders.down.sql")), QStringLiteral("DROP TABLE orders;\n"));
        QCOMPARE(stateOf(p, QStringLiteral("2")), QStringLiteral("applied"));
        QCOMPARE(driftEvents(p), 1);
    }

    void aStateTheActionDoesNotFitExitsTwo()
    {
        TestProject p;
        setUpApplied(p);
        const QStringList drift{QStringLiteral("drift"), QStringLiteral("2")};
        Cli cli = run(drift + QStringList{QStringLiteral("--accept-file")}, &p);
        QCOMPARE(cli.exitCode, 2);
        QVERIFY2(cli.err.contains(QStringLiteral("2 orders is applied, not modified")), qPrintable(cli.err));
        cli = run(drift + QStringList{QStringLiteral("--restore-file")}, &p);
        QCOMPARE(cli.exitCode, 2);
        QVERIFY2(cli.err.contains(QStringLiteral("neither modified nor missing")), qPrintable(cli.err));

        p.remove(secondFile);
        cli = run(drift + QStringList{QStringLiteral("--accept-file")}, &p);
        QCOMPARE(cli.exitCode, 2);
        QVERIFY2(cli.err.contains(QStringLiteral("is missing, not modified")), qPrintable(cli.err));
        QVERIFY(!QFileInfo::exists(QDir(p.migrationsDir()).filePath(secondFile)));

        cli = run(drift, &p);
        QCOMPARE(cli.exitCode, 2);
        QVERIFY2(cli.err.contains(QStringLiteral("exactly one of --accept-file or --restore-file")), qPrintable(cli.err));
        cli = run(drift + QStringList{QStringLiteral("--accept-file"), QStringLiteral("--restore-file")}, &p);
        QCOMPARE(cli.exitCode, 2);
        cli = run({QStringLiteral("drift"), QStringLiteral("9"), QStringLiteral("--restore-file")}, &p);
        QCOMPARE(cli.exitCode, 2);
        QVERIFY2(cli.err.contains(QStringLiteral("there is no migration with version 9")), qPrintable(cli.err));
        QCOMPARE(driftEvents(p), 0);
    }

    void driftOnProductionNeedsTheDatabaseName()
    {
        TestProject p;
        setUpApplied(p);
        p.writeFile(secondFile, editedUp.toUtf8());
        const Cli added = run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("shop-live"),
                               QStringLiteral("--url"), p.urlText(), QStringLiteral("--env"),
                               QStringLiteral("production")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.all()));
        const QString database = QFileInfo(p.databasePath()).fileName();
        const QStringList accept{QStringLiteral("drift"), QStringLiteral("2"), QStringLiteral("--accept-file")};

        Cli cli = run(accept, &p); // a --url reaching the production profile's database
        QCOMPARE(cli.exitCode, 2);
        QVERIFY2(cli.err.contains(QStringLiteral("is a production database (profile shop-live); nothing ran")),
                 qPrintable(cli.err));
        QCOMPARE(appliedChecksum(p), scriptChecksum(secondUp));
        cli = run(accept + QStringList{QStringLiteral("--confirm"), QStringLiteral("orders")}, &p);
        QCOMPARE(cli.exitCode, 2);
        QCOMPARE(driftEvents(p), 0);

        cli = run(accept + QStringList{QStringLiteral("--confirm"), database}, &p);
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.all()));
        QCOMPARE(appliedChecksum(p), scriptChecksum(editedUp));
        QCOMPARE(driftEvents(p), 1);

        // A restore is recorded there too: it asks the same.
        p.remove(secondFile);
        const QStringList restore{QStringLiteral("drift"), QStringLiteral("2"), QStringLiteral("--restore-file")};
        cli = run(restore, &p);
        QCOMPARE(cli.exitCode, 2);
        QVERIFY(!QFileInfo::exists(QDir(p.migrationsDir()).filePath(secondFile)));
        cli = run(restore + QStringList{QStringLiteral("--confirm"), database}, &p);
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.all()));
        QCOMPARE(readText(p, secondFile), editedUp); // the text the history took when it was accepted
        QCOMPARE(driftEvents(p), 2);
        const Cli removed = run({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("shop-live")});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.all()));
    }
};

QTEST_GUILESS_MAIN(TestDriftCli)
#include "tst_driftcli.moc"
