#pragma once

#include "reportcontent.h"

#include <QString>

namespace tidemark {

// The report's body as HTML: cover, summary, drift, then one section per run (each starting with <h2 class="run">,
// where a printed report starts a page). The browser report (htmlreport.h) and the PDF (pdfreport.h) lay out the
// same body, each with a style sheet for what it can render.
QString reportBodyHtml(const ReportContent &content);

} // namespace tidemark
