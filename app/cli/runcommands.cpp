#include "runcommands.h"
#include "tr.h"

#include "runprinter.h"

#include <QCoreApplication>
#include <QFile>

#include <csignal>

namespace tidemark::cli {
namespace {


std::atomic_bool interrupted = false;

extern "C" void onInterrupt(int)
{
    interrupted = true; // the runner rolls back the current migration and stops
}

std::optional<Version> versionOption(CliContext &context, const QString &text)
{
    const std::optional<Version> version = Version::parse(text);
    if (!version)
        context.fail(UsageError, Tr::tr("\"%1\" is not a version (digits separated by _ or .)").arg(text));
    return version;
}

int exitCodeFor(RunOutcome outcome)
{
    switch (outcome) {
    case RunOutcome::Succeeded:
    case RunOutcome::Stopped: return Success;
    case RunOutcome::LockNotAcquired: return LockNotAcquired;
    case RunOutcome::Failed:
    case RunOutcome::Cancelled: return RunFailed;
    }
    return RunFailed;
}

using Planner = std::function<Plan(const ProjectStatus &, SqlDialect)>;

// Plans from a fresh status, prints the plan, runs it under the lock and reports as it goes.
int planAndRun(CliContext &context, const Planner &planner)
{
    const std::unique_ptr<Session> session = context.openSession(OpenMode::CreateIfMissing);
    if (!session)
        return context.exitCode();
    QString error;
    const std::optional<ProjectStatus> status = session->status(&error);
    if (!status)
        return context.fail(RunFailed, error);
    const Plan plan = planner(*status, session->dialect().sqlDialect());
    if (plan.refused())
        return context.fail(ValidationFailed, plan.refusal);

    RunPrinter printer(context.out(), context.json());
    const bool dryRun = context.parser().isSet(QStringLiteral("dry-run"));
    if (dryRun || !context.json())
        printer.printPlan(plan, dryRun);
    if (dryRun)
        return Success;

    RunLog log;
    RunOptions options;
    bool ok = false;
    const int timeout = context.parser().value(QStringLiteral("lock-timeout")).toInt(&ok);
    if (!ok || timeout < 0)
        return context.fail(UsageError, Tr::tr("--lock-timeout takes a number of seconds"));
    options.lockTimeout = std::chrono::seconds(timeout);
    options.cancel = &interrupted;
    options.onEvent = [&](const RunEvent &event) {
        log.append(event);
        printer.print(event);
    };
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    const RunResult result = session->run(plan, options);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

    if (context.parser().isSet(QStringLiteral("log"))) {
        QFile file(context.parser().value(QStringLiteral("log")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(log.toJsonLines()) < 0)
            context.err() << Tr::tr("warning: could not write the run log to %1: %2")
                                 .arg(file.fileName(), file.errorString())
                          << Qt::endl;
    }
    const int code = exitCodeFor(result.outcome);
    if (code != Success)
        return context.fail(ExitCode(code), result.message);
    return Success;
}

} // namespace

int upCommand(CliContext &context)
{
    std::optional<Version> target;
    if (context.parser().isSet(QStringLiteral("to"))) {
        target = versionOption(context, context.parser().value(QStringLiteral("to")));
        if (!target)
            return context.exitCode();
    }
    return planAndRun(context, [&](const ProjectStatus &s, SqlDialect d) { return planUp(s, d, target); });
}

int downCommand(CliContext &context)
{
    const bool bySteps = context.parser().isSet(QStringLiteral("steps"));
    const bool byTarget = context.parser().isSet(QStringLiteral("to"));
    if (bySteps == byTarget)
        return context.fail(UsageError, Tr::tr("down needs exactly one of --steps N or --to VERSION"));
    if (bySteps) {
        bool ok = false;
        const int steps = context.parser().value(QStringLiteral("steps")).toInt(&ok);
        if (!ok || steps < 1)
            return context.fail(UsageError, Tr::tr("--steps takes a whole number of at least 1"));
        return planAndRun(context, [&](const ProjectStatus &s, SqlDialect d) { return planDownSteps(s, d, steps); });
    }
    const std::optional<Version> target = versionOption(context, context.parser().value(QStringLiteral("to")));
    if (!target)
        return context.exitCode();
    return planAndRun(context, [&](const ProjectStatus &s, SqlDialect d) { return planDownTo(s, d, *target); });
}

int gotoCommand(CliContext &context)
{
    if (context.arguments().size() != 1)
        return context.fail(UsageError, Tr::tr("goto needs one VERSION, e.g. tidemark-cli goto 12"));
    const std::optional<Version> target = versionOption(context, context.arguments().constFirst());
    if (!target)
        return context.exitCode();
    return planAndRun(context, [&](const ProjectStatus &s, SqlDialect d) { return planGoto(s, d, *target); });
}

} // namespace tidemark::cli
