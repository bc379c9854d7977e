#include "exportreportdialog.h"

#include "database/migrationlock.h"
#include "displayformat.h"
#include "historyfiltermodel.h"
#include "runoutcomestyle.h"
#include "workbenchpalette.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>
#include <QVBoxLayout>

#include <array>
#include <memory>

namespace tidemark {
namespace {

constexpr std::array allFormats{ReportFormat::Html, ReportFormat::Pdf, ReportFormat::Csv, ReportFormat::JsonLines};

QString formatTitle(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Html: return ExportReportDialog::tr("HTML: for reading and printing");
    case ReportFormat::Pdf: return ExportReportDialog::tr("PDF: for filing and signing");
    case ReportFormat::Csv: return ExportReportDialog::tr("CSV: every event, for a spreadsheet");
    case ReportFormat::JsonLines: return ExportReportDialog::tr("JSON Lines: every event, for scripts and a SIEM");
    }
    return {};
}

QString fileFilter(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Html: return ExportReportDialog::tr("HTML (*.html)");
    case ReportFormat::Pdf: return ExportReportDialog::tr("PDF (*.pdf)");
    case ReportFormat::Csv: return ExportReportDialog::tr("CSV (*.csv)");
    case ReportFormat::JsonLines: return ExportReportDialog::tr("JSON Lines (*.jsonl)");
    }
    return {};
}

} // namespace

QString reportFormatTitle(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Html: return QStringLiteral("HTML");
    case ReportFormat::Pdf: return QStringLiteral("PDF");
    case ReportFormat::Csv: return QStringLiteral("CSV");
    case ReportFormat::JsonLines: return QStringLiteral("JSON Lines");
    }
    return {};
}

QString defaultReportFileName(const QString &databaseName, ReportFormat format, const QDate &day)
{
    QString name = QFileInfo(databaseName).completeBaseName();
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("_"));
    const QString database = name.isEmpty() ? QString() : name + u'-';
    return QStringLiteral("tidemark-report-%1%2.%3")
        .arg(database, day.toString(QStringLiteral("yyyy-MM-dd")), reportFileSuffix(format));
}

ExportReportDialog::ExportReportDialog(const AuditTrail &trail, const AuditRun *selectedRun,
                                       const QString &databaseName, const QString &environment, QWidget *parent)
    : QDialog(parent)
    , m_trail(trail)
    , m_environment(environment)
    , m_selectedRunId(selectedRun ? selectedRun->runId : QString())
    , m_path(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("exportReportDialog"));
    setWindowTitle(tr("Export Audit Report"));
    auto intro = new QLabel(tr("A report of %1 for an auditor or a change review: who changed what, when, from "
                               "where, with what SQL, and whether the events' hash chain holds.")
                                .arg(trail.target),
                            this);
    intro->setWordWrap(true);

    m_error->setObjectName(QStringLiteral("exportReportError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(workbenchpalette::errorText().name()));
    m_error->hide();

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportReportButton"));
    m_export->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportReportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportReportDialog::reject);

    auto layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addWidget(createFormatBox());
    layout->addWidget(createCoverageBox(selectedRun));
    layout->addWidget(createFileRow());
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(documents).filePath(defaultReportFileName(databaseName, format(), QDate::currentDate())));
    updateCoverage();
    resize(sizeHint().expandedTo(QSize(620, 0)));
}

ExportReportDialog::~ExportReportDialog() = default;

QWidget *ExportReportDialog::createFormatBox()
{
    auto box = new QGroupBox(tr("Format"), this);
    auto layout = new QVBoxLayout(box);
    layout->setSpacing(4);
    for (ReportFormat format : allFormats) {
        auto button = new QRadioButton(formatTitle(format), box);
        button->setObjectName(QStringLiteral("reportFormat_%1").arg(reportFormatName(format)));
        connect(button, &QRadioButton::toggled, this, [this, format](bool on) {
            if (on)
                setFormat(format);
        });
        layout->addWidget(button);
        m_formats.emplace(format, button);
    }
    m_formats.at(ReportFormat::Html)->setChecked(true);
    return box;
}

