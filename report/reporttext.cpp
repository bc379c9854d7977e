#include "reporttext.h"

#include "core/tr.h"

#include <QCoreApplication>

namespace tidemark {

QString timeText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC")
                        : QStringLiteral("—");
}

QString durationText(qint64 ms)
{
    if (ms < 1000)
        return Tr::tr("%1 ms").arg(ms);
    if (ms < 60000)
        return Tr::tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    return Tr::tr("%1 min %2 s").arg(ms / 60000).arg((ms % 60000) / 1000);
}

QString periodText(const AuditPeriod &period, const QString &runId)
{
    if (!runId.isEmpty())
        return Tr::tr("the run %1 only").arg(runId);
    const QString from = period.from.isValid() ? timeText(period.from) : Tr::tr("the first event");
    const QString until = period.until.isValid() ? Tr::tr("before %1").arg(timeText(period.until)) : Tr::tr("now");
    return Tr::tr("runs started from %1 to %2").arg(from, until);
}

QString outcomeText(const AuditRun &run)
{
    if (run.outcome.isEmpty())
        return Tr::tr("no end recorded: the run was killed or is still running");
    return run.outcome;
}

QString eventTitle(const HistoryEvent &event)
{
    return QStringList{historyEventName(event.type), event.version.toString(), event.description}.join(u' ').simplified();
}

QString shortHash(const QString &hash)
{
    return hash.left(16);
}

QString stepOutcome(const PlannedMigration &step, const ReportRun &r)
{
    for (const ReportMigration &m : r.migrations) {
        const HistoryEvent &e = m.event;
        const bool same = step.version.isEmpty() ? e.description == step.description : e.version.toString() == step.version;
        if (!same)
            continue;
        switch (e.type) {
        case HistoryEvent::Type::Apply: return Tr::tr("applied");
        case HistoryEvent::Type::Rollback: return Tr::tr("rolled back");
        case HistoryEvent::Type::Fail: return Tr::tr("failed");
        case HistoryEvent::Type::Cancel: return Tr::tr("cancelled");
        case HistoryEvent::Type::Baseline: return Tr::tr("baselined");
        case HistoryEvent::Type::Repair: return Tr::tr("repaired");
        case HistoryEvent::Type::Drift: return Tr::tr("drift settled");
        default: break;
        }
    }
    return Tr::tr("not run");
}

QString whereText(const RunContext &ctx)
{
    QStringList where;
    if (!ctx.host.isEmpty())
        where << Tr::tr("host %1").arg(ctx.host);
    if (!ctx.tool.isEmpty())
        where << QStringLiteral("%1 %2").arg(ctx.tool, ctx.command).trimmed();
    if (!ctx.profile.isEmpty())
        where << Tr::tr("profile %1").arg(ctx.profile);
    if (!ctx.environment.isEmpty())
        where << Tr::tr("environment %1").arg(ctx.environment);
    return where.join(QStringLiteral(", "));
}

QString stoppedAtLabel(const HistoryEvent &event)
{
    return event.type == HistoryEvent::Type::Fail ? Tr::tr("Failed at") : Tr::tr("Cancelled at");
}

QString stoppedAtText(const HistoryEvent &event)
{
    return event.errorStatement > 0
               ? Tr::tr("statement %1, at line %2 of the file").arg(event.errorStatement).arg(event.errorLine)
               : Tr::tr("before any statement ran");
}

} // namespace tidemark
