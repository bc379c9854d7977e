#include "core/tr.h"
#include "runcommands.h"

#include "productionconfirm.h"
#include "rehearsalprinter.h"
#include "runprinter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <csignal>

namespace tidemark::cli {
namespace {


std::atomic_bool interrupted = false;

extern "C" void onInterrupt(int)
{
    interrupted = true; // the runner rolls back the current migration and stops
}

int exitCodeFor(RunOutcome outcome)
{
    switch (outcome) {
    case RunOutcome::Succeeded:
    case RunOutcome::Stopped: return Success;
    case RunOutcome::LockNotAcquired: return LockNotAcquired;
    case RunOutcome::Refused: return ValidationFailed;
    case RunOutcome::Failed:
    case RunOutcome::Cancelled: return RunFailed;
    }
    return RunFailed;
}

using Planner = std::function<Plan(const ProjectStatus &, const PlanDialect &)>;

std::optional<RunOptions> runOptions(CliContext &context)
{
    bool ok = false;
    const int timeout = context.parser().value(QStringLiteral("lock-timeout")).toInt(&ok);
    if (!ok || timeout < 0) {
        context.fail(UsageError, Tr::tr("--lock-timeout takes a number of seconds"));
        return std::nullopt;
    }
    const bool ran = context.parser().isSet(QStringLiteral("statement-ran"));
    const bool didNotRun = context.parser().isSet(QStringLiteral("statement-did-not-run"));
    if (ran && didNotRun) {
        context.fail(UsageError, Tr::tr("--statement-ran and --statement-did-not-run contradict each other: give one"));
        return std::nullopt;
    }
    if ((ran || didNotRun) && !context.parser().isSet(QStringLiteral("resume"))) {
        context.fail(UsageError, Tr::tr("--statement-ran and --statement-did-not-run settle the statement a stopped run "
                                        "left unknown, for up --resume: add --resume"));
        return std::nullopt;
    }
    RunOptions options;
    options.pendingStatement = ran         ? PendingStatementDecision::Ran
                               : didNotRun ? PendingStatementDecision::DidNotRun
                                           : PendingStatementDecision::Verify;
    options.lockTimeout = std::chrono::seconds(timeout);
    options.cancel = &interrupted;
    options.singleTransaction = context.parser().isSet(QStringLiteral("single-transaction"));
    options.context.tool = QStringLiteral("tidemark-cli");
    options.context.command = context.parser().positionalArguments().value(0);
    if (const std::optional<ConnectionProfile> profile = context.profile()) {
        options.context.profile = profile->name;
        options.context.environment = ConnectionProfile::environmentName(profile->environment);
    }
    return options;
}

// Runs with Ctrl-C rolling back the migration in progress, the events printed and kept for --log.
int runReported(CliContext &context, RunOptions options, const std::function<RunResult(const RunOptions &)> &run)
{
    RunPrinter printer(context.out(), context.json());
    RunLog log;
    options.onEvent = [&](const RunEvent &event) {
        log.append(event);
        printer.print(event);
    };
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    const RunResult result = run(options);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

    if (context.parser().isSet(QStringLiteral("log"))) {
        QFile file(context.parser().value(QStringLiteral("log")));
        // Owner-only when it is created: the log names the database, its users and hosts.
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append, QFile::ReadOwner | QFile::WriteOwner)
            || file.write(log.toJsonLines()) < 0)
            context.err() << Tr::tr("warning: could not write the run log to %1: %2")
                                 .arg(file.fileName(), file.errorString())
                          << Qt::endl;
    }
    const int code = exitCodeFor(result.outcome);
    if (code != Success)
        return context.fail(ExitCode(code), result.message);
    return Success;
}

