#include "auditreport.h"

#include "core/tr.h"
#include "csvreport.h"
#include "htmlreport.h"
#include "jsonlinesreport.h"
#include "pdfreport.h"
#include "reportcontent.h"
#include "reportrender.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace tidemark {
namespace {

const QList<std::pair<ReportFormat, QString>> &formatNames()
{
    static const QList<std::pair<ReportFormat, QString>> names = {
        {ReportFormat::Html, QStringLiteral("html")},
        {ReportFormat::Pdf, QStringLiteral("pdf")},
        {ReportFormat::Csv, QStringLiteral("csv")},
        {ReportFormat::JsonLines, QStringLiteral("jsonl")},
    };
    return names;
}

} // namespace

std::optional<ReportFormat> reportFormatFromName(const QString &name)
{
    for (const auto &[format, formatName] : formatNames())
        if (formatName == name)
            return format;
    return std::nullopt;
}

QString reportFormatName(ReportFormat format)
{
    for (const auto &[known, name] : formatNames())
        if (known == format)
            return name;
    return {};
}

QString reportFileSuffix(ReportFormat format)
{
    return reportFormatName(format);
}

std::optional<QByteArray> renderAuditReport(const AuditTrail &trail, const ReportRequest &request, ReportFormat format,
                                            QString *error)
{
    const ReportContent content = reportContent(trail, request);
    switch (format) {
    case ReportFormat::Html: return htmlReport(content);
    case ReportFormat::Pdf: return pdfReport(content, error);
    case ReportFormat::Csv: return csvReport(content);
    case ReportFormat::JsonLines: return jsonLinesReport(content);
    }
    return std::nullopt;
}

bool writeAuditReport(const AuditTrail &trail, const ReportRequest &request, ReportFormat format, const QString &path,
                      QString *error)
{
    const std::optional<QByteArray> bytes = renderAuditReport(trail, request, format, error);
    if (!bytes)
        return false;
    QSaveFile file(path);
    // Owner-only: the report names the database, its users and hosts, and holds the SQL that ran.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || file.write(*bytes) != bytes->size() || !file.commit()) {
        *error = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace tidemark
