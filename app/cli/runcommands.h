#pragma once

#include "clicontext.h"

#include <functional>

namespace tidemark::cli {

// Runs with the common run options (lock timeout, Ctrl-C, --log) and reports as it goes; returns the exit code.
int runWithReport(CliContext &context, const std::function<RunResult(const RunOptions &)> &run);
// A version given on the command line; nullopt after reporting a usage error that says what is wrong with it.
std::optional<Version> versionOption(CliContext &context, const QString &text);

// The one migration a settling command (repair, drift) names as its argument, from a fresh status; nullopt after
// reporting why there is none.
struct NamedMigration
{
    std::unique_ptr<Session> session;
    MigrationStatus migration;
};
std::optional<NamedMigration> namedMigration(CliContext &context);

int upCommand(CliContext &context);
int downCommand(CliContext &context);
int gotoCommand(CliContext &context);
int repairCommand(CliContext &context);
int breakLockCommand(CliContext &context);

} // namespace tidemark::cli
