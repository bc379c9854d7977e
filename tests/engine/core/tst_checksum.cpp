#include "core/checksum.h"

#include <QTest>

using tidemark::scriptChecksum;

class TestChecksum : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineEndingsDoNotMatter_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::newRow("LF") << "CREATE TABLE t (id INT);\nINSERT INTO t VALUES (1);\n";
        QTest::newRow("CRLF") << "CREATE TABLE t (id INT);\r\nINSERT INTO t VALUES (1);\r\n";
        QTest::newRow("CR") << "CREATE TABLE t (id INT);\rINSERT INTO t VALUES (1);\r";
        QTest::newRow("mixed") << "CREATE TABLE t (id INT);\r\nINSERT INTO t VALUES (1);\n";
    }

    void lineEndingsDoNotMatter()
    {
        QFETCH(QString, variant);
        QCOMPARE(scriptChecksum(variant),
                 scriptChecksum(QStringLiteral("CREATE TABLE t (id INT);\nINSERT INTO t VALUES (1);\n")));
    }

    void contentDoesMatter_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("one character") << "SELECT 1;" << "SELECT 2;";
        QTest::newRow("trailing blank line") << "SELECT 1;\n" << "SELECT 1;\n\n";
        QTest::newRow("case") << "select 1;" << "SELECT 1;";
    }

    void contentDoesMatter()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QVERIFY(scriptChecksum(a) != scriptChecksum(b));
    }

    void isHexSha256OfUtf8()
    {
        // sha256("abc"), a published test vector.
        QCOMPARE(scriptChecksum(QStringLiteral("abc")),
                 QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(scriptChecksum(QStringLiteral("Seán")).size(), 64);
    }
};

QTEST_GUILESS_MAIN(TestChecksum)
#include "tst_checksum.moc"
