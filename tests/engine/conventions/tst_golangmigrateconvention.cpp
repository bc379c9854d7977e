#include "catalogdump.h"
#include "conventions/golangmigrateconvention.h"
#include "testproject.h"

#include <QDir>
#include <QTest>

using namespace tidemark;

class TestGolangMigrateConvention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileNames_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QStringList>("migrations"); // "version description down?" in order
        QTest::addColumn<int>("warnings");
        QTest::addColumn<int>("errors");
        QTest::newRow("up and down") << QStringList{"001_init.up.sql", "001_init.down.sql"}
                                     << QStringList{"1 init down"} << 0 << 0;
        QTest::newRow("up without down is kept and flagged")
            << QStringList{"1_init.up.sql"} << QStringList{"1 init -"} << 1 << 0;
        QTest::newRow("down without up") << QStringList{"2_x.down.sql"} << QStringList{} << 1 << 0;
        QTest::newRow("versions are numbers, not text")
            << QStringList{"10_b.up.sql", "9_a.up.sql", "100_c.up.sql", "10_b.down.sql", "9_a.down.sql",
                           "100_c.down.sql"}
            << QStringList{"9 a down", "10 b down", "100 c down"} << 0 << 0;
        QTest::newRow("timestamps") << QStringList{"20240101120000_add_users.up.sql", "20240101120000_add_users.down.sql"}
                                    << QStringList{"20240101120000 add_users down"} << 0 << 0;
        QTest::newRow("dots inside the description")
            << QStringList{"3_v1.2_fix.up.sql", "3_v1.2_fix.down.sql"} << QStringList{"3 v1.2_fix down"} << 0 << 0;
        QTest::newRow("no version") << QStringList{"init.up.sql"} << QStringList{} << 1 << 0;
        QTest::newRow("no direction") << QStringList{"001_init.sql"} << QStringList{} << 1 << 0;
        QTest::newRow("dash instead of underscore") << QStringList{"001-init.up.sql"} << QStringList{} << 1 << 0;
        QTest::newRow("version too long for a number")
            << QStringList{"123456789012345678901_x.up.sql"} << QStringList{} << 1 << 0;
        QTest::newRow("duplicate version")
            << QStringList{"1_a.up.sql", "1_a.down.sql", "01_b.up.sql", "01_b.down.sql"}
            << QStringList{"1 b down"} << 0 << 2; // the first by file name wins; both files are named
        QTest::newRow("other files are ignored")
            << QStringList{"README.md", "notes.txt", "5_x.up.sql", "5_x.down.sql"} << QStringList{"5 x down"} << 0 << 0;
    }

    void fileNames()
    {
        QFETCH(QStringList, files);
        QFETCH(QStringList, migrations);
        QFETCH(int, warnings);
        QFETCH(int, errors);
        test::TestProject project;
        for (const QString &file : files)
            project.writeFile(file, "SELECT 1;\n");
        const Catalog catalog = GolangMigrateConvention().read(project.migrationsDir());
        QCOMPARE(test::migrationsOf(catalog, test::MigrationColumns::WithDown), migrations);
        const test::DiagnosticCounts counts = test::countDiagnostics(catalog);
        QVERIFY2(counts.withoutFile == 0, qPrintable(test::dump(catalog)));
        QCOMPARE(counts.warnings, warnings);
        QCOMPARE(counts.errors, errors);
    }

    void invalidUtf8IsAnErrorNamingTheFile()
    {
        test::TestProject project;
        project.writeFile(QStringLiteral("1_latin1.up.sql"), "INSERT INTO t VALUES ('caf\xe9');\n");
        project.writeFile(QStringLiteral("2_ok.up.sql"), "SELECT 1;\n");
        project.writeFile(QStringLiteral("2_ok.down.sql"), "SELECT 1;\n");
        const Catalog catalog = GolangMigrateConvention().read(project.migrationsDir());
        QCOMPARE(catalog.migrations.size(), 1);
        QVERIFY(hasErrors(catalog.diagnostics));
        QCOMPARE(catalog.diagnostics.constFirst().file, QStringLiteral("1_latin1.up.sql"));
        QVERIFY(catalog.diagnostics.constFirst().message.contains(QLatin1String("UTF-8")));
    }

    void byteOrderMarkAndLineEndingsDoNotChangeTheChecksum()
    {
        test::TestProject a;
        test::TestProject b;
        a.write(QStringLiteral("1_x"), QStringLiteral("SELECT 1;\nSELECT 2;\n"), QStringLiteral(""));
        b.writeFile(QStringLiteral("1_x.up.sql"), "\xef\xbb\xbfSELECT 1;\r\nSELECT 2;\r\n");
        b.writeFile(QStringLiteral("1_x.down.sql"), "");
        const Catalog ca = GolangMigrateConvention().read(a.migrationsDir());
        const Catalog cb = GolangMigrateConvention().read(b.migrationsDir());
        QCOMPARE(ca.migrations.constFirst().checksum, cb.migrations.constFirst().checksum);
    }

    void createFollowsTheFolder_data()
    {
        QTest::addColumn<QStringList>("existing");
        QTest::addColumn<QString>("expectedUp");
        const QString now = QStringLiteral("20261121103000");
        QTest::newRow("empty folder uses a timestamp") << QStringList{} << now + "_add_users.up.sql";
        QTest::newRow("padded sequence") << QStringList{"001_a.up.sql", "002_b.up.sql"} << "003_add_users.up.sql";
        QTest::newRow("unpadded sequence") << QStringList{"9_a.up.sql"} << "10_add_users.up.sql";
        QTest::newRow("timestamps") << QStringList{"20240101000000_a.up.sql"} << now + "_add_users.up.sql";
        QTest::newRow("timestamp from the future")
            << QStringList{"20991231000000_a.up.sql"} << "20991231000001_add_users.up.sql";
    }

    void createFollowsTheFolder()
    {
        QFETCH(QStringList, existing);
        QFETCH(QString, expectedUp);
        test::TestProject project;
        for (const QString &file : existing)
            project.writeFile(file, "SELECT 1;\n");
        const QDateTime now(QDate(2026, 11, 21), QTime(10, 30), Qt::UTC);
        const CreatedMigration created = GolangMigrateConvention().create(project.migrationsDir(), "Add users!", now);
        QVERIFY2(created.error.isEmpty(), qPrintable(created.error));
        QCOMPARE(created.files.size(), 2);
        QCOMPARE(QFileInfo(created.files.at(0)).fileName(), expectedUp);
        QVERIFY(created.files.at(1).endsWith(QLatin1String("_add_users.down.sql")));
    }

    void createdFilesReadBackAsTheNextMigration()
    {
        test::TestProject project;
        project.write(QStringLiteral("001_first"), QStringLiteral("SELECT 1;\n"), QStringLiteral("SELECT 1;\n"));
        const CreatedMigration created =
            GolangMigrateConvention().create(project.migrationsDir(), "Add orders table", QDateTime::currentDateTimeUtc());
        QVERIFY(created.error.isEmpty());
        const Catalog catalog = GolangMigrateConvention().read(project.migrationsDir());
        QCOMPARE(catalog.migrations.size(), 2);
        const Migration &m = catalog.migrations.constLast();
        QCOMPARE(m.version.toString(), QStringLiteral("2"));
        QCOMPARE(m.description, QStringLiteral("add_orders_table"));
        QVERIFY(m.hasDown);
        QCOMPARE(m.upSql, QStringLiteral("-- Add orders table\n"));
        QVERIFY(!hasErrors(catalog.diagnostics));
    }

    void createRefusesANameWithoutLettersOrDigits()
    {
        test::TestProject project;
        const CreatedMigration created =
            GolangMigrateConvention().create(project.migrationsDir(), "  --- ", QDateTime::currentDateTimeUtc());
        QVERIFY(!created.error.isEmpty());
        QVERIFY(QDir(project.migrationsDir()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGolangMigrateConvention)
#include "tst_golangmigrateconvention.moc"
