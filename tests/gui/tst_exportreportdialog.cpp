// Export Report: the dialog over a trail of real runs on SQLite covers the selected run by default (else the last
// 30 days), names the file after the database, the day and the format, writes through the report library on a
// thread of its own (HTML, CSV, PDF here), and keeps itself open with the reason when the file cannot be written.
#include "audit/audittrail.h"
#include "csvparser.h"
#include "exportreportdialog.h"
#include "testproject.h"
#include "testservers.h"

#include <QLabel>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTranslator>
#include <QtTest>

using namespace tidemark;
using namespace tidemark::test;

class TestExportReportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaultsToTheSelectedRun();
    void defaultsToTheLast30DaysWithoutASelection();
    void fileNameFollowsTheFormat();
    void writesTheSelectedRunAsHtml();
    void writesThePeriodAsCsv();
    void writesAPdfOffTheGuiThread();
    void saysWhyWhenTheFileCannotBeWritten();

private:
    const AuditRun &failedRun() const;
    QString read(const QString &path) const;

    TestProject m_project;
    std::optional<AuditTrail> m_trail;
    QTemporaryDir m_out;
};

void TestExportReportDialog::initTestCase()
{
    // As the application does in English: the singular and plural of "%n …(s)" texts.
    auto english = new QTranslator(this);
    QVERIFY(english->load(QStringLiteral("tidemark_en"), QStringLiteral(":/i18n")));
    QVERIFY(QCoreApplication::installTranslator(english));
    QStandardPaths::setTestModeEnabled(true);
    writeTableMigrations(m_project, 2);
    std::unique_ptr<Session> session = m_project.open();
    QString error;
    RunOptions options;
    options.context.tool = QStringLiteral("tst_exportreportdialog");
    options.context.command = QStringLiteral("up");
    QCOMPARE(session->run(planUp(*session->status(&error), DatabaseKind::Sqlite), options).outcome,
             RunOutcome::Succeeded);
    m_project.write(QStringLiteral("003_broken"), QStringLiteral("INSERT INTO missing VALUES (1);\n"));
    QCOMPARE(session->run(planUp(*session->status(&error), DatabaseKind::Sqlite), options).outcome, RunOutcome::Failed);
    m_trail = loadAuditTrail(*session, &error);
    QVERIFY2(m_trail, qPrintable(error));
    QCOMPARE(m_trail->runs.size(), 2);
}

const AuditRun &TestExportReportDialog::failedRun() const
{
    return m_trail->runs.first(); // newest first
}

QString TestExportReportDialog::read(const QString &path) const
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void TestExportReportDialog::defaultsToTheSelectedRun()
{
    ExportReportDialog dialog(*m_trail, &failedRun(), m_project.databasePath(), QStringLiteral("staging"));
    QVERIFY(dialog.coversSelectedRun());
    QCOMPARE(dialog.request().runId, failedRun().runId);
    QCOMPARE(dialog.request().environment, QStringLiteral("staging"));
    QCOMPARE(dialog.coveredRuns(), 1);
    QCOMPARE(dialog.format(), ReportFormat::Html);
    QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("reportSelectedRun"))
                ->text()
                .contains(QStringLiteral("Failed")));
}

void TestExportReportDialog::defaultsToTheLast30DaysWithoutASelection()
{
    ExportReportDialog dialog(*m_trail, nullptr, m_project.databasePath(), {});
    QVERIFY(!dialog.coversSelectedRun());
    QVERIFY(!dialog.findChild<QRadioButton *>(QStringLiteral("reportSelectedRun"))->isEnabled());
    const ReportRequest request = dialog.request();
    QVERIFY(request.runId.isEmpty());
    QCOMPARE(request.period.from.toLocalTime().date(), QDate::currentDate().addDays(-30));
    QCOMPARE(request.period.until.toLocalTime().date(), QDate::currentDate().addDays(1));
    QCOMPARE(dialog.coveredRuns(), 2);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("reportCovered"))->text().contains(QStringLiteral("2 runs")));
    dialog.setDays(QDate::currentDate().addDays(-40), QDate::currentDate().addDays(-31));
    QCOMPARE(dialog.coveredRuns(), 0);
}