QWidget *ExportReportDialog::createCoverageBox(const AuditRun *selectedRun)
{
    auto box = new QGroupBox(tr("Runs"), this);
    m_selectedRun = new QRadioButton(box);
    m_selectedRun->setObjectName(QStringLiteral("reportSelectedRun"));
    m_period = new QRadioButton(tr("The runs that started from"), box);
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    if (selectedRun) {
        const QString what = QStringList{selectedRun->context.tool, selectedRun->context.command}.join(u' ').trimmed();
        m_selectedRun->setText(tr("The run selected in the History: %1, %2, %3")
                                   .arg(formatShortTime(selectedRun->startedAt),
                                        what.isEmpty() ? tr("no command recorded") : what,
                                        runOutcomeTitle(selectedRun->outcome)));
    } else {
        m_selectedRun->setText(tr("The run selected in the History (none is selected)"));
        m_selectedRun->setEnabled(false);
    }
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addDays(-30), box);
    m_until = new QDateEdit(today, box);
    for (QDateEdit *edit : {m_from, m_until}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            m_period->setChecked(true);
            updateCoverage();
        });
    }
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_until->setObjectName(QStringLiteral("reportUntil"));
    m_covered = new QLabel(box);
    m_covered->setObjectName(QStringLiteral("reportCovered"));
    m_covered->setStyleSheet(QStringLiteral("color: %1;").arg(workbenchpalette::mutedText().name()));

    auto period = new QHBoxLayout;
    period->setSpacing(6);
    period->addWidget(m_period);
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), box));
    period->addWidget(m_until);
    period->addStretch(1);
    auto layout = new QVBoxLayout(box);
    layout->setSpacing(4);
    layout->addWidget(m_selectedRun);
    layout->addLayout(period);
    layout->addWidget(m_covered);
    (selectedRun ? m_selectedRun : m_period)->setChecked(true);
    connect(m_selectedRun, &QRadioButton::toggled, this, &ExportReportDialog::updateCoverage);
    return box;
}

QWidget *ExportReportDialog::createFileRow()
{
    auto row = new QWidget(this);
    m_path->setObjectName(QStringLiteral("reportPath"));
    m_path->setAccessibleName(tr("File"));
    m_path->setMinimumWidth(360);
    auto choose = new QPushButton(tr("Choose…"), row);
    choose->setObjectName(QStringLiteral("reportChooseFile"));
    connect(choose, &QPushButton::clicked, this, &ExportReportDialog::browse);
    auto layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("File:"), row));
    layout->addWidget(m_path, 1);
    layout->addWidget(choose);
    return row;
}

ReportFormat ExportReportDialog::format() const
{
    for (const auto &[format, button] : m_formats)
        if (button->isChecked())
            return format;
    return ReportFormat::Html;
}

void ExportReportDialog::setFormat(ReportFormat format)
{
    m_formats.at(format)->setChecked(true);
    const QFileInfo file(path());
    if (!file.fileName().isEmpty())
        m_path->setText(QDir(file.path()).filePath(file.completeBaseName() + u'.' + reportFileSuffix(format)));
}

bool ExportReportDialog::coversSelectedRun() const
{
    return m_selectedRun->isChecked();
}

void ExportReportDialog::setCoversSelectedRun(bool selectedRun)
{
    (selectedRun ? m_selectedRun : m_period)->setChecked(true);
}

void ExportReportDialog::setDays(const QDate &from, const QDate &until)
{
    m_from->setDate(from);
    m_until->setDate(until);
}

QString ExportReportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportReportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

ReportRequest ExportReportDialog::request() const
{
    ReportRequest request;
    if (coversSelectedRun())
        request.runId = m_selectedRunId;
    request.period = localDays(m_from->date(), m_until->date());
    const LockIdentity me = LockIdentity::current({});
    request.generatedBy = me.owner + u'@' + me.host;
    request.environment = m_environment;
    return request;
}

int ExportReportDialog::coveredRuns() const
{
    const ReportRequest r = request();
    return int(runsIn(m_trail.runs, r.period, r.runId).size());
}

void ExportReportDialog::updateCoverage()
{
    m_covered->setText(tr("The report covers %n run(s).", nullptr, coveredRuns()));
}

void ExportReportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Audit Report"), path(), fileFilter(format()));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportReportDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ExportReportDialog::accept()
{
    if (m_writing)
        return;
    const QString file = path();
    if (file.isEmpty() || QFileInfo(file).isDir()) {
        showError(tr("Choose the file to write the report to."));
        return;
    }
    showError({});
    m_writing = true;
    m_export->setEnabled(false);
    m_export->setText(tr("Writing…"));
    // The thread has its own copy of everything it needs, and deletes itself, whatever becomes of the dialog.
    struct Outcome
    {
        bool ok = false;
        QString error;
        qint64 ms = 0;
    };
    auto outcome = std::make_shared<Outcome>();
    QThread *thread = QThread::create([outcome, trail = m_trail, request = request(), format = format(), file] {
        QElapsedTimer timer;
        timer.start();
        outcome->ok = writeAuditReport(trail, request, format, file, &outcome->error);
        outcome->ms = timer.elapsed();
    });
    thread->setObjectName(QStringLiteral("tidemark-report"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this,
            [this, outcome] { finishWriting(outcome->ok, outcome->error, outcome->ms); });
    thread->start();
}

void ExportReportDialog::finishWriting(bool ok, const QString &error, qint64 milliseconds)
{
    m_writing = false;
    m_export->setEnabled(true);
    m_export->setText(tr("Export"));
    if (!ok) {
        showError(tr("The report was not written: %1").arg(error));
        return;
    }
    Q_EMIT written(path(), format(), coveredRuns(), milliseconds);
    QDialog::accept();
}

void ExportReportDialog::reject()
{
    if (!m_writing)
        QDialog::reject();
}

} // namespace tidemark
