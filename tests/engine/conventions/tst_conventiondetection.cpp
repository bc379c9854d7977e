#include "conventions/convention.h"
#include "conventions/conventionfactory.h"
#include "testproject.h"

#include <QDir>
#include <QTest>

using namespace tidemark;

namespace {

const QByteArray goose = "-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 2;\n";
const QByteArray dbmate = "-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 2;\n";
const QByteArray plain = "SELECT 1;\n";

using Files = QList<QPair<QString, QByteArray>>;

} // namespace

class TestConventionDetection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyNameHasAConvention()
    {
        for (const QString &name : conventionNames()) {
            const std::unique_ptr<Convention> convention = conventionByName(name);
            QVERIFY2(convention, qPrintable(name));
            QCOMPARE(convention->name(), name);
        }
        QCOMPARE(conventionNames(), (QStringList{"golang-migrate", "goose", "flyway", "dbmate"}));
        QVERIFY(!conventionByName(QStringLiteral("liquibase")));
        QVERIFY(!conventionByName(QStringLiteral("Goose")));
    }

    void detect_data()
    {
        QTest::addColumn<Files>("files");
        QTest::addColumn<QString>("convention");
        QTest::addColumn<QStringList>("notRun"); // files the chosen convention names in a diagnostic

        QTest::newRow("empty folder") << Files{} << "golang-migrate" << QStringList{};
        QTest::newRow("only other files") << Files{{"README.md", "# hi"}} << "golang-migrate" << QStringList{};
        QTest::newRow("golang-migrate") << Files{{"1_a.up.sql", plain}, {"1_a.down.sql", plain}} << "golang-migrate"
                                        << QStringList{};
        QTest::newRow("goose") << Files{{"1_a.sql", goose}, {"2_b.sql", goose}} << "goose" << QStringList{};
        QTest::newRow("dbmate") << Files{{"20240101120000_a.sql", dbmate}} << "dbmate" << QStringList{};
        QTest::newRow("flyway") << Files{{"V1__a.sql", plain}, {"R__v.sql", plain}} << "flyway" << QStringList{};
        QTest::newRow("single files without annotations are read as goose, which names what is missing")
            << Files{{"1_a.sql", plain}} << "goose" << QStringList{"1_a.sql"};
        QTest::newRow("goose majority, a dbmate file")
            << Files{{"1_a.sql", goose}, {"2_b.sql", goose}, {"3_c.sql", dbmate}} << "goose" << QStringList{"3_c.sql"};
        QTest::newRow("dbmate majority, a goose file")
            << Files{{"1_a.sql", dbmate}, {"2_b.sql", dbmate}, {"3_c.sql", goose}} << "dbmate" << QStringList{"3_c.sql"};
        QTest::newRow("a golang-migrate pair counts once")
            << Files{{"1_a.up.sql", plain}, {"1_a.down.sql", plain}, {"2_b.sql", goose}, {"3_c.sql", goose}} << "goose"
            << QStringList{"1_a.down.sql", "1_a.up.sql"};
        QTest::newRow("golang-migrate majority, a goose file")
            << Files{{"1_a.up.sql", plain}, {"2_b.up.sql", plain}, {"3_c.sql", goose}} << "golang-migrate"
            << QStringList{"3_c.sql"};
        QTest::newRow("flyway majority, a goose file")
            << Files{{"V1__a.sql", plain}, {"U1__a.sql", plain}, {"V2__b.sql", plain}, {"3_c.sql", goose}} << "flyway"
            << QStringList{"3_c.sql"};
        QTest::newRow("undo files do not vote")
            << Files{{"V1__a.sql", plain}, {"U1__a.sql", plain}, {"V2__b.sql", plain}, {"U2__b.sql", plain},
                     {"3_c.sql", goose}, {"4_d.sql", goose}, {"5_e.sql", goose}}
            << "goose" << QStringList{"U1__a.sql", "U2__b.sql", "V1__a.sql", "V2__b.sql"};
        QTest::newRow("a tie goes to the first in conventionNames")
            << Files{{"1_a.sql", dbmate}, {"2_b.sql", goose}} << "goose" << QStringList{"1_a.sql"};
    }

    void detect()
    {
        QFETCH(Files, files);
        QFETCH(QString, convention);
        QFETCH(QStringList, notRun);
        test::TestProject project;
        for (const auto &[name, content] : files)
            project.writeFile(name, content);
        const std::unique_ptr<Convention> detected = detectConvention(project.migrationsDir());
        QVERIFY(detected);
        QCOMPARE(detected->name(), convention);
        // The minority's files are diagnostics of the chosen convention, not crashes or silence.
        const Catalog catalog = detected->read(project.migrationsDir());
        QStringList named;
        for (const Diagnostic &d : catalog.diagnostics)
            if (!d.message.contains(QLatin1String("rolled back")) && !d.message.contains(QLatin1String("no statements")))
                named << d.file;
        named.removeDuplicates();
        named.sort();
        QCOMPARE(named, notRun);
    }

    void recognisesByName_data()
    {
        QTest::addColumn<QString>("convention");
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<bool>("recognised");
        QTest::newRow("goose single file") << "goose" << QStringList{"1_a.sql"} << true;
        QTest::newRow("goose not golang-migrate") << "goose" << QStringList{"1_a.up.sql"} << false;
        QTest::newRow("dbmate single file") << "dbmate" << QStringList{"20240101120000_a.sql"} << true;
        QTest::newRow("flyway V") << "flyway" << QStringList{"V1__a.sql"} << true;
        QTest::newRow("flyway malformed") << "flyway" << QStringList{"V1..2__a.sql", "init.sql"} << false;
        QTest::newRow("nothing") << "flyway" << QStringList{} << false;
    }

    void recognisesByName()
    {
        QFETCH(QString, convention);
        QFETCH(QStringList, files);
        QFETCH(bool, recognised);
        QCOMPARE(conventionByName(convention)->recognises(files), recognised);
    }
};

QTEST_GUILESS_MAIN(TestConventionDetection)
#include "tst_conventiondetection.moc"
