#pragma once

#include "reportcontent.h"

#include <QString>

namespace tidemark {

// The report's body as HTML sections: first the cover, summary and drift, then one section per run (each starting
// with <h2 class="run">, where a printed report starts a page). The browser report (htmlreport.h) joins them, the PDF
// (pdfreport.h) lays each out as a document of its own pages; each has a style sheet for what it can render.
QStringList reportSectionsHtml(const ReportContent &content);

} // namespace tidemark
