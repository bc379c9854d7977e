#pragma once

#include "reportcontent.h"

#include <QByteArray>

namespace tidemark {

// One self-contained HTML file (UTF-8): the style sheet inline, no scripts, fonts or anything fetched from elsewhere;
// printed, each run starts a page.
QByteArray htmlReport(const ReportContent &content);

} // namespace tidemark
