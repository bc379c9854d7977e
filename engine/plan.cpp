#include "plan.h"
#include "tr.h"

#include <QCoreApplication>

#include <algorithm>

namespace tidemark {
namespace {


// Splits the step's SQL to count statements and find those that cannot run in a transaction.
QString inspect(PlanStep &step, SqlDialect dialect)
{
    const QByteArray script = step.sql.toUtf8();
    const SplitResult split = splitSql(script, dialect);
    if (!split.ok())
        return Tr::tr("%1, line %2: %3").arg(step.script).arg(split.errorLine).arg(split.error);
    step.statementCount = int(split.statements.size());
    for (const SqlStatement &statement : split.statements)
        if (statement.noTransaction)
            step.transactional = false;
    return {};
}

bool blocksUp(const MigrationStatus &m)
{
    return m.state == MigrationState::Failed && m.applied && m.applied->isPartial();
}

std::optional<PlanStep> downStep(const MigrationStatus &m, QString *refusal)
{
    const AppliedMigration &row = *m.applied;
    PlanStep step;
    step.direction = Direction::Down;
    step.version = m.version;
    step.description = m.description;
    step.kind = row.kind;
    step.installedRank = row.installedRank;
    // The down that belongs to what ran: the file's when the up is unchanged, else the one stored at apply time.
    if (m.state == MigrationState::Applied && m.file && m.file->hasDown) {
        step.sql = m.file->downSql;
        step.script = m.file->downScript;
    } else if (!row.downSql.isEmpty()) {
        step.sql = row.downSql;
        step.script = Tr::tr("%1 (down as stored when applied)").arg(row.script);
    } else {
        *refusal = Tr::tr("%1 %2 has no down script, so it cannot be rolled back; nothing was rolled back")
                       .arg(m.version.toString(), m.description);
        return std::nullopt;
    }
    return step;
}

// Applied migrations in the order they were installed, newest first.
QList<const MigrationStatus *> appliedNewestFirst(const ProjectStatus &status)
{
    QList<const MigrationStatus *> applied;
    for (const MigrationStatus &m : status.migrations)
        if (m.applied)
            applied.append(&m);
    std::sort(applied.begin(), applied.end(), [](const MigrationStatus *a, const MigrationStatus *b) {
        return a->applied->installedRank > b->applied->installedRank;
    });
    return applied;
}

Plan planDown(const QList<const MigrationStatus *> &targets, SqlDialect dialect)
{
    Plan plan;
    for (const MigrationStatus *m : targets) {
        std::optional<PlanStep> step = downStep(*m, &plan.refusal);
        if (!step)
            return {{}, plan.refusal, {}};
        if (QString error = inspect(*step, dialect); !error.isEmpty())
            return {{}, error, {}};
        plan.steps.append(std::move(*step));
    }
    if (plan.steps.isEmpty())
        plan.note = Tr::tr("nothing to roll back");
    return plan;
}

} // namespace

QString directionName(Direction direction)
{
    return direction == Direction::Up ? QStringLiteral("up") : QStringLiteral("down");
}

QString PlanStep::label() const
{
    return QStringLiteral("%1 %2 %3").arg(directionName(direction), version.toString(), description);
}

Plan planUp(const ProjectStatus &status, SqlDialect dialect, std::optional<Version> target)
{
    Plan plan;
    QStringList errors;
    for (const Diagnostic &d : status.diagnostics)
        if (d.severity == Diagnostic::Severity::Error)
            errors.append(d.toString());
    if (!errors.isEmpty()) {
        plan.refusal = Tr::tr("the migration files have errors; fix them first:\n%1").arg(errors.join(u'\n'));
        return plan;
    }
    if (target && !status.find(*target)) {
        plan.refusal = Tr::tr("there is no migration with version %1").arg(target->toString());
        return plan;
    }
    for (const MigrationStatus &m : status.migrations) {
        if (blocksUp(m)) {
            plan.refusal = Tr::tr("%1 %2 stopped part-way (%3 of %4 statements ran); repair it before going on")
                               .arg(m.version.toString(), m.description)
                               .arg(m.applied->statementsDone)
                               .arg(m.applied->statementsTotal);
            return plan;
        }
    }
    for (const MigrationStatus &m : status.migrations) {
        if (m.applied || !m.file || (target && *target < m.version))
            continue;
        PlanStep step;
        step.direction = Direction::Up;
        step.version = m.version;
        step.description = m.description;
        step.kind = m.file->kind;
        step.script = m.file->script;
        step.sql = m.file->upSql;
        step.upSql = m.file->upSql;
        step.downSql = m.file->downSql;
        step.checksum = m.file->checksum;
        step.transactional = m.file->transactional;
        if (QString error = inspect(step, dialect); !error.isEmpty())
            return {{}, error, {}};
        plan.steps.append(std::move(step));
    }
    if (plan.steps.isEmpty())
        plan.note = target && status.currentVersion && *target < *status.currentVersion
                        ? Tr::tr("nothing to apply: the database is already past %1; use down to go back")
                              .arg(target->toString())
                        : Tr::tr("nothing to apply: the database is up to date");
    return plan;
}

Plan planDownSteps(const ProjectStatus &status, SqlDialect dialect, int steps)
{
    if (steps < 1)
        return {{}, Tr::tr("the number of steps to roll back must be at least 1"), {}};
    return planDown(appliedNewestFirst(status).mid(0, steps), dialect);
}

Plan planDownTo(const ProjectStatus &status, SqlDialect dialect, const Version &target)
{
    // Version 0 (or none) means "before the first migration".
    if (target != Version() && !status.find(target))
        return {{}, Tr::tr("there is no migration with version %1").arg(target.toString()), {}};
    QList<const MigrationStatus *> newer;
    for (const MigrationStatus *m : appliedNewestFirst(status))
        if (target < m->version)
            newer.append(m);
    return planDown(newer, dialect);
}

Plan planGoto(const ProjectStatus &status, SqlDialect dialect, const Version &target)
{
    Plan down = planDownTo(status, dialect, target);
    if (down.refused())
        return down;
    Plan up = planUp(status, dialect, target);
    if (up.refused())
        return up;
    down.steps.append(up.steps);
    down.note = down.steps.isEmpty() ? Tr::tr("nothing to do: the database is at %1").arg(target.toString()) : QString();
    return down;
}

} // namespace tidemark
