// `tidemark-cli lint` as a CI pipeline runs it: exit codes for --fail-on error and warning, the text, JSON and
// SARIF outputs, the dialect from a URL or profile without connecting (nothing listens on its port), usage errors,
// and the SARIF log validated against the SARIF 2.1.0 JSON schema (tests/harness/sarifschema.sh brings it into the
// build folder; a missing schema fails the test).
#include "clirunner.h"
#include "review/reviewrule.h"
#include "testproject.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace tidemark;
using tidemark::test::TestProject;
using Cli = tidemark::test::CliRun;

namespace {

// A port on loopback that nothing listens on.
int closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        qFatal("cannot find a free port");
    return server.serverPort();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
}

// Three migrations: one clean, one with a warning (UPDATE without WHERE), and one that drops a table (an error)
// that an allow comment with a reason accepts, and creates an index without CONCURRENTLY (a PostgreSQL warning).
void writeProject(const TestProject &p)
{
    p.write(QStringLiteral("001_customers"), QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY);\n"),
            QStringLiteral("DROP TABLE customers;\n"));
    p.write(QStringLiteral("002_prices"), QStringLiteral("-- every price doubles\nUPDATE products SET price = price * 2;\n"),
            QStringLiteral("UPDATE products SET price = price / 2 WHERE price > 0;\n"));
    p.write(QStringLiteral("003_legacy"),
            QStringLiteral("-- tidemark:allow drop-table moved to archive.legacy in 002\nDROP TABLE legacy;\n"
                           "CREATE INDEX customers_name ON customers (name);\n"),
            QStringLiteral("DROP INDEX customers_name;\nCREATE TABLE legacy (id INTEGER);\n"));
}

} // namespace

class TestLintCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    Cli lint(const QString &project, QStringList arguments) const
    {
        test::CliRunner cli;
        cli.setEnvironment(QStringLiteral("HOME"), m_home.path());
        cli.setEnvironment(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        arguments.prepend(QStringLiteral("lint"));
        arguments << QStringLiteral("--project") << project;
        return cli.run(arguments);
    }

    // Runs the schema validator on a SARIF text; its output, and whether it passed.
    static bool validSarif(const QByteArray &sarif, QString *output)
    {
        const QString schema = QStringLiteral(TIDEMARK_SARIF_SCHEMA);
        if (!QFileInfo(schema).isFile()) {
            *output = QStringLiteral("the SARIF 2.1.0 schema is not at %1: ctest's sarif_schema_fetch puts it there "
                                     "(tests/harness/sarifschema.sh %1)").arg(schema);
            return false;
        }
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("lint.sarif"));
        writeFile(log, sarif);
        QProcess validator;
        validator.setProcessChannelMode(QProcess::MergedChannels);
        validator.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(TIDEMARK_SARIF_VALIDATOR), schema, log});
        if (!validator.waitForFinished(60'000)) {
            *output = QStringLiteral("the validator did not finish: ") + validator.errorString();
            return false;
        }
        *output = QString::fromUtf8(validator.readAll());
        return validator.exitStatus() == QProcess::NormalExit && validator.exitCode() == 0;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void failOnDecidesTheExitCode()
    {
        TestProject p;
        writeProject(p);
        const QString dir = p.migrationsDir();
        const QStringList sqlite{QStringLiteral("--dialect"), QStringLiteral("sqlite")};
        Cli run = lint(dir, sqlite); // the only error is allowed
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        run = lint(dir, sqlite + QStringList{QStringLiteral("--fail-on"), QStringLiteral("error")});
        QCOMPARE(run.exitCode, 0);
        run = lint(dir, sqlite + QStringList{QStringLiteral("--fail-on"), QStringLiteral("warning")});
        QVERIFY2(run.exitCode == 3, qPrintable(run.all()));
        QVERIFY2(run.out.contains(QStringLiteral("lint failed: 1 finding(s) at warning or above are not allowed")),
                 qPrintable(run.out));

        // The same error without its allow fails at the default level.
        p.write(QStringLiteral("003_legacy"), QStringLiteral("DROP TABLE legacy;\n"),
                QStringLiteral("CREATE TABLE legacy (id INTEGER);\n"));
        run = lint(dir, sqlite);
        QVERIFY2(run.exitCode == 3, qPrintable(run.all()));
        QVERIFY(run.out.contains(QStringLiteral("003_legacy.up.sql:1: error drop-table: drops table legacy\n")));
        QVERIFY(run.out.contains(QStringLiteral("lint failed: 1 finding(s) at error or above are not allowed")));
        // An allow without a reason allows nothing and is an error of its own.
        p.write(QStringLiteral("003_legacy"), QStringLiteral("-- tidemark:allow drop-table\nDROP TABLE legacy;\n"),
                QStringLiteral("CREATE TABLE legacy (id INTEGER);\n"));
        run = lint(dir, sqlite);
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.out.contains(QStringLiteral("003_legacy.up.sql:1: error allow-without-reason: ")));
        QVERIFY(run.out.contains(QStringLiteral("003_legacy.up.sql:2: error drop-table: drops table legacy\n")));
    }

    void textOutput()
    {
        TestProject p;
        writeProject(p);
        const Cli run = lint(p.migrationsDir(), {QStringLiteral("--dialect"), QStringLiteral("postgres")});
        QCOMPARE(run.exitCode, 0);
        const QStringList expected{
            QStringLiteral("002_prices.up.sql:2: warning update-without-where: updates every row of products (UPDATE "
                           "without WHERE)"),
            QStringLiteral("003_legacy.up.sql:2: error drop-table: drops table legacy (allowed: moved to "
                           "archive.legacy in 002)"),
            QStringLiteral("003_legacy.up.sql:3: warning pg-index-not-concurrent: CREATE INDEX customers_name on "
                           "customers without CONCURRENTLY: writes to customers wait until the index is built"),
            QStringLiteral("3 migrations linted for postgres: 1 error, 2 warnings, 0 notes, 1 of them allowed"),
            QStringLiteral("lint passed (--fail-on error)"),
        };
        QCOMPARE(run.out.split(u'\n', Qt::SkipEmptyParts), expected);
    }

    void jsonOutput()
    {
        TestProject p;
        writeProject(p);
        const Cli run = lint(p.migrationsDir(), {QStringLiteral("--dialect"), QStringLiteral("sqlite"),
                                                 QStringLiteral("--format"), QStringLiteral("json"),
                                                 QStringLiteral("--fail-on"), QStringLiteral("warning")});
        QCOMPARE(run.exitCode, 3);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("passed")).toBool(true), false);
        QCOMPARE(json.value(QStringLiteral("dialect")).toString(), QStringLiteral("sqlite"));
        QCOMPARE(json.value(QStringLiteral("fail_on")).toString(), QStringLiteral("warning"));
        QCOMPARE(json.value(QStringLiteral("migrations")).toInt(), 3);
        const QJsonObject counts = json.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("error")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("warning")).toInt(), 1); // CREATE INDEX is no warning on SQLite
        QCOMPARE(counts.value(QStringLiteral("allowed")).toInt(), 1);
        const QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 2);
        const QJsonObject allowed = findings.at(1).toObject();
        QCOMPARE(allowed.value(QStringLiteral("rule")).toString(), QStringLiteral("drop-table"));
        QCOMPARE(allowed.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(allowed.value(QStringLiteral("category")).toString(), QStringLiteral("destructive"));
        QCOMPARE(allowed.value(QStringLiteral("file")).toString(), QStringLiteral("003_legacy.up.sql"));
        QCOMPARE(allowed.value(QStringLiteral("line")).toInt(), 2);
        QCOMPARE(allowed.value(QStringLiteral("end_line")).toInt(), 2);
        QCOMPARE(allowed.value(QStringLiteral("version")).toString(), QStringLiteral("3"));
        QCOMPARE(allowed.value(QStringLiteral("allowed")).toBool(), true);
        QCOMPARE(allowed.value(QStringLiteral("allow_reason")).toString(), QStringLiteral("moved to archive.legacy in 002"));
        QCOMPARE(allowed.value(QStringLiteral("docs")).toString(), QStringLiteral("docs/rules/drop-table.md"));
        QVERIFY(findings.at(0).toObject().value(QStringLiteral("allow_reason")).isNull());
    }

    void dialectFromAUrlOrProfileWithoutConnecting()
    {
        TestProject p;
        writeProject(p);
        const int port = closedPort();
        QElapsedTimer timer;
        timer.start();
        Cli run = lint(p.migrationsDir(), {QStringLiteral("--url"),
                                           QStringLiteral("postgres://tidemark@127.0.0.1:%1/shop").arg(port)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QVERIFY2(run.out.contains(QStringLiteral("pg-index-not-concurrent")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("linted for postgres")));
        QVERIFY2(!run.err.contains(QStringLiteral("error")), qPrintable(run.err));

        // A saved profile names its driver just as well, and nothing reads its password.
        test::CliRunner cli;
        cli.setEnvironment(QStringLiteral("HOME"), m_home.path());
        cli.setEnvironment(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        const Cli add = cli.run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("lint-staging"),
                                 QStringLiteral("--url"), QStringLiteral("mysql://app@127.0.0.1:%1/shop").arg(port),
                                 QStringLiteral("--env"), QStringLiteral("staging")});
        QVERIFY2(add.exitCode == 0, qPrintable(add.all()));
        p.write(QStringLiteral("004_wider"), QStringLiteral("ALTER TABLE customers MODIFY id BIGINT;\n"),
                QStringLiteral("ALTER TABLE customers MODIFY id INT, ALGORITHM=COPY;\n"));
        run = lint(p.migrationsDir(), {QStringLiteral("--profile"), QStringLiteral("lint-staging"),
                                       QStringLiteral("--fail-on"), QStringLiteral("warning")});
        QVERIFY2(run.exitCode == 3, qPrintable(run.all()));
        QVERIFY2(run.out.contains(QStringLiteral("004_wider.up.sql:1: warning mysql-alter-copies-table: ")), qPrintable(run.out));
        QVERIFY(!run.out.contains(QStringLiteral("004_wider.down.sql:1: warning mysql-alter-copies-table")));
        QVERIFY(run.out.contains(QStringLiteral("linted for mysql")));
        QVERIFY2(!run.all().contains(QStringLiteral("password")), qPrintable(run.all()));
        QVERIFY2(timer.elapsed() < 30'000, "lint waited for a connection");
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no dialect") << QStringList{} << "give --dialect sqlite|postgres|mysql, or --url or --profile";
        QTest::newRow("unknown dialect") << QStringList{"--dialect", "oracle"} << "--dialect is sqlite, postgres or mysql";
        QTest::newRow("dialect and url disagree")
            << QStringList{"--dialect", "postgres", "--url", "sqlite:x.db"} << "--dialect postgres is not the database of";
        QTest::newRow("fail-on note") << QStringList{"--dialect", "sqlite", "--fail-on", "note"} << "--fail-on is error or warning";
        QTest::newRow("format") << QStringList{"--dialect", "sqlite", "--format", "xml"} << "--format is text, json or sarif";
        QTest::newRow("not a version") << QStringList{"--dialect", "sqlite", "abc"} << "\"abc\" is not a version";
        QTest::newRow("no such version") << QStringList{"--dialect", "sqlite", "9"} << "there is no migration 9";
        QTest::newRow("no such profile") << QStringList{"--profile", "nobody"} << "there is no profile named \"nobody\"";
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        TestProject p;
        writeProject(p);
        const Cli run = lint(p.migrationsDir(), arguments);
        QVERIFY2(run.exitCode == 2, qPrintable(run.all()));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void sarifIsForOtherCommandsNoFormat()
    {
        test::CliRunner cli;
        const Cli run = cli.run({QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("sarif")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--format is text or json")), qPrintable(run.err));
    }

    void onlyTheVersionsGiven()
    {
        TestProject p;
        writeProject(p);
        p.write(QStringLiteral("003_legacy"), QStringLiteral("DROP TABLE legacy;\n"),
                QStringLiteral("CREATE TABLE legacy (id INTEGER);\n"));
        Cli run = lint(p.migrationsDir(), {QStringLiteral("--dialect"), QStringLiteral("sqlite"), QStringLiteral("1"),
                                           QStringLiteral("002")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.all())); // 003's error is not looked at
        QVERIFY(run.out.contains(QStringLiteral("2 migrations linted")));
        QVERIFY(!run.out.contains(QStringLiteral("003_legacy")));
        run = lint(p.migrationsDir(), {QStringLiteral("--dialect"), QStringLiteral("sqlite"), QStringLiteral("3")});
        QCOMPARE(run.exitCode, 3);
    }

    void unreadableFilesExitAsValidateDoes()
    {
        TestProject p;
        writeProject(p);
        p.writeFile(QStringLiteral("004_bad.up.sql"), QByteArray("SELECT '\xff\xfe';\n"));
        const Cli run = lint(p.migrationsDir(), {QStringLiteral("--dialect"), QStringLiteral("sqlite"),
                                                 QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 3, qPrintable(run.all()));
        const QJsonArray diagnostics = run.json().value(QStringLiteral("diagnostics")).toArray();
        QVERIFY(!diagnostics.isEmpty());
        QCOMPARE(diagnostics.first().toObject().value(QStringLiteral("file")).toString(), QStringLiteral("004_bad.up.sql"));
        QCOMPARE(diagnostics.first().toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(run.json().value(QStringLiteral("passed")).toBool(true), false);

        QTemporaryDir empty;
        const Cli missing = lint(empty.filePath(QStringLiteral("nowhere")), {QStringLiteral("--dialect"), QStringLiteral("sqlite")});
        QVERIFY2(missing.exitCode == 2, qPrintable(missing.all()));
    }

    void sarifValidatesAgainstTheSchema()
    {
        TestProject p;
        writeProject(p);
        // The migrations in a subfolder of the project: SARIF paths are relative to the project root.
        writeFile(QDir(p.dir()).filePath(QStringLiteral("tidemark.json")), R"({"migrations": "migrations"})");
        const Cli run = lint(p.dir(), {QStringLiteral("--dialect"), QStringLiteral("postgres"), QStringLiteral("--format"),
                                       QStringLiteral("sarif")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QString problems;
        QVERIFY2(validSarif(run.out.toUtf8(), &problems), qPrintable(problems));

        const QJsonObject log = run.json();
        QCOMPARE(log.value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
        const QJsonObject sarifRun = log.value(QStringLiteral("runs")).toArray().at(0).toObject();
        const QJsonObject driver = sarifRun[QStringLiteral("tool")][QStringLiteral("driver")].toObject();
        QCOMPARE(driver.value(QStringLiteral("name")).toString(), QStringLiteral("tidemark"));
        QVERIFY(!driver.contains(QStringLiteral("informationUri")));
        const QJsonArray rules = driver.value(QStringLiteral("rules")).toArray();
        QCOMPARE(rules.size(), reviewRules().size());
        for (qsizetype i = 0; i < rules.size(); ++i) {
            const QJsonObject rule = rules.at(i).toObject();
            const ReviewRule &registered = reviewRules().at(i);
            QCOMPARE(rule.value(QStringLiteral("id")).toString(), registered.name());
            QCOMPARE(rule[QStringLiteral("defaultConfiguration")][QStringLiteral("level")].toString(),
                     ruleSeverityName(registered.severity));
            QCOMPARE(rule[QStringLiteral("properties")][QStringLiteral("docs")].toString(), registered.docPage());
            QCOMPARE(rule[QStringLiteral("shortDescription")][QStringLiteral("text")].toString(), registered.title());
            QCOMPARE(rule[QStringLiteral("fullDescription")][QStringLiteral("text")].toString(), registered.why());
            QVERIFY(!rule[QStringLiteral("help")][QStringLiteral("markdown")].toString().isEmpty());
            QVERIFY(!rule.value(QStringLiteral("name")).toString().contains(u'-'));
        }
        const QJsonArray results = sarifRun.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 3);
        for (const QJsonValue &value : results) {
            const QJsonObject result = value.toObject();
            const int index = result.value(QStringLiteral("ruleIndex")).toInt(-1);
            QCOMPARE(rules.at(index)[QStringLiteral("id")].toString(), result.value(QStringLiteral("ruleId")).toString());
            QCOMPARE(result.value(QStringLiteral("level")).toString(),
                     rules.at(index)[QStringLiteral("defaultConfiguration")][QStringLiteral("level")].toString());
        }
        const QJsonObject index = results.at(2).toObject();
        QCOMPARE(index.value(QStringLiteral("ruleId")).toString(), QStringLiteral("pg-index-not-concurrent"));
        const QJsonObject location = index[QStringLiteral("locations")][0][QStringLiteral("physicalLocation")].toObject();
        QCOMPARE(location[QStringLiteral("artifactLocation")][QStringLiteral("uri")].toString(),
                 QStringLiteral("migrations/003_legacy.up.sql"));
        QCOMPARE(location[QStringLiteral("artifactLocation")][QStringLiteral("uriBaseId")].toString(),
                 QStringLiteral("%SRCROOT%"));
        QCOMPARE(location[QStringLiteral("region")][QStringLiteral("startLine")].toInt(), 3);
        QCOMPARE(location[QStringLiteral("region")][QStringLiteral("endLine")].toInt(), 3);
        QVERIFY(!index.contains(QStringLiteral("suppressions")));
        const QJsonObject allowed = results.at(1).toObject();
        QCOMPARE(allowed.value(QStringLiteral("ruleId")).toString(), QStringLiteral("drop-table"));
        const QJsonObject suppression = allowed[QStringLiteral("suppressions")][0].toObject();
        QCOMPARE(suppression.value(QStringLiteral("kind")).toString(), QStringLiteral("inSource"));
        QCOMPARE(suppression.value(QStringLiteral("justification")).toString(), QStringLiteral("moved to archive.legacy in 002"));
        QCOMPARE(suppression[QStringLiteral("location")][QStringLiteral("physicalLocation")][QStringLiteral("region")]
                            [QStringLiteral("startLine")].toInt(), 1);
        const QString root = sarifRun[QStringLiteral("originalUriBaseIds")][QStringLiteral("%SRCROOT%")][QStringLiteral("uri")].toString();
        QCOMPARE(root, QUrl::fromLocalFile(p.dir()).toString() + u'/');
    }

    void sarifWithDiagnosticsValidatesToo()
    {
        TestProject p;
        writeProject(p);
        p.writeFile(QStringLiteral("004_bad.up.sql"), QByteArray("SELECT '\xff';\n"));
        const Cli run = lint(p.migrationsDir(), {QStringLiteral("--dialect"), QStringLiteral("sqlite"),
                                                 QStringLiteral("--format"), QStringLiteral("sarif")});
        QCOMPARE(run.exitCode, 3);
        QString problems;
        QVERIFY2(validSarif(run.out.toUtf8(), &problems), qPrintable(problems));
        const QJsonObject invocation = run.json()[QStringLiteral("runs")][0][QStringLiteral("invocations")][0].toObject();
        QCOMPARE(invocation.value(QStringLiteral("executionSuccessful")).toBool(true), false);
        QCOMPARE(invocation[QStringLiteral("toolExecutionNotifications")][0][QStringLiteral("level")].toString(),
                 QStringLiteral("error"));
    }

    // The validator is the test's eyes: it must see a log that breaks the schema.
    void validatorRejectsWhatBreaksTheSchema_data()
    {
        QTest::addColumn<QString>("breakage");
        QTest::newRow("version") << "version";
        QTest::newRow("start line 0") << "startLine";
        QTest::newRow("suppression kind") << "kind";
    }

    void validatorRejectsWhatBreaksTheSchema()
    {
        QFETCH(QString, breakage);
        TestProject p;
        writeProject(p);
        const Cli run = lint(p.migrationsDir(), {QStringLiteral("--dialect"), QStringLiteral("sqlite"),
                                                 QStringLiteral("--format"), QStringLiteral("sarif")});
        QJsonObject log = run.json();
        QJsonArray runs = log.value(QStringLiteral("runs")).toArray();
        QJsonObject sarifRun = runs.at(0).toObject();
        QJsonArray results = sarifRun.value(QStringLiteral("results")).toArray();
        QJsonObject last = results.last().toObject();
        if (breakage == u"version") {
            log.insert(QStringLiteral("version"), QStringLiteral("2.0.0"));
        } else if (breakage == u"startLine") {
            QJsonArray locations = last.value(QStringLiteral("locations")).toArray();
            QJsonObject location = locations.at(0).toObject();
            QJsonObject physical = location.value(QStringLiteral("physicalLocation")).toObject();
            physical.insert(QStringLiteral("region"), QJsonObject{{QStringLiteral("startLine"), 0}});
            location.insert(QStringLiteral("physicalLocation"), physical);
            locations.replace(0, location);
            last.insert(QStringLiteral("locations"), locations);
        } else {
            last.insert(QStringLiteral("suppressions"),
                        QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("inComment")}}});
        }
        results.replace(results.size() - 1, last);
        sarifRun.insert(QStringLiteral("results"), results);
        runs.replace(0, sarifRun);
        log.insert(QStringLiteral("runs"), runs);
        QString problems;
        QVERIFY2(validSarif(run.out.toUtf8(), &problems), qPrintable(problems)); // unbroken, it passes
        QVERIFY2(!validSarif(QJsonDocument(log).toJson(), &problems), "the validator accepted a broken log");
        QVERIFY2(problems.contains(breakage == u"kind" ? QStringLiteral("inComment") : breakage), qPrintable(problems));
    }
};

QTEST_GUILESS_MAIN(TestLintCli)
#include "tst_lintcli.moc"
