#include "baselineplan.h"

#include "core/tr.h"

#include <algorithm>

namespace tidemark {

BaselinePlan planTakeover(const ProjectStatus &status, const ForeignHistory &other)
{
    BaselinePlan plan;
    if (!other.failed.isEmpty()) {
        plan.refusal = Tr::tr("%1 says a migration did not finish (%2). Fix the database and clear that mark with "
                              "%1 first, then take the database over.")
                           .arg(other.tool, other.summary());
        return plan;
    }
    for (const MigrationStatus &m : status.migrations)
        if (m.kind == MigrationKind::Versioned && m.file && !m.applied && other.records(m.version))
            plan.migrations.append(*m.file);
    QStringList withoutFile;
    for (const Version &v : other.applied)
        if (const MigrationStatus *m = status.find(v); !m || !m->file)
            withoutFile << v.toString();
    if (!withoutFile.isEmpty())
        plan.warnings << Tr::tr("%1 recorded versions that have no file here; they are not taken over: %2")
                             .arg(other.tool, withoutFile.join(QStringLiteral(", ")));
    plan.details = Tr::tr("taken over from %1").arg(other.summary());
    return plan;
}

BaselinePlan planBaselineAt(const ProjectStatus &status, const Version &version)
{
    BaselinePlan plan;
    if (!status.find(version)) {
        plan.refusal = Tr::tr("there is no migration with version %1").arg(version.toString());
        return plan;
    }
    if (std::any_of(status.migrations.cbegin(), status.migrations.cend(),
                    [](const MigrationStatus &m) { return m.applied.has_value(); })) {
        plan.refusal = Tr::tr("the database already has a Tidemark history; baseline VERSION is for a database "
                              "that has none");
        return plan;
    }
    for (const MigrationStatus &m : status.migrations)
        if (m.kind == MigrationKind::Versioned && m.file && !(version < m.version))
            plan.migrations.append(*m.file);
    plan.details = Tr::tr("baselined at version %1: the database already had these changes").arg(version.toString());
    return plan;
}

} // namespace tidemark
