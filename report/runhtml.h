#pragma once

#include "reportcontent.h"

#include <QString>

namespace tidemark {

// One run's section of the report: who, where, when, the outcome, the plan and what became of it, each migration
// with its SQL (the failing statement, a diff when the file changed since), and every event of the run.
QString runSectionHtml(const ReportRun &run, DatabaseKind dialect);

} // namespace tidemark
