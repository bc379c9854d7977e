#pragma once

#include "auditreport.h"

#include <QList>
#include <QString>

namespace tidemark {

// One migration event of a run (apply, rollback, fail, cancel, repair, baseline) and what the report adds to it.
struct ReportMigration
{
    HistoryEvent event;      // redacted
    QString failedStatement; // fail or cancel: the text of statement errorStatement, cut from event.sql
    QString changedSince;    // apply: a unified diff from the SQL as applied to the file now, when the file changed
    bool fileGone = false;   // apply: the project has no file for it any more
};

struct ReportRun
{
    AuditRun run;                      // from the redacted events
    QList<ReportMigration> migrations; // in the order they happened
};

struct ReportSummary
{
    int runs = 0;
    int applied = 0;
    int rolledBack = 0;
    int failed = 0;
    int cancelled = 0;
    int repaired = 0;
    int baselined = 0;
    int lockWaits = 0;
    qint64 lockWaitMs = 0;
    QList<std::pair<QString, int>> runsByActor; // most runs first
};

// Everything a report shows, selected and redacted once; each format only lays it out.
struct ReportContent
{
    QString target;
    QString databaseKind;
    DatabaseKind dialect = DatabaseKind::Sqlite; // for cutting and colouring the SQL
    QString serverVersion;
    QString environment; // the profile's; else the environments the runs recorded
    AuditPeriod period;
    QString runId;
    QString generatedBy;
    QDateTime generatedAt;
    QString tidemarkVersion;
    ChainVerdict chain;
    ReportSummary summary;
    QList<ReportRun> runs;      // oldest first
    QList<HistoryEvent> events; // the runs' events, in id order
    bool filesRead = false;     // drift was checked against the project's files
    QString statusError;        // why the files could not be read
    QList<ValidationProblem> drift;
};

ReportContent reportContent(const AuditTrail &trail, const ReportRequest &request);

} // namespace tidemark
