#include "driftcommand.h"

#include "core/tr.h"
#include "runcommands.h"

#include <QCoreApplication>

namespace tidemark::cli {

int driftCommand(CliContext &context)
{
    const bool accept = context.parser().isSet(QStringLiteral("accept-file"));
    const bool restore = context.parser().isSet(QStringLiteral("restore-file"));
    if (context.arguments().size() != 1 || accept == restore)
        return context.fail(UsageError, Tr::tr("drift needs one VERSION and exactly one of --accept-file or "
                                               "--restore-file"));
    const std::optional<NamedMigration> named = namedMigration(context);
    if (!named)
        return context.exitCode();
    const MigrationStatus *migration = &named->migration;
    const QString name = migration->version.toString() + u' ' + migration->description;
    const QString state = migrationStateName(migration->state);
    if (accept && migration->state != MigrationState::Modified)
        return context.fail(UsageError, Tr::tr("%1 is %2, not modified: --accept-file records an edited file's text "
                                               "in the history; nothing was changed")
                                            .arg(name, state));
    const std::optional<DriftAction> restoreAction = restoreActionFor(migration->state);
    if (restore && !restoreAction)
        return context.fail(UsageError, Tr::tr("%1 is %2, neither modified nor missing: --restore-file writes the "
                                               "applied text back to a drifted file; nothing was changed")
                                            .arg(name, state));
    const DriftAction action = accept ? DriftAction::AcceptFile : *restoreAction;
    return runWithReport(context,
                         [&](const RunOptions &o) { return named->session->settleDrift(*migration, action, o); });
}

} // namespace tidemark::cli
