#include "catalogdump.h"
#include "conventions/dbmateconvention.h"
#include "sql/dbmatemarker.h"
#include "testproject.h"

#include <QDir>
#include <QTimeZone>
#include <QTest>

using namespace tidemark;
using tidemark::test::diagnosticsOf;
using tidemark::test::dump;

Q_DECLARE_METATYPE(tidemark::DbmateMarker)

namespace {

const QByteArray plainDbmate = "-- migrate:up\nSELECT 1;\n\n-- migrate:down\nSELECT 2;\n";

} // namespace

class TestDbmate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileNames_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QStringList>("migrations"); // "version description" in order
        QTest::addColumn<int>("warnings");
        QTest::addColumn<int>("errors");
        QTest::newRow("timestamps") << QStringList{"20240101120000_create_users.sql", "20231231235959_init.sql"}
                                    << QStringList{"20231231235959 init", "20240101120000 create_users"} << 0 << 0;
        QTest::newRow("versions are numbers, not text")
            << QStringList{"10_b.sql", "9_a.sql"} << QStringList{"9 a", "10 b"} << 0 << 0;
        QTest::newRow("no version") << QStringList{"schema.sql"} << QStringList{} << 1 << 0;
        QTest::newRow("dash instead of underscore") << QStringList{"20240101120000-x.sql"} << QStringList{} << 1 << 0;
        QTest::newRow("duplicate version")
            << QStringList{"20240101120000_a.sql", "20240101120000_b.sql"} << QStringList{"20240101120000 a"} << 0 << 1;
    }

    void fileNames()
    {
        QFETCH(QStringList, files);
        QFETCH(QStringList, migrations);
        QFETCH(int, warnings);
        QFETCH(int, errors);
        test::TestProject project;
        for (const QString &file : files)
            project.writeFile(file, plainDbmate);
        const Catalog catalog = DbmateConvention().read(project.migrationsDir());
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
        QTest::addColumn<QString>("down"); // null: no down section
        QTest::addColumn<int>("upLine");
        QTest::addColumn<int>("downLine");
        QTest::addColumn<bool>("transactional");
        QTest::addColumn<bool>("downTransactional");
        QTest::addColumn<QStringList>("diagnostics");

        QTest::newRow("up and down") << plainDbmate << "SELECT 1;\n\n" << "SELECT 2;\n" << 2 << 5 << true << true
                                     << QStringList{};
        QTest::newRow("no blank after --") << QByteArray("--migrate:up\nSELECT 1;\n--migrate:down\nSELECT 2;\n")
                                           << "SELECT 1;\n" << "SELECT 2;\n" << 2 << 4 << true << true << QStringList{};
        QTest::newRow("CRLF and trailing blanks")
            << QByteArray("-- migrate:up  \r\nSELECT 1;\r\n-- migrate:down\r\nSELECT 2;\r\n") << "SELECT 1;\r\n"
            << "SELECT 2;\r\n" << 2 << 4 << true << true << QStringList{};
        QTest::newRow("comments before up")
            << QByteArray("-- made by hand\n\n-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 2;") << "SELECT 1;\n"
            << "SELECT 2;" << 4 << 6 << true << true << QStringList{};
        QTest::newRow("transaction:false on up")
            << QByteArray("-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY i ON t (x);\n-- migrate:down\n"
                          "DROP INDEX i;\n")
            << "CREATE INDEX CONCURRENTLY i ON t (x);\n" << "DROP INDEX i;\n" << 2 << 4 << false << true << QStringList{};
        QTest::newRow("transaction:false on down")
            << QByteArray("-- migrate:up\nSELECT 1;\n-- migrate:down transaction:false\nVACUUM;\n") << "SELECT 1;\n"
            << "VACUUM;\n" << 2 << 4 << true << false << QStringList{};
        QTest::newRow("transaction:true is the default")
            << QByteArray("-- migrate:up transaction:true\nSELECT 1;\n-- migrate:down\nSELECT 2;\n") << "SELECT 1;\n"
            << "SELECT 2;\n" << 2 << 4 << true << true << QStringList{};
        QTest::newRow("unknown option") << QByteArray("-- migrate:up foo:bar\nSELECT 1;\n-- migrate:down\nSELECT 2;\n")
                                        << "SELECT 1;\n" << "SELECT 2;\n" << 2 << 4 << true << true
                                        << QStringList{"warning:1"};
        QTest::newRow("missing up") << QByteArray("CREATE TABLE t (id int);\n-- migrate:down\nDROP TABLE t;\n")
                                    << QString() << QString() << 0 << 0 << true << true
                                    << QStringList{"error:2", "error:1"};
        QTest::newRow("no markers at all") << QByteArray("CREATE TABLE t (id int);\n") << QString() << QString() << 0 << 0
                                           << true << true << QStringList{"error:1"};
        QTest::newRow("SQL before up") << QByteArray("SELECT 0;\n-- migrate:up\nSELECT 1;\n-- migrate:down\n")
                                       << QString() << QString() << 0 << 0 << true << true
                                       << QStringList{"error:1", "warning:4"};
        QTest::newRow("upper case marker")
            << QByteArray("-- Migrate:Up\nSELECT 1;\n") << QString() << QString() << 0 << 0 << true << true
            << QStringList{"error:1", "error:1"};
        QTest::newRow("indented marker")
            << QByteArray("-- migrate:up\nSELECT 1;\n  -- migrate:down\nSELECT 2;\n") << QString() << QString() << 0 << 0
            << true << true << QStringList{"error:3", "warning:0"};
        QTest::newRow("migrate:upgrade is no marker")
            << QByteArray("-- migrate:up\nSELECT 1;\n-- migrate:upgrade notes\n-- migrate:down\nSELECT 2;\n")
            << "SELECT 1;\n-- migrate:upgrade notes\n" << "SELECT 2;\n" << 2 << 5 << true << true << QStringList{};
        QTest::newRow("missing down") << QByteArray("-- migrate:up\nSELECT 1;\n") << "SELECT 1;\n" << QString() << 2 << 0
                                      << true << true << QStringList{"warning:0"};
        QTest::newRow("empty down") << QByteArray("-- migrate:up\nSELECT 1;\n-- migrate:down\n\n-- nothing\n")
                                    << "SELECT 1;\n" << "\n-- nothing\n" << 2 << 4 << true << true
                                    << QStringList{"warning:3"};
        QTest::newRow("down before up")
            << QByteArray("-- migrate:down\nSELECT 2;\n-- migrate:up\nSELECT 1;\n") << QString() << QString() << 0 << 0
            << true << true << QStringList{"error:1", "error:3"};
        QTest::newRow("two ups") << QByteArray("-- migrate:up\nSELECT 1;\n-- migrate:up\n-- migrate:down\n") << QString()
                                 << QString() << 0 << 0 << true << true << QStringList{"error:3", "warning:4"};
    }

    void sections()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, up);
        QFETCH(QString, down);
        QFETCH(int, upLine);
        QFETCH(int, downLine);
        QFETCH(bool, transactional);
        QFETCH(bool, downTransactional);
        QFETCH(QStringList, diagnostics);
        test::TestProject project;
        project.writeFile(QStringLiteral("20240101120000_x.sql"), content);
        const Catalog catalog = DbmateConvention().read(project.migrationsDir());
        QCOMPARE(diagnosticsOf(catalog), diagnostics);
        if (up.isNull()) {
            QVERIFY(catalog.migrations.isEmpty());
            return;
        }
        QCOMPARE(catalog.migrations.size(), 1);
        const Migration &m = catalog.migrations.constFirst();
        QCOMPARE(m.upSql, up);
        QCOMPARE(m.upLine, upLine);
        QCOMPARE(m.hasDown, !down.isNull());
        QCOMPARE(m.downSql, down.isNull() ? QString() : down);
        if (!down.isNull()) {
            QCOMPARE(m.downLine, downLine);
            QCOMPARE(m.downScript, m.script);
        }
        QCOMPARE(m.transactional, transactional);
        QCOMPARE(m.downTransactional, downTransactional);
    }

    void marker_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<DbmateMarker>("marker");
        QTest::addColumn<QString>("options");

        auto row = [](const char *name, const char *line, DbmateMarker marker, const char *options = "") {
            QTest::newRow(name) << QString::fromUtf8(line) << marker << QString::fromUtf8(options);
        };
        row("up", "-- migrate:up", DbmateMarker::Up);
        row("down with an option", "-- migrate:down transaction:false", DbmateMarker::Down, " transaction:false");
        row("no blank after --", "--migrate:up", DbmateMarker::Up);
        row("tab after --", "--\tmigrate:down", DbmateMarker::Down);
        row("trailing carriage return", "-- migrate:up\r", DbmateMarker::Up, "\r");
        row("upper case", "-- MIGRATE:UP", DbmateMarker::Invalid);
        row("indented", "  -- migrate:down", DbmateMarker::Invalid);
        row("longer word", "-- migrate:upgrade notes", DbmateMarker::Other);
        row("punctuation after the marker", "-- migrate:up;", DbmateMarker::Other);
        row("nothing after the colon", "-- migrate:", DbmateMarker::Other);
        row("non-breaking space before it", "\u00a0-- migrate:up", DbmateMarker::Other);
        row("non-breaking space after --", "--\u00a0migrate:up", DbmateMarker::Other);
        row("no colon", "-- migrate up", DbmateMarker::None);
        row("goose annotation", "-- +goose Up", DbmateMarker::None);
        row("SQL", "SELECT 1; -- migrate:up", DbmateMarker::None);
        row("blank", "", DbmateMarker::None);
    }

    void marker()
    {
        QFETCH(QString, line);
        QFETCH(DbmateMarker, marker);
        QFETCH(QString, options);
        QString problem;
        QStringView found;
        QCOMPARE(dbmateMarker(line, &problem, &found), marker);
        QCOMPARE(found.toString(), options);
        QCOMPARE(problem.isEmpty(), marker != DbmateMarker::Invalid);
    }

    void missingUpNamesTheFileAndLineOne()
    {
        test::TestProject project;
        project.writeFile(QStringLiteral("20240101120000_x.sql"), "-- migrate:down\nDROP TABLE t;\n");
        const Catalog catalog = DbmateConvention().read(project.migrationsDir());
        QVERIFY(hasErrors(catalog.diagnostics));
        const Diagnostic &last = catalog.diagnostics.constLast();
        QCOMPARE(last.file, QStringLiteral("20240101120000_x.sql"));
        QCOMPARE(last.line, 1);
        QVERIFY(last.message.contains(QLatin1String("migrate:up")));
    }

    void invalidUtf8IsAnError()
    {
        test::TestProject project;
        project.writeFile(QStringLiteral("1_x.sql"), "-- migrate:up\nSELECT 'caf\xe9';\n");
        const Catalog catalog = DbmateConvention().read(project.migrationsDir());
        QVERIFY(catalog.migrations.isEmpty());
        QCOMPARE(diagnosticsOf(catalog), QStringList{"error:0"});
        QCOMPARE(catalog.diagnostics.constFirst().file, QStringLiteral("1_x.sql"));
    }

    void gooseFilesAreNamed()
    {
        test::TestProject project;
        project.writeFile(QStringLiteral("1_x.sql"), "-- +goose Up\nSELECT 1;\n");
        const Catalog catalog = DbmateConvention().read(project.migrationsDir());
        QVERIFY(catalog.migrations.isEmpty());
        QCOMPARE(diagnosticsOf(catalog), QStringList{"warning:0"});
        QVERIFY(catalog.diagnostics.constFirst().message.contains(QLatin1String("goose")));
    }

    void createUsesAUtcTimestamp_data()
    {
        QTest::addColumn<QStringList>("existing");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty folder") << QStringList{} << "20261121103000_add_users.sql";
        QTest::newRow("after timestamps") << QStringList{"20240101000000_a.sql"} << "20261121103000_add_users.sql";
        QTest::newRow("even after a sequence") << QStringList{"001_a.sql"} << "20261121103000_add_users.sql";
        QTest::newRow("after a timestamp from the future")
            << QStringList{"20991231000000_a.sql"} << "20991231000001_add_users.sql";
    }

    void createUsesAUtcTimestamp()
    {
        QFETCH(QStringList, existing);
        QFETCH(QString, expected);
        test::TestProject project;
        for (const QString &file : existing)
            project.writeFile(file, plainDbmate);
        // 11:30 in UTC+1 is 10:30 UTC.
        const QDateTime now(QDate(2026, 11, 21), QTime(11, 30), QTimeZone(3600));
        const CreatedMigration created = DbmateConvention().create(project.migrationsDir(), "Add users!", now);
        QVERIFY2(created.error.isEmpty(), qPrintable(created.error));
        QCOMPARE(created.files.size(), 1);
        QCOMPARE(QFileInfo(created.files.constFirst()).fileName(), expected);
    }

    void createdFileReadsBack()
    {
        test::TestProject project;
        const QDateTime now(QDate(2026, 11, 21), QTime(10, 30), Qt::UTC);
        const CreatedMigration created = DbmateConvention().create(project.migrationsDir(), "Add orders table", now);
        QVERIFY2(created.error.isEmpty(), qPrintable(created.error));
        const Catalog catalog = DbmateConvention().read(project.migrationsDir());
        QVERIFY2(!hasErrors(catalog.diagnostics), qPrintable(dump(catalog)));
        QCOMPARE(catalog.migrations.size(), 1);
        const Migration &m = catalog.migrations.constFirst();
        QCOMPARE(m.version.toString(), QStringLiteral("20261121103000"));
        QCOMPARE(m.description, QStringLiteral("add_orders_table"));
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
            DbmateConvention().create(project.migrationsDir(), "!!", QDateTime::currentDateTimeUtc());
        QVERIFY(!created.error.isEmpty());
        QVERIFY(QDir(project.migrationsDir()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDbmate)
#include "tst_dbmate.moc"
