#include "pdfsections.h"

#include "core/tr.h"
#include "pdfcode.h"
#include "reporttext.h"

#include <QCoreApplication>

namespace tidemark::pdf {
namespace {

void label(Flow &flow, const QString &text, QRgb colour = colour::label)
{
    flow.needSpace(40); // with the first lines of the block it names
    flow.paragraph({bold(text, colour)}, 0);
}

void plan(Flow &flow, const ReportRun &r)
{
    flow.heading(Face::H3, Tr::tr("Plan"));
    if (r.run.context.command.isEmpty() && r.run.context.plan.isEmpty())
        return flow.paragraph({text(Tr::tr("No plan recorded: the run has no run-start event (written before Tidemark "
                                           "recorded plans)."),
                                    colour::muted)});
    if (r.run.context.plan.isEmpty())
        return flow.paragraph({text(Tr::tr("The plan was empty: nothing to do."))});
    QList<QList<Spans>> rows;
    int n = 0;
    for (const PlannedMigration &step : r.run.context.plan)
        rows << QList<Spans>{{small(QString::number(++n))},
                             {small(step.direction == Direction::Up ? QStringLiteral("up") : QStringLiteral("down"))},
                             {small(step.version)},
                             {small(step.description)},
                             {small(stepOutcome(step, r))}};
    flow.grid({Tr::tr("#"), Tr::tr("Step"), Tr::tr("Version"), Tr::tr("Description"), Tr::tr("What happened")},
              {0.05, 0.08, 0.12, 0.50, 0.25}, rows);
}

void migration(Flow &flow, const ReportMigration &m, DatabaseKind dialect)
{
    const HistoryEvent &e = m.event;
    flow.heading(Face::H4, eventTitle(e), colour::ink);
    QList<Fact> facts{
        {Tr::tr("When"), {text(timeText(e.at))}},
        {Tr::tr("Duration"), {text(durationText(e.durationMs))}},
        {Tr::tr("Script"), {orNone(e.script)}},
        {Tr::tr("Statements run"), {text(QString::number(e.statements))}},
        {Tr::tr("Checksum"), {e.checksum.isEmpty() ? notRecorded() : mono(e.checksum)}, true},
    };
    if (!e.details.isEmpty())
        facts.append({Tr::tr("Details"), {text(e.details)}, true});
    if (e.type == HistoryEvent::Type::Fail || e.type == HistoryEvent::Type::Cancel) {
        facts.append({stoppedAtLabel(e), {text(stoppedAtText(e))}, true});
        facts.append({Tr::tr("Message"), {bold(e.error, colour::bad)}, true});
    }
    flow.facts(facts, 2);
    if (!m.failedStatement.isEmpty()) {
        label(flow, Tr::tr("The statement that failed:"));
        flow.code(sqlLines(m.failedStatement, dialect), colour::failed, colour::failedBorder);
    }
    if (!e.sql.isEmpty()) {
        label(flow, e.type == HistoryEvent::Type::Rollback ? Tr::tr("The down SQL as it ran:") : Tr::tr("The SQL as it ran:"));
        flow.code(sqlLines(e.sql, dialect));
    }
    if (!m.changedSince.isEmpty()) {
        label(flow, Tr::tr("The file changed after it ran (its checksum differs):"), colour::warn);
        flow.code(diffLines(m.changedSince));
    }
    if (m.fileGone)
        flow.paragraph({bold(Tr::tr("Its file is no longer in the project."), colour::warn)});
}

void events(Flow &flow, const ReportRun &r)
{
    QList<QList<Spans>> rows;
    for (const HistoryEvent &e : r.run.events)
        rows << QList<Spans>{{small(QString::number(e.id))},
                             {small(e.at.isValid() ? e.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString())},
                             {small(historyEventName(e.type))},
                             {small(e.version.toString())},
                             {small(e.durationMs > 0 ? durationText(e.durationMs) : QString())},
                             {small(e.details)},
                             {mono(shortHash(e.hash))}};
    flow.heading(Face::H3, Tr::tr("Events"));
    flow.grid({Tr::tr("Id"), Tr::tr("At (UTC)"), Tr::tr("Event"), Tr::tr("Version"), Tr::tr("Duration"), Tr::tr("Details"),
               Tr::tr("Hash")},
              {0.06, 0.20, 0.11, 0.09, 0.10, 0.27, 0.17}, rows);
}

} // namespace

void runSection(Flow &flow, const ReportRun &r, DatabaseKind dialect)
{
    const AuditRun &run = r.run;
    const RunContext &ctx = run.context;
    flow.runHeading(Tr::tr("Run %1").arg(run.runId));
    const QString where = whereText(ctx);
    // Two columns: the short facts side by side, the long ones each on a row of its own.
    QList<Fact> facts{{Tr::tr("Outcome"), {bold(outcomeText(run), outcomeColour(run))}, true}};
    if (!run.message.isEmpty())
        facts.append({Tr::tr("Message"), {text(run.message)}, true});
    facts.append({Tr::tr("Who"), {text(run.actor)}});
    facts.append({Tr::tr("Tidemark"), {orNone(ctx.tidemarkVersion)}});
    facts.append({Tr::tr("Started"), {text(timeText(run.startedAt))}});
    facts.append({Tr::tr("Ended"), {text(timeText(run.endedAt))}}); // "—" without an end: the outcome says why
    facts.append({Tr::tr("Duration"), {text(durationText(run.durationMs))}});
    if (run.lockWaitMs > 0)
        facts.append({Tr::tr("Lock wait"), {text(durationText(run.lockWaitMs))}});
    facts.append({Tr::tr("Where"), {orNone(where)}, true});
    facts.append({Tr::tr("Project"), {ctx.project.isEmpty() ? notRecorded() : mono(ctx.project)}, true});
    facts.append({Tr::tr("Git commit"), {ctx.gitCommit.isEmpty() ? notRecorded() : mono(ctx.gitCommit)}, true});
    for (const HistoryEvent &e : run.events)
        if (e.type == HistoryEvent::Type::LockWait)
            facts.append({Tr::tr("Lock"), {text(e.details)}, true});
    flow.facts(facts, 2);
    plan(flow, r);
    flow.heading(Face::H3, Tr::tr("What ran"));
    if (r.migrations.isEmpty())
        flow.paragraph({text(Tr::tr("No migration was applied, rolled back, repaired or baselined in this run."), colour::muted)});
    for (const ReportMigration &m : r.migrations)
        migration(flow, m, dialect);
    events(flow, r);
}

} // namespace tidemark::pdf
