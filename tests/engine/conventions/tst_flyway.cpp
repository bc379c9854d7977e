#include "catalogdump.h"
#include "conventions/flywayconvention.h"
#include "testproject.h"

#include <QDir>
#include <QTest>

using namespace tidemark;
using tidemark::test::dump;

namespace {

QStringList migrationsOf(const Catalog &catalog)
{
    return test::migrationsOf(catalog, test::MigrationColumns::WithKindAndDown);
}

QStringList diagnosticsOf(const Catalog &catalog)
{
    return test::diagnosticsOf(catalog, test::DiagnosticColumns::SeverityFileAndLine);
}

} // namespace

class TestFlyway : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileNames_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QStringList>("migrations");
        QTest::addColumn<QStringList>("diagnostics");

        QTest::newRow("versioned") << QStringList{"V1__init.sql"} << QStringList{"V 1 init -"} << QStringList{};
        QTest::newRow("underscores read as spaces")
            << QStringList{"V2__add_users_table.sql"} << QStringList{"V 2 add users table -"} << QStringList{};
        QTest::newRow("parts are numbers: 1_2 < 1_12 < 1_12_9 < 1_12_10")
            << QStringList{"V1_12_10__d.sql", "V1_12__b.sql", "V1_2__a.sql", "V1_12_9__c.sql"}
            << QStringList{"V 1.2 a -", "V 1.12 b -", "V 1.12.9 c -", "V 1.12.10 d -"} << QStringList{};
        QTest::newRow("dots and underscores mix")
            << QStringList{"V1.1__a.sql", "V1_0_1__b.sql"} << QStringList{"V 1.0.1 b -", "V 1.1 a -"} << QStringList{};
        QTest::newRow("first __ separates, later ones are the description")
            << QStringList{"V1_12_15__baseline___POSTGRESQL.sql"} << QStringList{"V 1.12.15 baseline   POSTGRESQL -"}
            << QStringList{};
        QTest::newRow("empty description") << QStringList{"V3__.sql"} << QStringList{"V 3  -"} << QStringList{};
        QTest::newRow("undo is the down of its version")
            << QStringList{"V1__a.sql", "U1__a.sql", "V2__b.sql", "U2__b.sql"}
            << QStringList{"V 1 a down", "V 2 b down"} << QStringList{};
        QTest::newRow("undo files in use: a V without one is flagged")
            << QStringList{"V1__a.sql", "U1__a.sql", "V2__b.sql"} << QStringList{"V 1 a down", "V 2 b -"}
            << QStringList{"warning V2__b.sql:0"};
        QTest::newRow("undo without its V") << QStringList{"V1__a.sql", "U2__b.sql"} << QStringList{"V 1 a -"}
                                            << QStringList{"warning U2__b.sql:0", "warning V1__a.sql:0"};
        QTest::newRow("repeatables first, by description")
            << QStringList{"V1__a.sql", "R__views.sql", "R__a_functions.sql"}
            << QStringList{"R - a functions -", "R - views -", "V 1 a -"} << QStringList{};
        QTest::newRow("baseline among versions, after V of the same version")
            << QStringList{"B2__base.sql", "V1__a.sql", "V2__b.sql", "V3__c.sql"}
            << QStringList{"V 1 a -", "V 2 b -", "B 2 base -", "V 3 c -"} << QStringList{};
        QTest::newRow("no __") << QStringList{"V1_init.sql"} << QStringList{} << QStringList{"error V1_init.sql:0"};
        QTest::newRow("double dot") << QStringList{"V1..2__x.sql"} << QStringList{}
                                    << QStringList{"error V1..2__x.sql:0"};
        QTest::newRow("trailing dot") << QStringList{"V1.__x.sql"} << QStringList{} << QStringList{"error V1.__x.sql:0"};
        QTest::newRow("letters in the version") << QStringList{"V1a__x.sql"} << QStringList{}
                                                << QStringList{"error V1a__x.sql:0"};
        QTest::newRow("no version") << QStringList{"V__x.sql"} << QStringList{} << QStringList{"error V__x.sql:0"};
        QTest::newRow("repeatable with a version")
            << QStringList{"R1__x.sql"} << QStringList{} << QStringList{"error R1__x.sql:0"};
        QTest::newRow("not Flyway at all") << QStringList{"init.sql", "Views.sql", "v1__lower.sql"} << QStringList{}
                                           << QStringList{"warning Views.sql:0", "warning init.sql:0",
                                                          "warning v1__lower.sql:0"};
        QTest::newRow("duplicate version")
            << QStringList{"V1__a.sql", "V1_0__b.sql"} << QStringList{"V 1.0 b -"} << QStringList{"error V1__a.sql:0"};
        QTest::newRow("duplicate undo") << QStringList{"V1__a.sql", "U1__a.sql", "U1.0__b.sql"}
                                        << QStringList{"V 1 a down"} << QStringList{"error U1__a.sql:0"};
        QTest::newRow("duplicate repeatable description")
            << QStringList{"R__my_view.sql", "R__my view.sql"} << QStringList{"R - my view -"}
            << QStringList{"error R__my_view.sql:0"};
        QTest::newRow("other files are ignored")
            << QStringList{"README.md", "flyway.conf", "V5__x.sql"} << QStringList{"V 5 x -"} << QStringList{};
    }

    void fileNames()
    {
        QFETCH(QStringList, files);
        QFETCH(QStringList, migrations);
        QFETCH(QStringList, diagnostics);
        test::TestProject project;
        for (const QString &file : files)
            project.writeFile(file, "SELECT 1;\n");
        const Catalog catalog = FlywayConvention().read(project.migrationsDir());
        QCOMPARE(migrationsOf(catalog), migrations);
        QCOMPARE(diagnosticsOf(catalog), diagnostics);
    }

    void scriptConfig_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<bool>("read");
        QTest::addColumn<bool>("transactional");
        QTest::addColumn<QStringList>("diagnostics");
        QTest::newRow("executeInTransaction=false") << QByteArray("executeInTransaction=false\n") << true << false
                                                    << QStringList{};
        QTest::newRow("blanks, comments, case")
            << QByteArray("# no transaction for CONCURRENTLY\n\n  executeInTransaction = FALSE  \r\n") << true << false
            << QStringList{};
        QTest::newRow("executeInTransaction=true") << QByteArray("executeInTransaction=true\n") << true << true
                                                   << QStringList{};
        QTest::newRow("UTF-8 encoding") << QByteArray("encoding=UTF-8\n") << true << true << QStringList{};
        QTest::newRow("another encoding") << QByteArray("encoding=ISO_8859_1\n") << true << true
                                          << QStringList{"warning V1__a.sql.conf:1"};
        QTest::newRow("bad value") << QByteArray("\nexecuteInTransaction=maybe\n") << false << true
                                   << QStringList{"error V1__a.sql.conf:2"};
        QTest::newRow("unknown key") << QByteArray("executeInTransactions=false\n") << false << true
                                     << QStringList{"error V1__a.sql.conf:1"};
        QTest::newRow("shouldExecute") << QByteArray("shouldExecute=${env}==prod\n") << false << true
                                       << QStringList{"error V1__a.sql.conf:1"};
        QTest::newRow("not key=value") << QByteArray("executeInTransaction\n") << false << true
                                       << QStringList{"error V1__a.sql.conf:1"};
    }

    void scriptConfig()
    {
        QFETCH(QByteArray, config);
        QFETCH(bool, read);
        QFETCH(bool, transactional);
        QFETCH(QStringList, diagnostics);
        test::TestProject project;
        project.writeFile(QStringLiteral("V1__a.sql"), "CREATE INDEX CONCURRENTLY i ON t (x);\n");
        project.writeFile(QStringLiteral("V1__a.sql.conf"), config);
        const Catalog catalog = FlywayConvention().read(project.migrationsDir());
        QCOMPARE(diagnosticsOf(catalog), diagnostics);
        QCOMPARE(catalog.migrations.size(), read ? 1 : 0);
        if (read)
            QCOMPARE(catalog.migrations.constFirst().transactional, transactional);
    }

    void undoScriptConfigAppliesToTheDown()
    {
        test::TestProject project;
        project.writeFile(QStringLiteral("V1__a.sql"), "SELECT 1;\n");
        project.writeFile(QStringLiteral("U1__a.sql"), "SELECT 2;\n");
        project.writeFile(QStringLiteral("U1__a.sql.conf"), "executeInTransaction=false\n");
        const Catalog catalog = FlywayConvention().read(project.migrationsDir());
        QCOMPARE(catalog.migrations.size(), 1);
        QVERIFY(catalog.migrations.constFirst().transactional);
        QVERIFY(!catalog.migrations.constFirst().downTransactional);
    }

    void configWithoutScript()
    {
        test::TestProject project;
        project.writeFile(QStringLiteral("V1__a.sql"), "SELECT 1;\n");
        project.writeFile(QStringLiteral("V2__gone.sql.conf"), "executeInTransaction=false\n");
        const Catalog catalog = FlywayConvention().read(project.migrationsDir());
        QCOMPARE(catalog.migrations.size(), 1);
        QCOMPARE(diagnosticsOf(catalog), QStringList{"warning V2__gone.sql.conf:0"});
    }

    void placeholdersAreFlagged()
    {
        test::TestProject project;
        project.writeFile(QStringLiteral("V1__a.sql"), "-- grant\n\nGRANT SELECT ON t TO ${reader};\n");
        const Catalog catalog = FlywayConvention().read(project.migrationsDir());
        QCOMPARE(catalog.migrations.size(), 1);
        QCOMPARE(diagnosticsOf(catalog), QStringList{"warning V1__a.sql:3"});
    }

    void sectionsAreTheWholeFiles()
    {
        test::TestProject project;
        project.writeFile(QStringLiteral("V1__a.sql"), "\xef\xbb\xbf" "CREATE TABLE a (x int);\r\n");
        project.writeFile(QStringLiteral("U1__a.sql"), "DROP TABLE a;\n");
        project.writeFile(QStringLiteral("R__v.sql"), "CREATE OR REPLACE VIEW v AS SELECT 1;\n");
        project.writeFile(QStringLiteral("V2__bad.sql"), "SELECT 'caf\xe9';\n");
        const Catalog catalog = FlywayConvention().read(project.migrationsDir());
        QCOMPARE(diagnosticsOf(catalog), QStringList{"error V2__bad.sql:0"});
        QCOMPARE(catalog.migrations.size(), 2);
        const Migration &r = catalog.migrations.at(0);
        QCOMPARE(r.kind, MigrationKind::Repeatable);
        QVERIFY(r.version.isEmpty());
        QCOMPARE(r.description, QStringLiteral("v"));
        QCOMPARE(r.script, QStringLiteral("R__v.sql"));
        const Migration &v = catalog.migrations.at(1);
        QCOMPARE(v.upSql, QStringLiteral("CREATE TABLE a (x int);\r\n"));
        QCOMPARE(v.upLine, 1);
        QCOMPARE(v.downSql, QStringLiteral("DROP TABLE a;\n"));
        QCOMPARE(v.downScript, QStringLiteral("U1__a.sql"));
        QCOMPARE(v.downLine, 1);
        QCOMPARE(v.script, QStringLiteral("V1__a.sql"));
    }

    void createFollowsTheFolder_data()
    {
        QTest::addColumn<QStringList>("existing");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty folder starts at 1") << QStringList{} << QStringList{"V1__add_users.sql"};
        QTest::newRow("after V3") << QStringList{"V1__a.sql", "V3__b.sql"} << QStringList{"V4__add_users.sql"};
        QTest::newRow("after V1_12_28") << QStringList{"V1_12_9__a.sql", "V1_12_28__b.sql"}
                                        << QStringList{"V1_12_29__add_users.sql"};
        QTest::newRow("dots kept") << QStringList{"V1.2.9__a.sql"} << QStringList{"V1.2.10__add_users.sql"};
        QTest::newRow("width kept") << QStringList{"V001__a.sql"} << QStringList{"V002__add_users.sql"};
        QTest::newRow("the baseline counts") << QStringList{"V1_12_39__a.sql", "B1_20_0__base.sql"}
                                             << QStringList{"V1_20_1__add_users.sql"};
        QTest::newRow("repeatables do not count") << QStringList{"V2__a.sql", "R__view.sql"}
                                                  << QStringList{"V3__add_users.sql"};
        QTest::newRow("timestamps") << QStringList{"V20240101000000__a.sql"}
                                    << QStringList{"V20261121103000__add_users.sql"};
        QTest::newRow("undo when the folder uses it") << QStringList{"V1__a.sql", "U1__a.sql"}
                                                      << QStringList{"V2__add_users.sql", "U2__add_users.sql"};
    }

    void createFollowsTheFolder()
    {
        QFETCH(QStringList, existing);
        QFETCH(QStringList, expected);
        test::TestProject project;
        for (const QString &file : existing)
            project.writeFile(file, "SELECT 1;\n");
        const QDateTime now(QDate(2026, 11, 21), QTime(10, 30), Qt::UTC);
        const CreatedMigration created = FlywayConvention().create(project.migrationsDir(), "Add users!", now);
        QVERIFY2(created.error.isEmpty(), qPrintable(created.error));
        QStringList names;
        for (const QString &file : created.files)
            names << QFileInfo(file).fileName();
        QCOMPARE(names, expected);
    }

    void createdFilesReadBack()
    {
        test::TestProject project;
        project.writeFile(QStringLiteral("V1_1__first.sql"), "SELECT 1;\n");
        project.writeFile(QStringLiteral("U1_1__first.sql"), "SELECT 1;\n");
        const CreatedMigration created =
            FlywayConvention().create(project.migrationsDir(), "Add orders table", QDateTime::currentDateTimeUtc());
        QVERIFY2(created.error.isEmpty(), qPrintable(created.error));
        const Catalog catalog = FlywayConvention().read(project.migrationsDir());
        QVERIFY2(catalog.diagnostics.isEmpty(), qPrintable(dump(catalog)));
        QCOMPARE(catalog.migrations.size(), 2);
        const Migration &m = catalog.migrations.constLast();
        QCOMPARE(m.version.toString(), QStringLiteral("1.2"));
        QCOMPARE(m.description, QStringLiteral("add orders table"));
        QCOMPARE(m.script, QStringLiteral("V1_2__add_orders_table.sql"));
        QCOMPARE(m.upSql, QStringLiteral("-- Add orders table\n"));
        QVERIFY(m.hasDown);
        QCOMPARE(m.downScript, QStringLiteral("U1_2__add_orders_table.sql"));
        QCOMPARE(m.downSql, QStringLiteral("-- undo: Add orders table\n"));
    }

    void createRefusesANameWithoutLettersOrDigits()
    {
        test::TestProject project;
        const CreatedMigration created =
            FlywayConvention().create(project.migrationsDir(), "...", QDateTime::currentDateTimeUtc());
        QVERIFY(!created.error.isEmpty());
        QVERIFY(QDir(project.migrationsDir()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFlyway)
#include "tst_flyway.moc"
