#pragma once

#include "clicontext.h"

#include <functional>

namespace tidemark::cli {

// Runs with the common run options (lock timeout, Ctrl-C, --log) and reports as it goes; returns the exit code.
int runWithReport(CliContext &context, const std::function<RunResult(const RunOptions &)> &run);
// A version given on the command line; nullopt after reporting a usage error that says what is wrong with it.
std::optional<Version> versionOption(CliContext &context, const QString &text);

int upCommand(CliContext &context);
int downCommand(CliContext &context);
int gotoCommand(CliContext &context);
int repairCommand(CliContext &context);

} // namespace tidemark::cli