// What status says about the files, said again where a run starts: on stderr, or among the JSON Lines of the run.
// A refusal that lists a diagnostic already says it.
void printDiagnostics(CliContext &context, const QList<Diagnostic> &diagnostics, const Plan &plan)
{
    for (const Diagnostic &d : diagnostics) {
        if (plan.refusal.contains(d.toString()))
            continue;
        if (context.json()) {
            QJsonObject json = diagnosticJson(d);
            json.insert(QStringLiteral("type"), QStringLiteral("diagnostic"));
            context.out() << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
        } else {
            context.err() << d.toString() << '\n';
        }
    }
    context.out().flush();
    context.err().flush();
}

int exitCodeFor(const RehearsalReport &report)
{
    switch (report.outcome) {
    case RehearsalOutcome::Succeeded: return report.leftNothingBehind ? Success : RunFailed;
    case RehearsalOutcome::LockNotAcquired: return LockNotAcquired;
    case RehearsalOutcome::Refused: return ValidationFailed;
    case RehearsalOutcome::Failed:
    case RehearsalOutcome::Cancelled: return RunFailed;
    }
    return RunFailed;
}

// --rehearse: the plan runs for real and is undone; Ctrl-C stops it.
int rehearse(CliContext &context, Session &session, const Plan &plan)
{
    const std::optional<RunOptions> runOptions = cli::runOptions(context);
    if (!runOptions)
        return context.exitCode();
    RehearsalOptions options;
    options.lockTimeout = runOptions->lockTimeout;
    options.cancel = &interrupted;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    const RehearsalReport report = session.rehearse(plan, options);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    printRehearsal(context.out(), report, session.dialect().kind(), context.json());
    const int code = exitCodeFor(report);
    if (code != Success)
        return context.fail(ExitCode(code), report.outcome == RehearsalOutcome::Succeeded ? report.leftBehind
                                                                                           : report.message);
    if (!context.json())
        context.out() << report.message << Qt::endl;
    return Success;
}

// Plans from a fresh status, prints the plan, runs it under the lock and reports as it goes.
int planAndRun(CliContext &context, const Planner &planner)
{
    const bool rehearsing = context.parser().isSet(QStringLiteral("rehearse"));
    if (rehearsing && context.parser().isSet(QStringLiteral("dry-run")))
        return context.fail(UsageError, Tr::tr("--rehearse and --dry-run are two different things: give one"));
    // A rehearsal creates nothing, not even the database file it was pointed at by mistake.
    const std::unique_ptr<Session> session =
        context.openSession(rehearsing ? OpenMode::ExistingOnly : OpenMode::CreateIfMissing);
    const std::optional<ProjectStatus> status = context.readStatus(session.get());
    if (!status)
        return context.exitCode();
    const PlanDialect &dialect = session->planDialect();
    const Plan plan = planner(*status, dialect);
    printDiagnostics(context, status->diagnostics, plan);
    const bool dryRun = context.parser().isSet(QStringLiteral("dry-run"));
    if (dryRun && plan.refused())
        return context.fail(ValidationFailed, plan.refusal);
    if (!plan.refused() && (dryRun || !context.json()))
        RunPrinter(context.out(), context.json()).printPlan(plan, dryRun);
    if (dryRun)
        return Success;
    if (rehearsing) {
        // It takes the locks the plan takes, for as long as it runs: on production, only when confirmed.
        if (plan.refused())
            return context.fail(ValidationFailed, plan.refusal);
        if (!confirmProductionChange(context, !plan.steps.isEmpty()))
            return context.exitCode();
        return rehearse(context, *session, plan);
    }
    // A refused plan runs nothing, and says why: no confirmation is asked for it.
    if (!plan.refused() && !confirmProductionChange(context, !plan.steps.isEmpty()))
        return context.exitCode();
    std::optional<RunOptions> options = runOptions(context);
    if (!options)
        return context.exitCode();
    // What is true once the lock is held decides: another run may finish, or be half-way, meanwhile.
    options->replanUnderLock = [&]() -> Plan {
        QString why;
        const std::optional<ProjectStatus> fresh = session->status(&why);
        return fresh ? planner(*fresh, dialect) : Plan{{}, why, {}};
    };
    return runReported(context, *options, [&](const RunOptions &o) { return session->run(plan, o); });
}

} // namespace

