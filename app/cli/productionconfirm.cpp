#include "productionconfirm.h"

#include "connections/productiontarget.h"
#include "connections/profilestore.h"
#include "core/tr.h"

#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace tidemark::cli {
namespace {

std::optional<ConnectionProfile> productionTarget(CliContext &context)
{
    if (const std::optional<ConnectionProfile> profile = context.profile())
        return profile->isProduction() ? profile : std::nullopt;
    const std::optional<ConnectionUrl> url = context.connectionUrl();
    return url ? productionProfileFor(ProfileStore().profiles(), *url) : std::nullopt;
}

bool atTerminal()
{
    return isatty(STDIN_FILENO) && isatty(STDERR_FILENO);
}

} // namespace

bool confirmProductionChange(CliContext &context, bool changes)
{
    const std::optional<ConnectionProfile> production = productionTarget(context);
    if (!production)
        return true;
    const QString name = production->databaseName();
    if (context.parser().isSet(QStringLiteral("confirm"))) {
        const QString confirmed = context.parser().value(QStringLiteral("confirm"));
        if (confirmed == name)
            return true;
        context.fail(UsageError, Tr::tr("--confirm %1 does not name this production database (%2, profile %3); "
                                        "nothing ran")
                                     .arg(confirmed, name, production->name));
        return false;
    }
    if (!atTerminal()) {
        context.fail(UsageError, Tr::tr("%1 is a production database (profile %2); nothing ran. From a script or "
                                        "pipeline add --confirm %1; at a terminal, type its name when asked")
                                     .arg(name, production->name));
        return false;
    }
    if (!changes)
        return true;
    context.err() << Tr::tr("%1 is a production database (profile %2). Type its name to go on: ")
                         .arg(name, production->name);
    context.err().flush();
    QTextStream in(stdin);
    const QString typed = in.readLine().trimmed();
    if (typed == name)
        return true;
    context.fail(UsageError, typed.isEmpty() ? Tr::tr("nothing was typed; nothing ran")
                                             : Tr::tr("\"%1\" is not %2; nothing ran").arg(typed, name));
    return false;
}

} // namespace tidemark::cli
