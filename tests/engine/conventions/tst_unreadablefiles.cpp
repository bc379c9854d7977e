// A migration file that cannot be used is an error naming the file (and the line, where there is one), in every
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
};

ConventionFiles filesOf(const QString &convention)
{
    if (convention == u"goose")
        return {{{"1_good.sql", "-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 2;\n"}}, "2_bad.sql", "-- +goose Up\n"};
    if (convention == u"flyway")
        return {{{"V1__good.sql", "SELECT 1;\n"}}, "V2__bad.sql", "-- up\n"};
    if (convention == u"dbmate")
        return {{{"20240101000001_good.sql", "-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 2;\n"}},
                "20240101000002_bad.sql", "-- migrate:up\n"};
    return {{{"1_good.up.sql", "SELECT 1;\n"}, {"1_good.down.sql", "SELECT 2;\n"}}, "2_bad.up.sql", "-- up\n"};
}

enum class Bad { NulByte, DanglingLink, LinkLoop };

} // namespace

Q_DECLARE_METATYPE(Bad)

class TestUnreadableFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isAnErrorNamingTheFile_data()
    {
        QTest::addColumn<QString>("convention");
        QTest::addColumn<Bad>("bad");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        for (const QString &convention : conventionNames()) {
            const QByteArray name = convention.toUtf8();
            QTest::newRow(name + " NUL byte") << convention << Bad::NulByte << 3
                                              << "contains a NUL byte at line 3; SQL files are text";
            QTest::newRow(name + " dangling symlink") << convention << Bad::DanglingLink << 0
                                                      << "cannot read the file: No such file or directory";
            QTest::newRow(name + " symlink loop") << convention << Bad::LinkLoop << 0
                                                  << "cannot read the file: Too many levels of symbolic links";
        }
    }

    void isAnErrorNamingTheFile()
    {
        QFETCH(QString, convention);
        QFETCH(Bad, bad);
        QFETCH(int, line);
        QFETCH(QString, message);
        const ConventionFiles files = filesOf(convention);
        test::TestProject project;
        for (const auto &[name, content] : files.good)
            project.writeFile(name, content);
        const QString badPath = QDir(project.migrationsDir()).filePath(files.bad);
        switch (bad) {
        case Bad::NulByte: project.writeFile(files.bad, files.header + QByteArrayLiteral("SELECT 1;\nSELECT 'a\0b';\n")); break;
        case Bad::DanglingLink: QVERIFY(QFile::link(QStringLiteral("/nonexistent/target.sql"), badPath)); break;
        case Bad::LinkLoop: QVERIFY(QFile::link(badPath, badPath)); break;
        }
        const Catalog catalog = conventionByName(convention)->read(project.migrationsDir());
        QCOMPARE(catalog.migrations.size(), 1);
        QCOMPARE(catalog.migrations.constFirst().description, QStringLiteral("good"));
        QCOMPARE(test::diagnosticsOf(catalog, test::DiagnosticColumns::SeverityFileAndLine),
                 QStringList{QStringLiteral("error %1:%2").arg(files.bad).arg(line)});
        QCOMPARE(catalog.diagnostics.constFirst().message, message);
    }
};

QTEST_GUILESS_MAIN(TestUnreadableFiles)
#include "tst_unreadablefiles.moc"