std::optional<Version> versionOption(CliContext &context, const QString &text)
{
    const std::optional<Version> version = Version::parse(text);
    if (!version) {
        const QString tooLarge = Version::tooLargeError(text);
        context.fail(UsageError, !tooLarge.isEmpty() ? tooLarge
                                                     : Tr::tr("\"%1\" is not a version (digits separated by _ or .)")
                                                           .arg(text));
    }
    return version;
}

int runWithReport(CliContext &context, const std::function<RunResult(const RunOptions &)> &run)
{
    if (!confirmProductionChange(context, true))
        return context.exitCode();
    const std::optional<RunOptions> options = runOptions(context);
    if (!options)
        return context.exitCode();
    return runReported(context, *options, run);
}

int upCommand(CliContext &context)
{
    std::optional<Version> target;
    if (context.parser().isSet(QStringLiteral("to"))) {
        target = versionOption(context, context.parser().value(QStringLiteral("to")));
        if (!target)
            return context.exitCode();
    }
    const UpOptions options{target, context.parser().isSet(QStringLiteral("resume")),
                            context.parser().isSet(QStringLiteral("ignore-baseline-scripts"))};
    return planAndRun(context, [&](const ProjectStatus &s, const PlanDialect &d) { return planUp(s, d, options); });
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
        return planAndRun(context,
                          [&](const ProjectStatus &s, const PlanDialect &d) { return planDownSteps(s, d, steps); });
    }
    const std::optional<Version> target = versionOption(context, context.parser().value(QStringLiteral("to")));
    if (!target)
        return context.exitCode();
    return planAndRun(context,
                      [&](const ProjectStatus &s, const PlanDialect &d) { return planDownTo(s, d, *target); });
}

int gotoCommand(CliContext &context)
{
    if (context.arguments().size() != 1)
        return context.fail(UsageError, Tr::tr("goto needs one VERSION, e.g. tidemark-cli goto 12"));
    const std::optional<Version> target = versionOption(context, context.arguments().constFirst());
    if (!target)
        return context.exitCode();
    return planAndRun(context, [&](const ProjectStatus &s, const PlanDialect &d) { return planGoto(s, d, *target); });
}


int repairCommand(CliContext &context)
{
    const bool applied = context.parser().isSet(QStringLiteral("mark-applied"));
    const bool rolledBack = context.parser().isSet(QStringLiteral("mark-rolled-back"));
    if (context.arguments().size() != 1 || applied == rolledBack)
        return context.fail(UsageError, Tr::tr("repair needs one VERSION and exactly one of --mark-applied "
                                               "or --mark-rolled-back"));
    const std::optional<NamedMigration> named = namedMigration(context);
    if (!named)
        return context.exitCode();
    const RepairAction action = applied ? RepairAction::MarkApplied : RepairAction::MarkRolledBack;
    return runWithReport(context,
                         [&](const RunOptions &o) { return named->session->repair(named->migration, action, o); });
}

int breakLockCommand(CliContext &context)
{
    if (!context.arguments().isEmpty())
        return context.fail(UsageError, Tr::tr("break-lock takes no arguments"));
    const std::unique_ptr<Session> session = context.openSession(OpenMode::ExistingOnly);
    if (!session)
        return context.exitCode();
    return runWithReport(context, [&](const RunOptions &o) { return session->breakStaleLock(o); });
}

std::optional<NamedMigration> namedMigration(CliContext &context)
{
    const std::optional<Version> version = versionOption(context, context.arguments().constFirst());
    if (!version)
        return std::nullopt;
    std::unique_ptr<Session> session = context.openSession(OpenMode::ExistingOnly);
    const std::optional<ProjectStatus> status = context.readStatus(session.get());
    if (!status)
        return std::nullopt;
    const MigrationStatus *migration = status->find(*version);
    if (!migration) {
        context.fail(UsageError, Tr::tr("there is no migration with version %1").arg(version->toString()));
        return std::nullopt;
    }
    return NamedMigration{std::move(session), *migration};
}

} // namespace tidemark::cli
