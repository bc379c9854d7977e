// Runner::recordWithoutRunning: taking over a database whose migrations already ran, by another tool or by hand.
#include "core/tr.h"
#include "database/sqlerror.h"
#include "runner.h"
#include "sql/sqlsplitter.h"

#include <QSet>
#include <QUuid>

namespace tidemark {

RunResult Runner::recordWithoutRunning(const QList<Migration> &migrations, const QString &details,
                                       const RunOptions &options)
{
    QStringList labels;
    for (const Migration &m : migrations)
        labels.append(QStringLiteral("baseline %1 %2").arg(m.version.toString(), m.description));
    const std::unique_ptr<StepContext> scope = startRun(options, labels);
    StepContext &context = *scope;
    RunResult &result = context.result;
    if (migrations.isEmpty())
        return finish(context, RunOutcome::Succeeded, Tr::tr("nothing to record"));

    const std::optional<QList<AppliedMigration>> applied = lockAndReadHistory(context);
    if (!applied)
        return result; // finished: no lock, or no history
    QSet<Version> recorded;
    for (const AppliedMigration &row : *applied)
        recorded.insert(row.version);
    QList<PlannedMigration> planned;
    for (const Migration &m : migrations)
        planned.append({Direction::Up, m.version.toString(), m.description, m.script, m.checksum});
    QString error;
    if (!recordRunStart(context, planned, &error))
        return finish(context, RunOutcome::Failed, Tr::tr("nothing was recorded: the run's start could not be: %1").arg(error));

    if (QString error; !beginTransaction(&error))
        return finish(context, RunOutcome::Failed, error);
    for (const Migration &m : migrations) {
        const PlanStep step = PlanStep::up(m);
        if (recorded.contains(m.version)) {
            RunEvent skipped = stepEvent(step, RunEvent::Type::MigrationSkipped);
            skipped.message = Tr::tr("already in the history");
            emitEvent(skipped, context);
            continue;
        }
        context.script = m.upSql.toUtf8();
        context.statements = splitMigrationSql(context.script, m_dialect.kind()).statements;
        const int total = int(context.statements.size());
        HistoryEvent event = historyEvent(step, context, HistoryEvent::Type::Baseline);
        event.details = details;
        event.statements = total;
        if (!m_history.insertApplied(appliedRow(step, context, 0, total), &error)
            || !m_history.appendEvent(event, &error)) {
            m_db.rollback();
            return finish(context, RunOutcome::Failed, Tr::tr("nothing was recorded: %1").arg(error));
        }
        RunEvent done = stepEvent(step, RunEvent::Type::MigrationApplied);
        done.message = details;
        emitEvent(done, context);
        ++result.stepsDone;
    }
    if (!m_db.commit()) {
        const QString why = databaseMessage(m_db.lastError());
        m_db.rollback();
        return finish(context, RunOutcome::Failed, Tr::tr("nothing was recorded: %1").arg(why));
    }
    return finish(context, RunOutcome::Succeeded,
                  Tr::tr("recorded as applied without running them: %1 migrations").arg(result.stepsDone));
}

} // namespace tidemark
