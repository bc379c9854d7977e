#pragma once

#include "reportcontent.h"

#include <QByteArray>

#include <optional>

namespace tidemark {

// The report as an A4 PDF, laid out by pdfflow.h and written by pdfwriter.h, with the target and period in a header
// and the chain head and page number in a footer on every page. Fonts need a QGuiApplication (the offscreen platform
// will do); without one it is refused with why.
std::optional<QByteArray> pdfReport(const ReportContent &content, QString *error);

} // namespace tidemark
