#pragma once

#include "auditreport.h"

#include <QByteArray>

#include <optional>

namespace tidemark {

// The report as bytes, for a caller that writes them elsewhere than a file (tidemark-cli's standard output);
// nullopt with why. A PDF needs a QGuiApplication (fonts); without one it is refused.
std::optional<QByteArray> renderAuditReport(const AuditTrail &trail, const ReportRequest &request, ReportFormat format,
                                            QString *error);

} // namespace tidemark