void TestExportReportDialog::fileNameFollowsTheFormat()
{
    const QDate day(2026, 12, 2);
    QCOMPARE(defaultReportFileName(QStringLiteral("/var/db/shop main.db"), ReportFormat::Pdf, day),
             QStringLiteral("tidemark-report-shop_main-2026-12-02.pdf"));
    QCOMPARE(defaultReportFileName(QStringLiteral("shop"), ReportFormat::JsonLines, day),
             QStringLiteral("tidemark-report-shop-2026-12-02.jsonl"));
    ExportReportDialog dialog(*m_trail, nullptr, m_project.databasePath(), {});
    QVERIFY(QFileInfo(dialog.path()).fileName().startsWith(QStringLiteral("tidemark-report-test-")));
    QVERIFY(dialog.path().endsWith(QStringLiteral(".html")));
    dialog.setFormat(ReportFormat::Csv);
    QVERIFY(dialog.path().endsWith(QStringLiteral(".csv")));
    dialog.findChild<QRadioButton *>(QStringLiteral("reportFormat_jsonl"))->click();
    QCOMPARE(dialog.format(), ReportFormat::JsonLines);
    QVERIFY(dialog.path().endsWith(QStringLiteral(".jsonl")));
}

void TestExportReportDialog::writesTheSelectedRunAsHtml()
{
    ExportReportDialog dialog(*m_trail, &failedRun(), m_project.databasePath(), {});
    const QString path = m_out.filePath(QStringLiteral("run.html"));
    dialog.setPath(path);
    QSignalSpy written(&dialog, &ExportReportDialog::written);
    dialog.show();
    dialog.accept();
    QVERIFY(dialog.isWriting());
    QVERIFY(written.wait(30'000));
    QCOMPARE(written.first().at(0).toString(), path);
    QCOMPARE(written.first().at(2).toInt(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QString html = read(path);
    QVERIFY(html.contains(failedRun().runId));
    QVERIFY(!html.contains(m_trail->runs.last().runId)); // only the selected run
    QCOMPARE(QFile(path).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    qInfo("HTML of one run: %lld ms", written.first().at(3).toLongLong());
}

void TestExportReportDialog::writesThePeriodAsCsv()
{
    ExportReportDialog dialog(*m_trail, nullptr, m_project.databasePath(), {});
    const QString path = m_out.filePath(QStringLiteral("period.csv"));
    dialog.setPath(path);
    dialog.setFormat(ReportFormat::Csv);
    QSignalSpy written(&dialog, &ExportReportDialog::written);
    dialog.accept();
    QVERIFY(written.wait(30'000));
    QString error;
    const std::optional<QList<QStringList>> rows = parseCsv(read(path), &error);
    QVERIFY2(rows, qPrintable(error));
    QCOMPARE(rows->size(), 1 + m_trail->events.size()); // a header, then every event of both runs
}

void TestExportReportDialog::writesAPdfOffTheGuiThread()
{
    ExportReportDialog dialog(*m_trail, nullptr, m_project.databasePath(), {});
    const QString path = m_out.filePath(QStringLiteral("period.pdf"));
    dialog.setPath(path);
    dialog.setFormat(ReportFormat::Pdf);
    QSignalSpy written(&dialog, &ExportReportDialog::written);
    dialog.accept();
    QVERIFY(written.wait(60'000));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    qInfo("PDF of two runs: %lld ms", written.first().at(3).toLongLong());
}

void TestExportReportDialog::saysWhyWhenTheFileCannotBeWritten()
{
    ExportReportDialog dialog(*m_trail, nullptr, m_project.databasePath(), {});
    dialog.setPath(m_out.filePath(QStringLiteral("no/such/folder/report.html")));
    QSignalSpy written(&dialog, &ExportReportDialog::written);
    dialog.show();
    dialog.accept();
    auto error = dialog.findChild<QLabel *>(QStringLiteral("exportReportError"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isWriting(), 30'000);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QStringLiteral("The report was not written: ")), qPrintable(error->text()));
    QVERIFY(dialog.isVisible()); // still open, to choose another file
    QCOMPARE(written.size(), 0);
}

QTEST_MAIN(TestExportReportDialog)
#include "tst_exportreportdialog.moc"
