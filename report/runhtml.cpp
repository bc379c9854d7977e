#include "runhtml.h"

#include "core/tr.h"
#include "htmlparts.h"
#include "reporttext.h"
#include "sqlhighlight.h"

#include <QCoreApplication>

namespace tidemark {

using namespace html;

namespace {

QString unifiedDiffHtml(const QString &diff)
{
    QString html;
    const QStringList lines = diff.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.isEmpty() && i + 1 == lines.size())
            break;
        // The first two lines name the files; after them "---" is a removed SQL comment, not a header.
        const QString cls = i < 2                                ? QStringLiteral("fh")
                            : line.startsWith(QLatin1String("@@")) ? QStringLiteral("hunk")
                            : line.startsWith(u'+')              ? QStringLiteral("add")
                            : line.startsWith(u'-')              ? QStringLiteral("del")
                                                                 : QString();
        html += cls.isEmpty() ? esc(line) : QStringLiteral("<span class=\"%1\">%2</span>").arg(cls, esc(line));
        html += u'\n';
    }
    return QStringLiteral("<pre class=\"diff\">%1</pre>\n").arg(html);
}

QString planHtml(const ReportRun &r)
{
    QString html = QStringLiteral("<h3>%1</h3>\n").arg(esc(Tr::tr("Plan")));
    if (r.run.context.command.isEmpty() && r.run.context.plan.isEmpty())
        return html + QStringLiteral("<p class=\"muted\">%1</p>\n")
                          .arg(esc(Tr::tr("No plan recorded: the run has no run-start event (written before Tidemark "
                                          "recorded plans).")));
    if (r.run.context.plan.isEmpty())
        return html + QStringLiteral("<p>%1</p>\n").arg(esc(Tr::tr("The plan was empty: nothing to do.")));
    QString rows;
    int n = 0;
    for (const PlannedMigration &step : r.run.context.plan)
        rows += gridRow({QString::number(++n), step.direction == Direction::Up ? QStringLiteral("up") : QStringLiteral("down"),
                         esc(step.version), esc(step.description), esc(stepOutcome(step, r))});
    return html + gridTable({Tr::tr("#"), Tr::tr("Step"), Tr::tr("Version"), Tr::tr("Description"), Tr::tr("What happened")},
                            rows, {5, 8, 12, 50, 25});
}

QString migrationHtml(const ReportMigration &m, DatabaseKind dialect)
{
    const HistoryEvent &e = m.event;
    QString html = QStringLiteral("<h4>%1</h4>\n").arg(esc(eventTitle(e)));
    QString rows;
    rows += factRow(Tr::tr("When"), esc(timeText(e.at)));
    rows += factRow(Tr::tr("Script"), orNone(e.script));
    rows += factRow(Tr::tr("Checksum"), e.checksum.isEmpty() ? orNone({}) : code(e.checksum));
    rows += factRow(Tr::tr("Duration"), esc(durationText(e.durationMs)));
    rows += factRow(Tr::tr("Statements run"), QString::number(e.statements));
    if (!e.details.isEmpty())
        rows += factRow(Tr::tr("Details"), esc(e.details));
    if (e.type == HistoryEvent::Type::Fail || e.type == HistoryEvent::Type::Cancel) {
        rows += factRow(stoppedAtLabel(e), esc(stoppedAtText(e)));
        rows += factRow(Tr::tr("Message"), QStringLiteral("<span class=\"bad\">%1</span>").arg(esc(e.error)));
    }
    html += factTable(rows);
    if (!m.failedStatement.isEmpty())
        html += QStringLiteral("<p class=\"label\">%1</p>\n<pre class=\"sql failed\">%2</pre>\n")
                    .arg(esc(Tr::tr("The statement that failed:")), highlightedSqlHtml(m.failedStatement, dialect));
    if (!e.sql.isEmpty()) {
        const QString label = e.type == HistoryEvent::Type::Rollback ? Tr::tr("The down SQL as it ran:")
                                                                     : Tr::tr("The SQL as it ran:");
        html += QStringLiteral("<p class=\"label\">%1</p>\n<pre class=\"sql\">%2</pre>\n")
                    .arg(esc(label), highlightedSqlHtml(e.sql, dialect));
    }
    if (!m.changedSince.isEmpty())
        html += QStringLiteral("<p class=\"label warn\">%1</p>\n")
                    .arg(esc(Tr::tr("The file changed after it ran (its checksum differs):")))
                + unifiedDiffHtml(m.changedSince);
    if (m.fileGone)
        html += QStringLiteral("<p class=\"warn\">%1</p>\n").arg(esc(Tr::tr("Its file is no longer in the project.")));
    return html;
}

