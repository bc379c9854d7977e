#include "baselinecommand.h"

#include "core/tr.h"
#include "run/baselineplan.h"
#include "runcommands.h"

namespace tidemark::cli {

int baselineCommand(CliContext &context)
{
    const bool fromTool = context.parser().isSet(QStringLiteral("from"));
    const QString tools = foreignToolNames().join(QStringLiteral(", "));
    if (fromTool == (context.arguments().size() == 1) || context.arguments().size() > 1)
        return context.fail(UsageError, Tr::tr("baseline needs either one VERSION or --from TOOL (%1)").arg(tools));
    const QString tool = context.parser().value(QStringLiteral("from"));
    if (fromTool && !foreignToolNames().contains(tool))
        return context.fail(UsageError, Tr::tr("--from takes one of %1").arg(tools));
    std::optional<Version> version;
    if (!fromTool && !(version = versionOption(context, context.arguments().constFirst())))
        return context.exitCode();

    const std::unique_ptr<Session> session = context.openSession(OpenMode::ExistingOnly);
    const std::optional<ProjectStatus> status = context.readStatus(session.get());
    if (!status)
        return context.exitCode();
    BaselinePlan plan;
    QString error;
    if (fromTool) {
        const std::optional<ForeignHistory> other =
            readForeignHistory(session->database(), session->dialect(), tool, &error);
        if (!other)
            return error.isEmpty() ? context.fail(ValidationFailed, Tr::tr("the database has no %1 table").arg(tool))
                                   : context.fail(RunFailed, error);
        plan = planTakeover(*status, *other);
    } else {
        plan = planBaselineAt(*status, *version);
    }
    if (plan.refused())
        return context.fail(ValidationFailed, plan.refusal);
    for (const QString &warning : std::as_const(plan.warnings))
        context.err() << Tr::tr("warning: %1").arg(warning) << Qt::endl;
    return runWithReport(context, [&](const RunOptions &o) {
        return session->recordWithoutRunning(plan.migrations, plan.details, o);
    });
}

} // namespace tidemark::cli
