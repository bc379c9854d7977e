// Runner::repair: settles a migration that failed, after the DBA looked at the database by hand.
#include "core/tr.h"
#include "database/sqlerror.h"
#include "runner.h"
#include "sql/sqlsplitter.h"

#include <QSqlError>
#include <QUuid>

namespace tidemark {
namespace {

// Does the history still say what the DBA saw when choosing the repair?
bool unchangedSince(const MigrationStatus &seen, const QList<AppliedMigration> &applied)
{
    for (const AppliedMigration &row : applied)
        if (row.version == seen.version)
            return seen.applied && row.installedRank == seen.applied->installedRank
                   && row.statementsDone == seen.applied->statementsDone
                   && row.pendingStatement == seen.applied->pendingStatement
                   && row.rollbackDone == seen.applied->rollbackDone;
    return !seen.applied;
}

// What the repair records: the migration as its file says, else (no file left) as the history knows it.
PlanStep repairedStep(const MigrationStatus &migration)
{
    if (migration.file)
        return PlanStep::up(*migration.file);
    PlanStep step;
    step.version = migration.version;
    step.description = migration.description;
    step.script = migration.script();
    return step;
}

} // namespace

QString repairActionName(RepairAction action)
{
    return action == RepairAction::MarkApplied ? QStringLiteral("mark applied") : QStringLiteral("mark rolled back");
}

RunResult Runner::repair(const MigrationStatus &migration, RepairAction action, const RunOptions &options)
{
    const QString name = migration.version.toString() + u' ' + migration.description;
    const std::unique_ptr<StepContext> scope =
        startRun(options, {QStringLiteral("repair %1: %2").arg(name, repairActionName(action))});
    StepContext &context = *scope;
    RunResult &result = context.result;
    if (migration.state != MigrationState::Failed)
        return finish(context, RunOutcome::Failed,
                      Tr::tr("%1 is %2, not failed; only a failed migration is repaired (use up or down otherwise)")
                          .arg(name, migrationStateName(migration.state)));
    if (action == RepairAction::MarkApplied && !migration.applied && !migration.file)
        return finish(context, RunOutcome::Failed, Tr::tr("%1 has no file to record as applied").arg(name));

    const std::optional<QList<AppliedMigration>> applied = lockAndReadHistory(context);
    if (!applied)
        return result; // finished: no lock, or no history
    if (!unchangedSince(migration, *applied))
        return finish(context, RunOutcome::Failed,
                      Tr::tr("the history of %1 changed while waiting for the lock; look at status again").arg(name));

    const PlanStep step = repairedStep(migration);
    QString error;
    if (!recordRunStart(context, {{step.direction, step.version.toString(), step.description, step.script, step.checksum}},
                        &error))
        return finish(context, RunOutcome::Failed,
                      Tr::tr("the repair was not recorded: the run's start could not be: %1").arg(error));
    HistoryEvent event = historyEvent(step, context, HistoryEvent::Type::Repair);
    const AppliedMigration *row = migration.applied ? &*migration.applied : nullptr;
    const QString ran = !row ? Tr::tr("its last attempt had failed and was rolled back")
                        : row->isRollingBack()
                            ? Tr::tr("its rollback had stopped after %1 of %2 down statements").arg(*row->rollbackDone).arg(row->rollbackTotal)
                            : Tr::tr("%1 of %2 statements had run").arg(row->statementsDone).arg(row->statementsTotal);
    event.details = action == RepairAction::MarkApplied
                        ? Tr::tr("marked applied by hand; %1").arg(ran)
                        : Tr::tr("marked rolled back by hand; %1").arg(ran);

    if (QString error; !beginTransaction(&error))
        return finish(context, RunOutcome::Failed, error);
    bool ok = true;
    if (action == RepairAction::MarkApplied && row) {
        ok = m_history.updateProgress(row->installedRank, row->statementsTotal, row->executionMs, &error);
    } else if (action == RepairAction::MarkApplied) {
        context.script = step.upSql.toUtf8();
        context.statements = splitMigrationSql(context.script, m_dialect.kind()).statements;
        const int total = int(context.statements.size());
        ok = m_history.insertApplied(appliedRow(step, context, 0, total), &error);
    } else if (row) {
        ok = m_history.deleteApplied(row->installedRank, &error);
    }
    ok = ok && m_history.appendEvent(event, &error) && m_db.commit();
    if (!ok) {
        m_db.rollback();
        return finish(context, RunOutcome::Failed, Tr::tr("the repair was not recorded: %1").arg(error));
    }
    RunEvent done = stepEvent(step, action == RepairAction::MarkApplied ? RunEvent::Type::MigrationApplied
                                                                        : RunEvent::Type::MigrationRolledBack);
    done.message = event.details;
    emitEvent(done, context);
    result.stepsDone = 1;
    return finish(context, RunOutcome::Succeeded, Tr::tr("%1: %2; nothing was run").arg(name, event.details));
}

} // namespace tidemark