QString eventsHtml(const ReportRun &r)
{
    QString rows;
    for (const HistoryEvent &e : r.run.events)
        rows += gridRow({QString::number(e.id), esc(tableTime(e.at)), esc(historyEventName(e.type)), esc(e.version.toString()),
                         e.durationMs > 0 ? esc(durationText(e.durationMs)) : QString(), esc(e.details),
                         code(shortHash(e.hash))});
    return QStringLiteral("<h3>%1</h3>\n").arg(esc(Tr::tr("Events")))
           + gridTable({Tr::tr("Id"), Tr::tr("At (UTC)"), Tr::tr("Event"), Tr::tr("Version"), Tr::tr("Duration"),
                        Tr::tr("Details"), Tr::tr("Hash")},
                       rows, {6, 19, 11, 8, 9, 31, 16});
}

} // namespace

QString runSectionHtml(const ReportRun &r, DatabaseKind dialect)
{
    const AuditRun &run = r.run;
    const RunContext &ctx = run.context;
    QString html = QStringLiteral("<h2 class=\"run\">%1</h2>\n").arg(esc(Tr::tr("Run %1").arg(run.runId)));
    const QString where = whereText(ctx);
    QString rows;
    rows += factRow(Tr::tr("Outcome"), outcomeHtml(run));
    if (!run.message.isEmpty())
        rows += factRow(Tr::tr("Message"), esc(run.message));
    rows += factRow(Tr::tr("Who"), esc(run.actor));
    rows += factRow(Tr::tr("Where"), orNone(where));
    rows += factRow(Tr::tr("Project"), ctx.project.isEmpty() ? orNone({}) : code(ctx.project));
    rows += factRow(Tr::tr("Git commit"), ctx.gitCommit.isEmpty() ? orNone({}) : code(ctx.gitCommit));
    if (!ctx.tidemarkVersion.isEmpty())
        rows += factRow(Tr::tr("Tidemark"), esc(ctx.tidemarkVersion));
    rows += factRow(Tr::tr("Started"), esc(timeText(run.startedAt)));
    rows += factRow(Tr::tr("Ended"), esc(timeText(run.endedAt))); // "—" without an end: the outcome says why
    rows += factRow(Tr::tr("Duration"), esc(durationText(run.durationMs)));
    if (run.lockWaitMs > 0)
        rows += factRow(Tr::tr("Lock wait"), esc(durationText(run.lockWaitMs)));
    for (const HistoryEvent &e : run.events)
        if (e.type == HistoryEvent::Type::LockWait)
            rows += factRow(Tr::tr("Lock"), esc(e.details));
    html += factTable(rows);
    html += planHtml(r);
    html += QStringLiteral("<h3>%1</h3>\n").arg(esc(Tr::tr("What ran")));
    if (r.migrations.isEmpty())
        html += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(Tr::tr("No migration was applied, rolled back, "
                                                                           "repaired or baselined in this run.")));
    for (const ReportMigration &m : r.migrations)
        html += migrationHtml(m, dialect);
    html += eventsHtml(r);
    return html;
}

} // namespace tidemark
