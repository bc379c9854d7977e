#include "createcommand.h"

#include "conventions/convention.h"
#include "conventions/conventionfactory.h"

#include <QCoreApplication>
#include <QDir>

namespace tidemark::cli {

int createCommand(CliContext &context)
{
    if (context.arguments().isEmpty())
        return context.fail(UsageError, QCoreApplication::translate("tidemark", "create needs a NAME, e.g. "
                                                                                "tidemark-cli create add_users"));
    const std::optional<Project> project = context.loadProject();
    if (!project)
        return context.exitCode();
    QString error;
    const std::unique_ptr<Convention> convention = projectConvention(*project, &error);
    if (!convention)
        return context.fail(UsageError, error);
    const CreatedMigration created = convention->create(project->migrationsDir, context.arguments().join(u' '),
                                                        QDateTime::currentDateTimeUtc());
    if (!created.error.isEmpty())
        return context.fail(UsageError, created.error);
    for (const QString &file : created.files)
        context.out() << QDir::toNativeSeparators(file) << '\n';
    context.out().flush();
    return Success;
}

} // namespace tidemark::cli
