#pragma once

#include "clicontext.h"

namespace tidemark::cli {

// report [--since DATE] [--until DATE] [--run ID] [--format html|pdf|csv|jsonl] [--output FILE]: the audit report of
// the database's events (docs/REPORTS.md), to FILE or (but a PDF) to standard output.
int reportCommand(CliContext &context);

// Whether this command line asks for a PDF report, which needs a QGuiApplication (fonts) before anything else.
bool wantsPdfReport(const QStringList &arguments);

} // namespace tidemark::cli
