#pragma once

#include "run/rehearsal.h"

#include <QTextStream>

namespace tidemark::cli {

// A rehearsal's report: each step with its figures, locks and failure, the schema diff, and whether anything was
// left behind; or the report as one JSON line.
void printRehearsal(QTextStream &out, const RehearsalReport &report, DatabaseKind kind, bool json);

} // namespace tidemark::cli
