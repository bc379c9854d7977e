// The parts of the report that need no database: RFC 4180 quoting (read back by the test's own parser), the
// --since/--until times, the format names, the SQL colouring, and a PDF refused without a QGuiApplication.
#include "auditreport.h"
#include "csv.h"
#include "csvparser.h"
#include "reportperiod.h"
#include "sqlhighlight.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tidemark;

class TestReportFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvFieldQuotesWhatRfc4180Requires_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << "create_orders" << "create_orders";
        QTest::newRow("empty") << "" << "";
        QTest::newRow("blanks kept, not quoted") << "  a b  " << "  a b  ";
        QTest::newRow("comma") << "a,b" << "\"a,b\"";
        QTest::newRow("quote doubled") << "say \"hi\"" << "\"say \"\"hi\"\"\"";
        QTest::newRow("only a quote") << "\"" << "\"\"\"\"";
        QTest::newRow("LF") << "a\nb" << "\"a\nb\"";
        QTest::newRow("CR") << "a\rb" << "\"a\rb\"";
        QTest::newRow("CRLF") << "a\r\nb" << "\"a\r\nb\"";
        QTest::newRow("SQL with everything") << "INSERT INTO t VALUES ('a,b', \"c\");\n"
                                             << "\"INSERT INTO t VALUES ('a,b', \"\"c\"\");\n\"";
        QTest::newRow("not ASCII") << "Größe ✓ 表" << "Größe ✓ 表";
        QTest::newRow("single quote is not special") << "it's" << "it's";
    }

    void csvFieldQuotesWhatRfc4180Requires()
    {
        QFETCH(QString, value);
        QFETCH(QString, field);
        QCOMPARE(csvField(value), field);
        // And the parser, written apart, reads the record back as it was.
        const QString record = csvRecord({value, QStringLiteral("next")});
        QVERIFY(record.endsWith(QLatin1String("\r\n")));
        QString error;
        const std::optional<QList<QStringList>> parsed = test::parseCsv(record, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(*parsed, (QList<QStringList>{{value, QStringLiteral("next")}}));
    }

    void csvParserRefusesWhatIsNotRfc4180_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("bare LF") << "a,b\n";
        QTest::newRow("no line end") << "a,b";
        QTest::newRow("quote in unquoted field") << "a\"b,c\r\n";
        QTest::newRow("unterminated quote") << "\"abc\r\n";
        QTest::newRow("text after closing quote") << "\"a\"b,c\r\n";
    }

    void csvParserRefusesWhatIsNotRfc4180()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!test::parseCsv(text, &error));
        QVERIFY(!error.isEmpty());
    }

    void periodTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("until");
        QTest::addColumn<QString>("expected"); // ISO-8601 UTC, or empty: refused
        QTest::newRow("day since: its midnight UTC") << "2026-11-12" << false << "2026-11-12T00:00:00.000Z";
        QTest::newRow("day until: to the end of that day") << "2026-11-12" << true << "2026-11-13T00:00:00.000Z";
        QTest::newRow("last day of a year, until") << "2026-12-31" << true << "2027-01-01T00:00:00.000Z";
        QTest::newRow("leap day") << "2028-02-29" << false << "2028-02-29T00:00:00.000Z";
        QTest::newRow("blanks around") << " 2026-11-12 " << false << "2026-11-12T00:00:00.000Z";
        QTest::newRow("time with Z") << "2026-11-12T10:22:01Z" << false << "2026-11-12T10:22:01.000Z";
        QTest::newRow("time until: that millisecond included") << "2026-11-12T10:22:01Z" << true
                                                               << "2026-11-12T10:22:01.001Z";
        QTest::newRow("time with an offset") << "2026-11-12T10:22:01+02:00" << false << "2026-11-12T08:22:01.000Z";
        QTest::newRow("time with a negative offset") << "2026-11-12T23:30:00-05:00" << false
                                                     << "2026-11-13T04:30:00.000Z";
        QTest::newRow("time without a zone is UTC") << "2026-11-12T10:22:01" << false << "2026-11-12T10:22:01.000Z";
        QTest::newRow("minutes only") << "2026-11-12T10:22Z" << false << "2026-11-12T10:22:00.000Z";
        QTest::newRow("milliseconds") << "2026-11-12T10:22:01.250Z" << false << "2026-11-12T10:22:01.250Z";
        QTest::newRow("month 13") << "2026-13-01" << false << "";
        QTest::newRow("30 February") << "2026-02-30" << false << "";
        QTest::newRow("29 February, not a leap year") << "2027-02-29" << true << "";
        QTest::newRow("day first") << "12-11-2026" << false << "";
        QTest::newRow("slashes") << "2026/11/12" << false << "";
        QTest::newRow("words") << "yesterday" << false << "";
        QTest::newRow("hour 25") << "2026-11-12T25:00:00Z" << false << "";
        QTest::newRow("garbage after the time") << "2026-11-12T10:22:01Zjunk" << false << "";
        QTest::newRow("empty") << "" << true << "";
    }

    void periodTimes()
    {
        QFETCH(QString, text);
        QFETCH(bool, until);
        QFETCH(QString, expected);
        QString error;
        const std::optional<QDateTime> at = parsePeriodTime(text, until ? PeriodEnd::Until : PeriodEnd::Since, &error);
        if (expected.isEmpty()) {
            QVERIFY2(!at, qPrintable(at ? at->toString(Qt::ISODateWithMs) : QString()));
            QVERIFY2(error.contains(until ? QLatin1String("--until") : QLatin1String("--since")), qPrintable(error));
            QVERIFY2(error.contains(QLatin1String("YYYY-MM-DD")), qPrintable(error));
            return;
        }
        QVERIFY2(at, qPrintable(error));
        QCOMPARE(at->timeSpec(), Qt::UTC);
        QCOMPARE(at->toString(Qt::ISODateWithMs), expected);
    }

    void periodFromOptions_data()
    {
        QTest::addColumn<QString>("since");
        QTest::addColumn<QString>("until");
        QTest::addColumn<QString>("from");    // ISO, "open", or "error"
        QTest::addColumn<QString>("before");  // ISO or "open"
        QTest::newRow("one day") << "2026-11-12" << "2026-11-12" << "2026-11-12T00:00:00.000Z"
                                 << "2026-11-13T00:00:00.000Z";
        QTest::newRow("since only: open until") << "2026-11-01" << "" << "2026-11-01T00:00:00.000Z" << "open";
        QTest::newRow("until only: open since") << "" << "2026-11-30" << "open" << "2026-12-01T00:00:00.000Z";
        QTest::newRow("since after until") << "2026-11-13" << "2026-11-12" << "error" << "";
        QTest::newRow("bad until") << "2026-11-01" << "soon" << "error" << "";
    }

    void periodFromOptions()
    {
        QFETCH(QString, since);
        QFETCH(QString, until);
        QFETCH(QString, from);
        QFETCH(QString, before);
        QString error;
        const std::optional<AuditPeriod> period = reportPeriod(since, until, &error);
        if (from == u"error") {
            QVERIFY(!period);
            QVERIFY(!error.isEmpty());
            return;
        }
        QVERIFY2(period, qPrintable(error));
        QCOMPARE(period->from.isValid() ? period->from.toString(Qt::ISODateWithMs) : QStringLiteral("open"), from);
        QCOMPARE(period->until.isValid() ? period->until.toString(Qt::ISODateWithMs) : QStringLiteral("open"), before);
    }

    void neitherSinceNorUntilIsTheLastThirtyDays()
    {
        QString error;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const std::optional<AuditPeriod> period = reportPeriod({}, {}, &error);
        QVERIFY2(period, qPrintable(error));
        QVERIFY(qAbs(period->from.secsTo(now.addDays(-30))) < 5);
        QVERIFY(period->contains(now));
        QVERIFY(!period->contains(now.addDays(-31)));
    }

    void formatNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("format"); // -1: not a format
        QTest::newRow("html") << "html" << int(ReportFormat::Html);
        QTest::newRow("pdf") << "pdf" << int(ReportFormat::Pdf);
        QTest::newRow("csv") << "csv" << int(ReportFormat::Csv);
        QTest::newRow("jsonl") << "jsonl" << int(ReportFormat::JsonLines);
        QTest::newRow("json is not jsonl") << "json" << -1;
        QTest::newRow("upper case") << "HTML" << -1;
        QTest::newRow("text") << "text" << -1;
    }

    void formatNames()
    {
        QFETCH(QString, name);
        QFETCH(int, format);
        const std::optional<ReportFormat> parsed = reportFormatFromName(name);
        QCOMPARE(parsed ? int(*parsed) : -1, format);
        if (parsed) {
            QCOMPARE(reportFormatName(*parsed), name);
            QCOMPARE(reportFileSuffix(*parsed), name);
        }
    }

    void sqlIsEscapedAndColoured()
    {
        const QString html = highlightedSqlHtml(QStringLiteral("SELECT 'a<b' -- note & more\nFROM t;"), DatabaseKind::Sqlite);
        QVERIFY2(html.contains(QLatin1String("<span class=\"k\">SELECT</span>")), qPrintable(html));
        QVERIFY2(html.contains(QLatin1String("<span class=\"s\">'a&lt;b'</span>")), qPrintable(html));
        QVERIFY2(html.contains(QLatin1String("<span class=\"c\">-- note &amp; more</span>")), qPrintable(html));
        QVERIFY2(html.contains(QLatin1String("\n<span class=\"k\">FROM</span> t;")), qPrintable(html));
    }

    void pdfIsRefusedWithoutAGuiApplication()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY(!writeAuditReport(AuditTrail{}, ReportRequest{}, ReportFormat::Pdf, path, &error));
        QVERIFY2(error.contains(QLatin1String("QGuiApplication")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestReportFormat)
#include "tst_reportformat.moc"
