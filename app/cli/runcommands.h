#pragma once

#include "clicontext.h"

#include <functional>

namespace tidemark::cli {

// Runs with the common run options (lock timeout, Ctrl-C, --log) and reports as it goes; returns the exit code.
int runWithReport(CliContext &context, const std::function<RunResult(const RunOptions &)> &run);

int upCommand(CliContext &context);
int downCommand(CliContext &context);
int gotoCommand(CliContext &context);
int repairCommand(CliContext &context);

} // namespace tidemark::cli
