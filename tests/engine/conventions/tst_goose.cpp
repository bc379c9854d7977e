#include "catalogdump.h"
#include "conventions/gooseconvention.h"
#include "sql/sqlsplitter.h"
#include "testproject.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace tidemark;
using tidemark::test::diagnosticsOf;
using tidemark::test::dump;

namespace {

const QByteArray plainGoose = "-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 2;\n";

} // namespace

class TestGoose : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileNames_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QStringList>("migrations"); // "version description" in order
        QTest::addColumn<int>("warnings");
        QTest::addColumn<int>("errors");
        QTest::newRow("sequence") << QStringList{"001_init.sql", "002_users.sql"} << QStringList{"1 init", "2 users"}
                                  << 0 << 0;
        QTest::newRow("versions are numbers, not text")
            << QStringList{"10_b.sql", "9_a.sql", "100_c.sql"} << QStringList{"9 a", "10 b", "100 c"} << 0 << 0;
        QTest::newRow("timestamps") << QStringList{"20240101120000_add_users.sql"}
                                    << QStringList{"20240101120000 add_users"} << 0 << 0;
        QTest::newRow("dots and dashes in the description")
            << QStringList{"20160227180335_0.1.2_store-smtp-settings.sql"}
            << QStringList{"20160227180335 0.1.2_store-smtp-settings"} << 0 << 0;
        QTest::newRow("no version") << QStringList{"init.sql"} << QStringList{} << 1 << 0;
        QTest::newRow("no underscore") << QStringList{"001.sql"} << QStringList{} << 1 << 0;
        QTest::newRow("dash instead of underscore") << QStringList{"001-init.sql"} << QStringList{} << 1 << 0;
        QTest::newRow("version too long for a number")
            << QStringList{"123456789012345678901_x.sql"} << QStringList{} << 1 << 0;
        QTest::newRow("duplicate version") << QStringList{"1_a.sql", "01_b.sql"} << QStringList{"1 b"} << 0 << 1;
        QTest::newRow("other files are ignored")
            << QStringList{"README.md", "notes.txt", "5_x.sql"} << QStringList{"5 x"} << 0 << 0;
    }

    void fileNames()
    {
        QFETCH(QStringList, files);
        QFETCH(QStringList, migrations);
        QFETCH(int, warnings);
        QFETCH(int, errors);
        test::TestProject project;
        for (const QString &file : files)
            project.writeFile(file, plainGoose);
        const Catalog catalog = GooseConvention().read(project.migrationsDir());
        QCOMPARE(test::migrationsOf(catalog), migrations);
        const test::DiagnosticCounts counts = test::countDiagnostics(catalog);
        QVERIFY2(counts.withoutFile == 0, qPrintable(test::dump(catalog)));
        QCOMPARE(counts.warnings, warnings);
        QCOMPARE(counts.errors, errors);
    }

    void sections_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("up");   // null: the file is not in the catalog
        QTest::addColumn<QString>("down"); // null: no Down section
        QTest::addColumn<int>("upLine");
        QTest::addColumn<int>("downLine");
        QTest::addColumn<bool>("transactional");
        QTest::addColumn<QStringList>("diagnostics");

        QTest::newRow("up and down")
            << QByteArray("-- +goose Up\nCREATE TABLE t (id int);\n\n-- +goose Down\nDROP TABLE t;\n")
            << "CREATE TABLE t (id int);\n\n" << "DROP TABLE t;\n" << 2 << 5 << true << QStringList{};
        QTest::newRow("lower case") << QByteArray("-- +goose up\nSELECT 1;\n-- +goose down\nSELECT 2;\n")
                                    << "SELECT 1;\n" << "SELECT 2;\n" << 2 << 4 << true << QStringList{};
        QTest::newRow("upper case") << QByteArray("-- +goose UP\nSELECT 1;\n-- +goose DOWN\nSELECT 2;\n")
                                    << "SELECT 1;\n" << "SELECT 2;\n" << 2 << 4 << true << QStringList{};
        QTest::newRow("no blank after --") << QByteArray("--+goose Up\nSELECT 1;\n--+goose Down\nSELECT 2;\n")
                                           << "SELECT 1;\n" << "SELECT 2;\n" << 2 << 4 << true << QStringList{};
        QTest::newRow("extra blanks and CR")
            << QByteArray("--   +goose   Up  \r\nSELECT 1;\r\n-- +goose\tDown\r\nSELECT 2;\r\n")
            << "SELECT 1;\r\n" << "SELECT 2;\r\n" << 2 << 4 << true << QStringList{};
        QTest::newRow("comments before Up")
            << QByteArray("-- gophish style\n\n-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 2;")
            << "SELECT 1;\n" << "SELECT 2;" << 4 << 6 << true << QStringList{};
        QTest::newRow("+GOOSE is a plain comment to goose")
            << QByteArray("-- +GOOSE Up\nSELECT 1;\n") << QString() << QString() << 0 << 0 << true
            << QStringList{"error:1", "error:1"};
        QTest::newRow("indented annotation")
            << QByteArray("  -- +goose Up\nSELECT 1;\n") << QString() << QString() << 0 << 0 << true
            << QStringList{"error:1", "error:1"};
        QTest::newRow("unknown annotation")
            << QByteArray("-- +goose Up\nSELECT 1;\n-- +goose Sideways\n-- +goose Down\nSELECT 2;\n") << QString()
            << QString() << 0 << 0 << true << QStringList{"error:3"};
        QTest::newRow("missing Up") << QByteArray("CREATE TABLE t (id int);\n") << QString() << QString() << 0 << 0
                                    << true << QStringList{"error:1"};
        QTest::newRow("SQL before Up")
            << QByteArray("\nSELECT 0;\n-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 2;\n") << QString()
            << QString() << 0 << 0 << true << QStringList{"error:2"};
        QTest::newRow("missing Down") << QByteArray("-- +goose Up\nSELECT 1;\n") << "SELECT 1;\n" << QString() << 2
                                      << 0 << true << QStringList{"warning:0"};
        QTest::newRow("Up on the last line") << QByteArray("-- +goose Up") << "" << QString() << 2 << 0 << true
                                             << QStringList{"warning:0"};
        QTest::newRow("empty Down")
            << QByteArray("-- +goose Up\nSELECT 1;\n\n-- +goose Down\n-- nothing to undo\n\n") << "SELECT 1;\n\n"
            << "-- nothing to undo\n\n" << 2 << 5 << true << QStringList{"warning:4"};
        QTest::newRow("Down statements without ';'")
            << QByteArray("-- +goose Up\nSELECT 1;\n-- +goose Down\nDROP TABLE a\nDROP TABLE b\n") << "SELECT 1;\n"
            << "DROP TABLE a\nDROP TABLE b\n" << 2 << 4 << true << QStringList{"warning:4"};
        QTest::newRow("last Up statement without ';'")
            << QByteArray("-- +goose Up\nSELECT 1;\nSELECT 2 -- no end\n-- +goose Down\nSELECT 3;\n")
            << "SELECT 1;\nSELECT 2 -- no end\n" << "SELECT 3;\n" << 2 << 5 << true << QStringList{"warning:3"};
        QTest::newRow("';' before a trailing comment ends the statement")
            << QByteArray("-- +goose Up\nSELECT 1; -- done\n-- +goose Down\nSELECT 2;\n") << "SELECT 1; -- done\n"
            << "SELECT 2;\n" << 2 << 4 << true << QStringList{};
        QTest::newRow("NO TRANSACTION")
            << QByteArray("-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY i ON t (x);\n"
                          "-- +goose Down\nDROP INDEX i;\n")
            << "CREATE INDEX CONCURRENTLY i ON t (x);\n" << "DROP INDEX i;\n" << 3 << 5 << false << QStringList{};
        QTest::newRow("no transaction inside Up, lower case")
            << QByteArray("-- +goose Up\n-- +goose no transaction\nVACUUM;\n-- +goose Down\nSELECT 1;\n")
            << "-- +goose no transaction\nVACUUM;\n" << "SELECT 1;\n" << 2 << 5 << false << QStringList{};
        QTest::newRow("statement block kept in the text")
            << QByteArray("-- +goose Up\n-- +goose StatementBegin\nCREATE FUNCTION f() RETURNS int AS $$\nBEGIN\n"
                          "  RETURN 1;\nEND;\n$$ LANGUAGE plpgsql;\n-- +goose StatementEnd\n\n-- +goose Down\n"
                          "DROP FUNCTION f;\n")
            << "-- +goose StatementBegin\nCREATE FUNCTION f() RETURNS int AS $$\nBEGIN\n  RETURN 1;\nEND;\n"
               "$$ LANGUAGE plpgsql;\n-- +goose StatementEnd\n\n"
            << "DROP FUNCTION f;\n" << 2 << 11 << true << QStringList{};
        QTest::newRow("block lines need no ';'")
            << QByteArray("-- +goose Up\n-- +goose StatementBegin\nSELECT 1\n-- +goose StatementEnd\n-- +goose Down\n"
                          "SELECT 2;\n")
            << "-- +goose StatementBegin\nSELECT 1\n-- +goose StatementEnd\n" << "SELECT 2;\n" << 2 << 6 << true
            << QStringList{};
        QTest::newRow("StatementBegin without StatementEnd")
            << QByteArray("-- +goose Up\n-- +goose StatementBegin\nSELECT 1;\n-- +goose Down\nSELECT 2;\n")
            << QString() << QString() << 0 << 0 << true << QStringList{"error:2"};
        QTest::newRow("StatementEnd without StatementBegin")
            << QByteArray("-- +goose Up\nSELECT 1;\n-- +goose StatementEnd\n-- +goose Down\nSELECT 2;\n") << QString()
            << QString() << 0 << 0 << true << QStringList{"error:3"};
        QTest::newRow("nested StatementBegin")
            << QByteArray("-- +goose Up\n-- +goose StatementBegin\n-- +goose StatementBegin\nSELECT 1;\n"
                          "-- +goose StatementEnd\n-- +goose Down\nSELECT 2;\n")
            << QString() << QString() << 0 << 0 << true << QStringList{"error:3"};
        QTest::newRow("Down before Up")
            << QByteArray("-- +goose Down\nSELECT 2;\n-- +goose Up\nSELECT 1;\n") << QString() << QString() << 0 << 0
            << true << QStringList{"error:1", "error:3", "error:1"};
        QTest::newRow("two Ups")
            << QByteArray("-- +goose Up\nSELECT 1;\n-- +goose Up\nSELECT 2;\n-- +goose Down\nSELECT 3;\n") << QString()
            << QString() << 0 << 0 << true << QStringList{"error:3"};
        QTest::newRow("ENVSUB") << QByteArray("-- +goose ENVSUB ON\n-- +goose Up\nSELECT '${X}';\n-- +goose Down\n")
                                << QString() << QString() << 0 << 0 << true << QStringList{"error:1", "warning:4"};
    }

    void sections()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, up);
        QFETCH(QString, down);
        QFETCH(int, upLine);
        QFETCH(int, downLine);
        QFETCH(bool, transactional);
        QFETCH(QStringList, diagnostics);
        test::TestProject project;
        project.writeFile(QStringLiteral("7_x.sql"), content);
        const Catalog catalog = GooseConvention().read(project.migrationsDir());
        QCOMPARE(diagnosticsOf(catalog), diagnostics);
        for (const Diagnostic &d : catalog.diagnostics)
            QCOMPARE(d.file, QStringLiteral("7_x.sql"));
        if (up.isNull()) {
            QVERIFY(catalog.migrations.isEmpty());
            QVERIFY(hasErrors(catalog.diagnostics));
            return;
        }
        QCOMPARE(catalog.migrations.size(), 1);
        const Migration &m = catalog.migrations.constFirst();
        QCOMPARE(m.upSql, up);
        QCOMPARE(m.upLine, upLine);
        QCOMPARE(m.hasDown, !down.isNull());
        QCOMPARE(m.downSql, down.isNull() ? QString() : down);
        QCOMPARE(m.downScript, down.isNull() ? QString() : QStringLiteral("7_x.sql"));
        if (!down.isNull())
            QCOMPARE(m.downLine, downLine);
        QCOMPARE(m.transactional, transactional);
        QCOMPARE(m.downTransactional, transactional);
        QCOMPARE(m.script, QStringLiteral("7_x.sql"));
        QCOMPARE(m.kind, MigrationKind::Versioned);
    }

    void checksumIsOfTheUpSectionOnly()
    {
        test::TestProject a;
        test::TestProject b;
        a.writeFile(QStringLiteral("1_x.sql"), "-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 2;\n");
        b.writeFile(QStringLiteral("1_x.sql"), "\xef\xbb\xbf-- header\r\n-- +goose Up\r\nSELECT 1;\r\n-- +goose Down\r\nDROP x;\r\n");
        const Catalog ca = GooseConvention().read(a.migrationsDir());
        const Catalog cb = GooseConvention().read(b.migrationsDir());
        QCOMPARE(ca.migrations.size(), 1);
        QCOMPARE(cb.migrations.size(), 1);
        QCOMPARE(ca.migrations.constFirst().checksum, cb.migrations.constFirst().checksum);
    }

    void unreadableFilesAreErrorsNamingTheFile()
    {
        test::TestProject project;
        project.writeFile(QStringLiteral("1_latin1.sql"), "-- +goose Up\nINSERT INTO t VALUES ('caf\xe9');\n");
        project.writeFile(QStringLiteral("2_ok.sql"), plainGoose);
        QVERIFY(QFile::link(QStringLiteral("/nonexistent/target.sql"),
                            QDir(project.migrationsDir()).filePath(QStringLiteral("3_gone.sql"))));
        const Catalog catalog = GooseConvention().read(project.migrationsDir());
        QCOMPARE(catalog.migrations.size(), 1);
        QCOMPARE(diagnosticsOf(catalog), (QStringList{"error:0", "error:0"}));
        QCOMPARE(catalog.diagnostics.at(0).file, QStringLiteral("1_latin1.sql"));
        QVERIFY(catalog.diagnostics.at(0).message.contains(QLatin1String("UTF-8")));
        QCOMPARE(catalog.diagnostics.at(1).file, QStringLiteral("3_gone.sql"));
    }

    void filesOfOtherConventionsAreNamed()
    {
        test::TestProject project;
        project.writeFile(QStringLiteral("1_a.sql"), plainGoose);
        project.writeFile(QStringLiteral("2_b.sql"), "-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 2;\n");
        project.writeFile(QStringLiteral("3_c.up.sql"), "SELECT 1;\n");
        project.writeFile(QStringLiteral("3_c.down.sql"), "SELECT 2;\n");
        const Catalog catalog = GooseConvention().read(project.migrationsDir());
        QCOMPARE(catalog.migrations.size(), 1);
        QCOMPARE(diagnosticsOf(catalog), (QStringList{"warning:0", "warning:0", "warning:0"}));
        QVERIFY(catalog.diagnostics.at(0).message.contains(QLatin1String("dbmate")));
        QVERIFY(catalog.diagnostics.at(1).message.contains(QLatin1String("golang-migrate")));
    }

    void statementBlocks_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QStringList>("statements"); // "line: text", "line+: text" when it continues a unit
        QTest::addColumn<int>("errorLine");          // 0: splits without error

        QTest::newRow("no blocks: as splitSql") << QByteArray("SELECT 1;\nSELECT 2;\n")
                                                << QStringList{"1: SELECT 1", "2: SELECT 2"} << 0;
        QTest::newRow("a block is one unit of its statements")
            << QByteArray("-- +goose StatementBegin\nSELECT 1; SELECT 2;\n-- +goose StatementEnd\n")
            << QStringList{"2: SELECT 1", "2+: SELECT 2"} << 0;
        QTest::newRow("statements around a block keep their lines")
            << QByteArray("SELECT 1;\n-- +goose StatementBegin\nSELECT 2;\nSELECT 3;\n-- +goose StatementEnd\n\nSELECT 4;\n")
            << QStringList{"1: SELECT 1", "3: SELECT 2", "4+: SELECT 3", "7: SELECT 4"} << 0;
        QTest::newRow("comments inside a block are not its start")
            << QByteArray("-- +goose StatementBegin\n-- the function\nCREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ "
                          "LANGUAGE sql; -- trailing\n-- +goose StatementEnd\n")
            << QStringList{"3: CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql"} << 0;
        QTest::newRow("a routine body in a block stays whole")
            << QByteArray("-- +goose StatementBegin\nCREATE TABLE t (id int);\nCREATE FUNCTION f() RETURNS int AS $body$\n"
                          "BEGIN RETURN 1; END;\n$body$ LANGUAGE plpgsql;\n-- +goose StatementEnd\n")
            << QStringList{"2: CREATE TABLE t (id int)",
                           "3+: CREATE FUNCTION f() RETURNS int AS $body$\nBEGIN RETURN 1; END;\n$body$ LANGUAGE plpgsql"}
            << 0;
        QTest::newRow("a block the splitter cannot read is refused")
            << QByteArray("SELECT 1;\n-- +goose StatementBegin\nSELECT 'open;\n-- +goose StatementEnd\n") << QStringList{} << 3;
        QTest::newRow("two blocks") << QByteArray("--+goose statementbegin\nA; B;\n--+goose statementend\n"
                                                  "-- +goose StatementBegin\nC; D;\n-- +goose StatementEnd\n")
                                    << QStringList{"2: A", "2+: B", "5: C", "5+: D"} << 0;
        QTest::newRow("empty block") << QByteArray("-- +goose StatementBegin\n-- nothing\n-- +goose StatementEnd\nSELECT 1;\n")
                                     << QStringList{"4: SELECT 1"} << 0;
        QTest::newRow("CRLF") << QByteArray("SELECT 1;\r\n-- +goose StatementBegin\r\nSELECT 2; SELECT 3;\r\n"
                                            "-- +goose StatementEnd\r\nSELECT 4;\r\n")
                              << QStringList{"1: SELECT 1", "3: SELECT 2", "3+: SELECT 3", "5: SELECT 4"} << 0;
        QTest::newRow("unclosed block") << QByteArray("SELECT 1;\n-- +goose StatementBegin\nSELECT 2;\n") << QStringList{}
                                        << 2;
        QTest::newRow("unopened block") << QByteArray("SELECT 1;\n-- +goose StatementEnd\n") << QStringList{} << 2;
        QTest::newRow("multi-byte text before a block")
            << QByteArray("SELECT 'é';\n-- +goose StatementBegin\nSELECT 'ü'; SELECT 2;\n-- +goose StatementEnd\n")
            << QStringList{"1: SELECT 'é'", "3: SELECT 'ü'", "3+: SELECT 2"} << 0;
    }

    void statementBlocks()
    {
        QFETCH(QByteArray, script);
        QFETCH(QStringList, statements);
        QFETCH(int, errorLine);
        const SplitResult split = splitMigrationSql(script, DatabaseKind::Postgres);
        QCOMPARE(split.errorLine, errorLine);
        QCOMPARE(split.ok(), errorLine == 0);
        QStringList seen;
        for (const SqlStatement &s : split.statements)
            seen << QStringLiteral("%1%2: %3").arg(s.line).arg(s.continuesUnit ? "+" : "").arg(s.text(script));
        if (errorLine == 0)
            QCOMPARE(seen, statements);
    }

    void blockStatementsKeepTheirOwnFlags()
    {
        const QByteArray script = "-- +goose StatementBegin\nCREATE TABLE t (x int);\nCREATE INDEX CONCURRENTLY i ON t (x);\n"
                                  "-- +goose StatementEnd\n";
        const SplitResult split = splitMigrationSql(script, DatabaseKind::Postgres);
        QVERIFY(split.ok());
        QCOMPARE(split.statements.size(), 2);
        QVERIFY(!split.statements.at(0).noTransaction);
        QVERIFY(split.statements.at(1).noTransaction);
    }

    void createFollowsTheFolder_data()
    {
        QTest::addColumn<QStringList>("existing");
        QTest::addColumn<QString>("expected");
        const QString now = QStringLiteral("20261121103000");
        QTest::newRow("empty folder uses a timestamp") << QStringList{} << now + "_add_users.sql";
        QTest::newRow("padded sequence") << QStringList{"001_a.sql", "002_b.sql"} << "003_add_users.sql";
        QTest::newRow("unpadded sequence") << QStringList{"9_a.sql"} << "10_add_users.sql";
        QTest::newRow("timestamps") << QStringList{"20160118194630_init.sql"} << now + "_add_users.sql";
        QTest::newRow("timestamp from the future")
            << QStringList{"20991231000000_a.sql"} << "20991231000001_add_users.sql";
    }

    void createFollowsTheFolder()
    {
        QFETCH(QStringList, existing);
        QFETCH(QString, expected);
        test::TestProject project;
        for (const QString &file : existing)
            project.writeFile(file, plainGoose);
        const QDateTime now(QDate(2026, 11, 21), QTime(10, 30), Qt::UTC);
        const CreatedMigration created = GooseConvention().create(project.migrationsDir(), "Add users!", now);
        QVERIFY2(created.error.isEmpty(), qPrintable(created.error));
        QCOMPARE(created.files.size(), 1);
        QCOMPARE(QFileInfo(created.files.constFirst()).fileName(), expected);
    }

    void createdFileReadsBack()
    {
        test::TestProject project;
        project.writeFile(QStringLiteral("001_first.sql"), plainGoose);
        const CreatedMigration created =
            GooseConvention().create(project.migrationsDir(), "Add orders table", QDateTime::currentDateTimeUtc());
        QVERIFY2(created.error.isEmpty(), qPrintable(created.error));
        const Catalog catalog = GooseConvention().read(project.migrationsDir());
        QVERIFY2(!hasErrors(catalog.diagnostics), qPrintable(dump(catalog)));
        QCOMPARE(catalog.migrations.size(), 2);
        const Migration &m = catalog.migrations.constLast();
        QCOMPARE(m.version.toString(), QStringLiteral("2"));
        QCOMPARE(m.description, QStringLiteral("add_orders_table"));
        QCOMPARE(m.script, QStringLiteral("002_add_orders_table.sql"));
        QCOMPARE(m.upSql, QStringLiteral("-- Add orders table\n\n"));
        QVERIFY(m.hasDown);
        QCOMPARE(m.downSql, QStringLiteral("-- undo: Add orders table\n"));
        QCOMPARE(m.upLine, 2);
        QCOMPARE(m.downLine, 5);
        QVERIFY(m.transactional);
    }

    void createRefusesANameWithoutLettersOrDigits()
    {
        test::TestProject project;
        const CreatedMigration created =
            GooseConvention().create(project.migrationsDir(), "  --- ", QDateTime::currentDateTimeUtc());
        QVERIFY(!created.error.isEmpty());
        QVERIFY(QDir(project.migrationsDir()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGoose)
#include "tst_goose.moc"
