#pragma once

#include "audit/auditrun.h"
#include "reportcontent.h"

#include <QDateTime>
#include <QString>

namespace tidemark {

// The words the HTML and PDF reports use for times, durations, periods and outcomes.
QString timeText(const QDateTime &at);            // "2026-11-12 10:22:01 UTC"; "—" when invalid
QString durationText(qint64 ms);                  // "850 ms", "12.3 s", "4 min 12 s"
QString periodText(const AuditPeriod &period, const QString &runId);
QString outcomeText(const AuditRun &run);         // the run-end's outcome, or that none was recorded
QString eventTitle(const HistoryEvent &event);    // "apply 3 create_orders"
QString shortHash(const QString &hash);           // the first 16 hex digits, for tables
QString whereText(const RunContext &context); // "host ci-7, tidemark-cli up, profile live, environment production"
QString stoppedAtLabel(const HistoryEvent &event); // a fail or cancel event: "Failed at", "Cancelled at"
QString stoppedAtText(const HistoryEvent &event);  // "statement 2, at line 5 of the file"
// What became of a planned step in the run, from its migration events: "applied", "failed", "not run" …
QString stepOutcome(const PlannedMigration &step, const ReportRun &run);

} // namespace tidemark
