#include "reportcontent.h"

#include "core/tr.h"
#include "diff/textdiff.h"
#include "reportredaction.h"
#include "sql/sqlsplitter.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace tidemark {
namespace {

DatabaseKind kindNamed(const QString &name)
{
    if (name.startsWith(QLatin1String("postgres")))
        return DatabaseKind::Postgres;
    if (name == u"mysql" || name == u"mariadb")
        return DatabaseKind::MySql;
    return DatabaseKind::Sqlite;
}

bool isMigrationOutcome(HistoryEvent::Type type)
{
    switch (type) {
    case HistoryEvent::Type::Apply:
    case HistoryEvent::Type::Rollback:
    case HistoryEvent::Type::Fail:
    case HistoryEvent::Type::Cancel:
    case HistoryEvent::Type::Repair:
    case HistoryEvent::Type::Baseline:
    case HistoryEvent::Type::Drift: return true;
    default: return false;
    }
}

// The text of the 1-based statement that failed, as the runner cut it; empty when none is named or it cannot be cut.
QString failedStatementText(const HistoryEvent &event, DatabaseKind kind)
{
    if (event.errorStatement <= 0 || event.sql.isEmpty())
        return {};
    const QByteArray script = event.sql.toUtf8();
    const SplitResult cut = splitMigrationSql(script, kind);
    if (event.errorStatement > cut.statements.size())
        return {};
    return cut.statements.at(event.errorStatement - 1).text(script);
}

// The migration's entry in the status now: by version, or a repeatable (no version) by its description.
const MigrationStatus *statusOf(const ProjectStatus &status, const HistoryEvent &event)
{
    if (!event.version.isEmpty())
        return status.find(event.version);
    for (const MigrationStatus &m : status.migrations)
        if (m.kind == MigrationKind::Repeatable && m.description == event.description)
            return &m;
    return nullptr;
}

// What became of an applied script's file since it ran: changed (a diff) or gone.
void compareWithFile(ReportMigration &migration, const ProjectStatus &status)
{
    const HistoryEvent &event = migration.event;
    if (event.type != HistoryEvent::Type::Apply || event.checksum.isEmpty() || event.sql.isEmpty())
        return;
    const MigrationStatus *now = statusOf(status, event);
    if (!now || !now->file) {
        migration.fileGone = true;
        return;
    }
    if (now->file->checksum == event.checksum)
        return;
    TextDiffOptions options;
    options.intraLine = false;
    const TextDiff diff = diffTexts(event.sql, redacted(now->file->upSql), options);
    migration.changedSince = unifiedDiff(diff, Tr::tr("%1 as applied in run %2").arg(event.script, event.runId),
                                         Tr::tr("%1 now").arg(now->file->script));
}

ReportSummary summarise(const QList<ReportRun> &runs)
{
    ReportSummary summary;
    summary.runs = int(runs.size());
    QHash<QString, int> byActor;
    for (const ReportRun &r : runs) {
        summary.applied += r.run.applied;
        summary.rolledBack += r.run.rolledBack;
        summary.failed += r.run.failed;
        summary.cancelled += r.run.cancelled;
        summary.repaired += r.run.repaired;
        summary.baselined += r.run.baselined;
        summary.lockWaitMs += r.run.lockWaitMs;
        for (const HistoryEvent &e : r.run.events)
            summary.lockWaits += e.type == HistoryEvent::Type::LockWait ? 1 : 0;
        ++byActor[r.run.actor];
    }
    for (auto it = byActor.cbegin(); it != byActor.cend(); ++it)
        summary.runsByActor.append({it.key(), it.value()});
    std::sort(summary.runsByActor.begin(), summary.runsByActor.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return summary;
}

} // namespace

ReportContent reportContent(const AuditTrail &trail, const ReportRequest &request)
{
    ReportContent content;
    content.target = redacted(trail.target);
    content.databaseKind = trail.databaseKind;
    content.dialect = kindNamed(trail.databaseKind);
    content.serverVersion = redacted(trail.serverVersion);
    content.environment = redacted(request.environment);
    content.period = request.period;
    content.runId = request.runId;
    content.generatedBy = redacted(request.generatedBy);
    content.generatedAt = request.generatedAt.toUTC();
    content.tidemarkVersion = QStringLiteral(TIDEMARK_VERSION);
    content.chain = trail.chain;
    content.chain.problem = redacted(content.chain.problem);
    content.filesRead = trail.status.has_value();
    content.statusError = redacted(trail.statusError);
    for (ValidationProblem problem : trail.drift) {
        problem.message = redacted(problem.message);
        content.drift.append(problem);
    }

    QList<AuditRun> selected = runsIn(trail.runs, request.period, request.runId);
    std::reverse(selected.begin(), selected.end());
    for (const AuditRun &run : std::as_const(selected)) {
        QList<HistoryEvent> events;
        for (const HistoryEvent &event : run.events)
            events.append(redactedEvent(event));
        content.events.append(events);
        ReportRun reportRun;
        // Grouped again from the redacted events, so that the run's context is redacted as its events are.
        const QList<AuditRun> regrouped = groupRuns(events);
        reportRun.run = regrouped.isEmpty() ? run : regrouped.constFirst();
        for (const HistoryEvent &event : std::as_const(events)) {
            if (!isMigrationOutcome(event.type))
                continue;
            ReportMigration migration{event, {}, {}, false};
            if (event.type == HistoryEvent::Type::Fail || event.type == HistoryEvent::Type::Cancel)
                migration.failedStatement = failedStatementText(event, content.dialect);
            if (trail.status)
                compareWithFile(migration, *trail.status);
            reportRun.migrations.append(migration);
        }
        content.runs.append(reportRun);
    }
    std::sort(content.events.begin(), content.events.end(),
              [](const HistoryEvent &a, const HistoryEvent &b) { return a.id < b.id; });
    content.summary = summarise(content.runs);
    if (content.environment.isEmpty()) { // made without a profile: what the runs themselves recorded
        QStringList environments;
        for (const ReportRun &r : std::as_const(content.runs))
            if (!r.run.context.environment.isEmpty() && !environments.contains(r.run.context.environment))
                environments << r.run.context.environment;
        content.environment = environments.join(QStringLiteral(", "));
    }
    return content;
}

} // namespace tidemark
