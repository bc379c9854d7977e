#include "core/version.h"

#include <QTest>

using tidemark::Version;

class TestVersion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("single") << "1" << true << "1";
        QTest::newRow("leading zeros") << "001" << true << "1";
        QTest::newRow("underscore parts") << "1_2" << true << "1.2";
        QTest::newRow("dot parts") << "1.12.3" << true << "1.12.3";
        QTest::newRow("timestamp") << "20240101120000" << true << "20240101120000";
        QTest::newRow("max 19 digits") << "9999999999999999999" << true << "9999999999999999999";
        QTest::newRow("20 digits overflow") << "99999999999999999999" << false << "";
        QTest::newRow("empty") << "" << false << "";
        QTest::newRow("letters") << "1a" << false << "";
        QTest::newRow("double separator") << "1__2" << false << "";
        QTest::newRow("trailing separator") << "1_" << false << "";
        QTest::newRow("leading separator") << ".1" << false << "";
        QTest::newRow("negative") << "-1" << false << "";
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, canonical);
        const std::optional<Version> version = Version::parse(text);
        QCOMPARE(version.has_value(), valid);
        if (valid)
            QCOMPARE(version->toString(), canonical);
    }

    void tooLargeNamesTheLimit_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        const QString limit = QStringLiteral(" is too large: each part of a version may have at most 19 digits");
        QTest::newRow("20 digits") << "99999999999999999999" << "version 99999999999999999999" + limit;
        QTest::newRow("a later part") << "1_2.123456789012345678901" << "version 1_2.123456789012345678901" + limit;
        QTest::newRow("an earlier part") << "123456789012345678901_2" << "version 123456789012345678901_2" + limit;
        QTest::newRow("19 digits is a version") << "9999999999999999999" << "";
        QTest::newRow("letters are not too large") << "12345678901234567890x" << "";
        QTest::newRow("double separator is not too large") << "12345678901234567890__1" << "";
        QTest::newRow("trailing separator is not too large") << "12345678901234567890_" << "";
    }

    void tooLargeNamesTheLimit()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QCOMPARE(Version::tooLargeError(text), error);
        if (!error.isEmpty())
            QVERIFY(!Version::parse(text));
    }

    void order_data()
    {
        QTest::addColumn<QString>("lower");
        QTest::addColumn<QString>("higher");
        QTest::newRow("numeric not lexical") << "2" << "10";
        QTest::newRow("part by part") << "1_2" << "1_12";
        QTest::newRow("flyway 1_12_9 < 1_12_10") << "1_12_9" << "1_12_10";
        QTest::newRow("more parts") << "1_12" << "1_12_1";
        QTest::newRow("timestamps") << "20231231235959" << "20240101000000";
        QTest::newRow("sequence below timestamp") << "999" << "20240101000000";
    }

    void order()
    {
        QFETCH(QString, lower);
        QFETCH(QString, higher);
        QVERIFY(*Version::parse(lower) < *Version::parse(higher));
        QVERIFY(!(*Version::parse(higher) < *Version::parse(lower)));
    }

    void trailingZeroPartsAreEqualAndHashEqual()
    {
        const Version a = *Version::parse(u"1.2");
        const Version b = *Version::parse(u"1.2.0");
        QCOMPARE(a, b);
        QCOMPARE(qHash(a), qHash(b));
        QVERIFY(*Version::parse(u"001") == *Version::parse(u"1"));
    }
};

QTEST_GUILESS_MAIN(TestVersion)
#include "tst_version.moc"
