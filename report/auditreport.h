#pragma once

#include "audit/audittrail.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace tidemark {

// The audit report of a database's events (docs/REPORTS.md): who changed what, when, from where, with what SQL,
// and whether the events' hash chain still holds.
enum class ReportFormat { Html, Pdf, Csv, JsonLines };

std::optional<ReportFormat> reportFormatFromName(const QString &name); // "html", "pdf", "csv", "jsonl"
QString reportFormatName(ReportFormat format);
QString reportFileSuffix(ReportFormat format); // "html", "pdf", "csv", "jsonl"

struct ReportRequest
{
    AuditPeriod period = AuditPeriod::lastDays(30);
    QString runId;       // only this run when set (period then ignored)
    QString generatedBy; // "osuser@host"
    QDateTime generatedAt = QDateTime::currentDateTimeUtc();
    QString environment; // the profile's environment, may be empty
};

// Writes the report of trail to path (an owner-only file, 0600, like the run log), false with why.
bool writeAuditReport(const AuditTrail &trail, const ReportRequest &request, ReportFormat format,
                      const QString &path, QString *error);

} // namespace tidemark
