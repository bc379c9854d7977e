// A migration file that cannot be used says why, naming the file (and the line, where there is one), in every
// convention: never a file skipped in silence, never a surprise at run time.
#include "catalogdump.h"
#include "conventions/convention.h"
#include "conventions/conventionfactory.h"
#include "testproject.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace tidemark;

namespace {

struct ConventionFiles
{
    QList<QPair<QString, QByteArray>> good; // a migration that reads without a diagnostic
    QString bad;                            // the file that cannot be used
    QByteArray header;                      // what the convention wants before the up statements
    QString tooLarge;                       // a name whose version has a part of 21 digits
    QString tooLargeSeverity;               // Flyway: a name meant as a migration that cannot be one is an error
};

ConventionFiles filesOf(const QString &convention)
{
    if (convention == u"goose")
        return {{{"1_good.sql", "-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 2;\n"}}, "2_bad.sql", "-- +goose Up\n",
                "123456789012345678901_big.sql", "warning"};
    if (convention == u"flyway")
        return {{{"V1__good.sql", "SELECT 1;\n"}}, "V2__bad.sql", "-- up\n", "V123456789012345678901__big.sql",
                "error"};
    if (convention == u"dbmate")
        return {{{"20240101000001_good.sql", "-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 2;\n"}},
                "20240101000002_bad.sql", "-- migrate:up\n", "123456789012345678901_big.sql", "warning"};
    return {{{"1_good.up.sql", "SELECT 1;\n"}, {"1_good.down.sql", "SELECT 2;\n"}}, "2_bad.up.sql", "-- up\n",
            "123456789012345678901_big.up.sql", "warning"};
}

enum class Bad { NulByte, DanglingLink, LinkLoop, TooLargeVersion };

} // namespace

Q_DECLARE_METATYPE(Bad)

class TestUnusableFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saysWhyNamingTheFile_data()
    {
        QTest::addColumn<QString>("convention");
        QTest::addColumn<Bad>("bad");
        QTest::addColumn<QString>("diagnostic"); // "severity file:line"
        QTest::addColumn<QString>("message");
        for (const QString &convention : conventionNames()) {
            const ConventionFiles files = filesOf(convention);
            const QByteArray name = convention.toUtf8();
            const QString error = QStringLiteral("error ") + files.bad;
            QTest::newRow(name + " NUL byte") << convention << Bad::NulByte << error + ":3"
                                              << "contains a NUL byte at line 3; SQL files are text";
            QTest::newRow(name + " dangling symlink") << convention << Bad::DanglingLink << error + ":0"
                                                      << "cannot read the file: No such file or directory";
            QTest::newRow(name + " symlink loop") << convention << Bad::LinkLoop << error + ":0"
                                                  << "cannot read the file: Too many levels of symbolic links";
            QTest::newRow(name + " version too large")
                << convention << Bad::TooLargeVersion
                << QStringLiteral("%1 %2:0").arg(files.tooLargeSeverity, files.tooLarge)
                << "version 123456789012345678901 is too large: each part of a version may have at most 19 digits; "
                   "it is not run";
        }
    }

    void saysWhyNamingTheFile()
    {
        QFETCH(QString, convention);
        QFETCH(Bad, bad);
        QFETCH(QString, diagnostic);
        QFETCH(QString, message);
        const ConventionFiles files = filesOf(convention);
        test::TestProject project;
        for (const auto &[name, content] : files.good)
            project.writeFile(name, content);
        const QString badPath = QDir(project.migrationsDir()).filePath(files.bad);
        const QByteArray statements = QByteArrayLiteral("SELECT 1;\nSELECT 'a\0b';\n");
        switch (bad) {
        case Bad::NulByte: project.writeFile(files.bad, files.header + statements); break;
        case Bad::DanglingLink: QVERIFY(QFile::link(QStringLiteral("/nonexistent/target.sql"), badPath)); break;
        case Bad::LinkLoop: QVERIFY(QFile::link(badPath, badPath)); break;
        case Bad::TooLargeVersion: project.writeFile(files.tooLarge, files.header + "SELECT 1;\n"); break;
        }
        const Catalog catalog = conventionByName(convention)->read(project.migrationsDir());
        QCOMPARE(catalog.migrations.size(), 1);
        QCOMPARE(catalog.migrations.constFirst().description, QStringLiteral("good"));
        QCOMPARE(test::diagnosticsOf(catalog, test::DiagnosticColumns::SeverityFileAndLine), QStringList{diagnostic});
        QCOMPARE(catalog.diagnostics.constFirst().message, message);
    }
};

QTEST_GUILESS_MAIN(TestUnusableFiles)
#include "tst_unusablefiles.moc"
