// The run-level part of the audit record: the run's start with its context and plan, the lock wait, the upgrade
// of Tidemark's tables, the start of the hash chain, and the run's end (docs/AUDIT.md).
#include "core/tr.h"
#include "runner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace tidemark {

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString runOutcomeName(RunOutcome outcome)
{
    switch (outcome) {
    case RunOutcome::Succeeded: return QStringLiteral("succeeded");
    case RunOutcome::Failed: return QStringLiteral("failed");
    case RunOutcome::LockNotAcquired: return QStringLiteral("lock-not-acquired");
    case RunOutcome::Stopped: return QStringLiteral("stopped");
    case RunOutcome::Cancelled: return QStringLiteral("cancelled");
    case RunOutcome::Refused: return QStringLiteral("refused");
    }
    return {};
}

QList<PlannedMigration> Runner::plannedMigrations(const Plan &plan)
{
    QList<PlannedMigration> planned;
    for (const PlanStep &step : plan.steps)
        planned.append({step.direction, step.version.toString(), step.description, step.script, step.checksum});
    return planned;
}

HistoryEvent Runner::runEvent(const StepContext &context, HistoryEvent::Type type) const
{
    HistoryEvent event;
    event.type = type;
    event.runId = context.result.runId;
    event.actor = context.actor;
    event.at = QDateTime::currentDateTimeUtc();
    return event;
}

bool Runner::recordRunStart(StepContext &context, const QList<PlannedMigration> &plan, QString *error)
{
    const std::optional<bool> chained = m_history.chainStarted(error);
    if (!chained)
        return false;
    if (!*chained) {
        HistoryEvent start = runEvent(context, HistoryEvent::Type::ChainStart);
        start.details = Tr::tr("the events' hash chain starts here; its previous hash seals the events before it");
        if (!m_history.appendEvent(start, error))
            return false;
    }
    if (!context.upgraded.isEmpty()) {
        HistoryEvent upgrade = runEvent(context, HistoryEvent::Type::Upgrade);
        upgrade.details = Tr::tr("added to Tidemark's tables: %1").arg(context.upgraded.join(QStringLiteral(", ")));
        upgrade.data = compactJson({{QStringLiteral("added"), QJsonArray::fromStringList(context.upgraded)}});
        if (!m_history.appendEvent(upgrade, error))
            return false;
    }
    // Only for a run that changes something: it starts git.
    RunContext run = completedContext(context.options.context, m_db, m_dialect);
    run.plan = plan;
    HistoryEvent start = runEvent(context, HistoryEvent::Type::RunStart);
    start.details = run.command;
    start.data = compactJson(run.toJson());
    if (!m_history.appendEvent(start, error))
        return false;
    if (!context.lockHolder.isEmpty()) {
        HistoryEvent wait = runEvent(context, HistoryEvent::Type::LockWait);
        wait.durationMs = context.lockWaitMs;
        wait.details = context.tookOverStale
                           ? Tr::tr("took over a stale lock left by %1: %2").arg(context.lockHolder, context.staleReason)
                           : Tr::tr("waited %1 ms for %2").arg(context.lockWaitMs).arg(context.lockHolder);
        QJsonObject data{{QStringLiteral("holder"), context.lockHolder},
                         {QStringLiteral("waited_ms"), context.lockWaitMs},
                         {QStringLiteral("took_over_stale"), context.tookOverStale}};
        if (context.tookOverStale)
            data.insert(QStringLiteral("stale_reason"), context.staleReason);
        wait.data = compactJson(data);
        if (!m_history.appendEvent(wait, error))
            return false;
    }
    context.runStartRecorded = true;
    return true;
}

bool Runner::recordRunEnd(StepContext &context, QString *error)
{
    context.runStartRecorded = false; // once
    HistoryEvent end = runEvent(context, HistoryEvent::Type::RunEnd);
    end.durationMs = context.runTimer.elapsed();
    end.details = runOutcomeName(context.result.outcome);
    end.data = compactJson({{QStringLiteral("outcome"), runOutcomeName(context.result.outcome)},
                        {QStringLiteral("message"), context.result.message},
                        {QStringLiteral("steps_done"), context.result.stepsDone}});
    return m_history.appendEvent(end, error);
}

} // namespace tidemark
