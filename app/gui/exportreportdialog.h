#pragma once

#include "audit/audittrail.h"
#include "auditreport.h"

#include <QDialog>

#include <map>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace tidemark {

// Export Report: an audit report of the loaded history as HTML, PDF, CSV or JSON Lines, of the run selected in the
// History view (the default when there is one) or of the runs that started between two days (the last 30 days
// by default), to a file chosen here. Writes on a thread of its own, from a copy of the trail, so that a large PDF
// never stalls the window; says what it wrote with written(), or what failed in the dialog, which stays open.
class ExportReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportReportDialog)

public:
    // databaseName names the default file; environment goes on the report's cover (the profile's, may be empty).
    ExportReportDialog(const AuditTrail &trail, const AuditRun *selectedRun, const QString &databaseName,
                       const QString &environment, QWidget *parent = nullptr);
    ~ExportReportDialog() override;

    ReportFormat format() const;
    void setFormat(ReportFormat format); // also gives the file the format's suffix
    bool coversSelectedRun() const;
    void setCoversSelectedRun(bool selectedRun);
    void setDays(const QDate &from, const QDate &until); // both included, local days
    QString path() const;
    void setPath(const QString &path);
    ReportRequest request() const;
    int coveredRuns() const;
    bool isWriting() const { return m_writing; }

    // The Export button: writes the report, then accepts.
    void accept() override;
    void reject() override; // not while writing: the file would be left half-written

Q_SIGNALS:
    void written(const QString &path, tidemark::ReportFormat format, int runs, qint64 milliseconds);

private:
    QWidget *createFormatBox();
    QWidget *createCoverageBox(const AuditRun *selectedRun);
    QWidget *createFileRow();
    void browse();
    void updateCoverage();
    void showError(const QString &message);
    void finishWriting(bool ok, const QString &error, qint64 milliseconds);

    AuditTrail m_trail;
    QString m_environment;
    QString m_selectedRunId;
    std::map<ReportFormat, QRadioButton *> m_formats;
    QRadioButton *m_selectedRun = nullptr;
    QRadioButton *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_until = nullptr;
    QLabel *m_covered = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_export = nullptr;
    bool m_writing = false;
};

// "HTML", "PDF", "CSV", "JSON Lines": the format as a person names it.
QString reportFormatTitle(ReportFormat format);

// "tidemark-report-shop-2026-12-02.html": the database's name made safe for a file name, today's date, the suffix.
QString defaultReportFileName(const QString &databaseName, ReportFormat format, const QDate &day);

} // namespace tidemark
