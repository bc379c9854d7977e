#include "auditrun.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace tidemark {
namespace {

QJsonObject dataOf(const HistoryEvent &event)
{
    return QJsonDocument::fromJson(event.data.toUtf8()).object();
}

void account(AuditRun &run, const HistoryEvent &event)
{
    switch (event.type) {
    case HistoryEvent::Type::RunStart:
        run.context = RunContext::fromJson(dataOf(event));
        run.startedAt = event.at;
        break;
    case HistoryEvent::Type::RunEnd: {
        const QJsonObject data = dataOf(event);
        run.endedAt = event.at;
        run.durationMs = event.durationMs;
        run.outcome = data.value(QStringLiteral("outcome")).toString();
        run.message = data.value(QStringLiteral("message")).toString();
        break;
    }
    case HistoryEvent::Type::LockWait: run.lockWaitMs += event.durationMs; break;
    case HistoryEvent::Type::Apply: ++run.applied; break;
    case HistoryEvent::Type::Rollback: ++run.rolledBack; break;
    case HistoryEvent::Type::Fail: ++run.failed; break;
    case HistoryEvent::Type::Cancel: ++run.cancelled; break;
    case HistoryEvent::Type::Repair: ++run.repaired; break;
    case HistoryEvent::Type::Baseline: ++run.baselined; break;
    case HistoryEvent::Type::Drift: ++run.driftSettled; break;
    default: break;
    }
}

} // namespace

QList<HistoryEvent> AuditRun::migrationEvents() const
{
    QList<HistoryEvent> result;
    for (const HistoryEvent &event : events)
        if (!event.isRunLevel())
            result.append(event);
    return result;
}

QList<AuditRun> groupRuns(const QList<HistoryEvent> &events)
{
    QList<AuditRun> runs;
    QHash<QString, qsizetype> byId;
    for (const HistoryEvent &event : events) {
        const auto found = event.runId.isEmpty() ? byId.cend() : byId.constFind(event.runId);
        qsizetype index = found != byId.cend() ? *found : -1;
        if (index < 0) {
            index = runs.size();
            AuditRun run;
            run.runId = event.runId;
            run.actor = event.actor;
            run.startedAt = event.at;
            runs.append(run);
            if (!event.runId.isEmpty())
                byId.insert(event.runId, index);
        }
        AuditRun &run = runs[index];
        run.events.append(event);
        account(run, event);
    }
    for (AuditRun &run : runs)
        if (!run.hasEnd() && !run.events.isEmpty())
            run.durationMs = run.startedAt.msecsTo(run.events.constLast().at);
    std::reverse(runs.begin(), runs.end());
    return runs;
}

AuditPeriod AuditPeriod::lastDays(int days)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return {now.addDays(-days), now.addSecs(1)};
}

QList<AuditRun> runsIn(const QList<AuditRun> &runs, const AuditPeriod &period, const QString &runId)
{
    QList<AuditRun> result;
    for (const AuditRun &run : runs)
        if (runId.isEmpty() ? period.contains(run.startedAt) : run.runId == runId)
            result.append(run);
    return result;
}

} // namespace tidemark
