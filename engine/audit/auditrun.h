#pragma once

#include "history/historystore.h"
#include "run/runcontext.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace tidemark {

// One run as the events record it: its run-start, what happened to each migration, and its run-end.
struct AuditRun
{
    QString runId;
    RunContext context;  // from run-start; empty for runs recorded before Tidemark wrote run-start events
    QString actor;       // "osuser@host as dbuser"
    QDateTime startedAt; // run-start's, else the first event's
    QDateTime endedAt;   // run-end's; invalid when there is none (the run was killed, or is running)
    qint64 durationMs = 0;
    QString outcome;     // run-end's: succeeded, failed, cancelled, stopped, refused; empty when none
    QString message;     // run-end's, in words
    QList<HistoryEvent> events; // every event of the run, in id order
    qint64 lockWaitMs = 0;
    int applied = 0;
    int rolledBack = 0;
    int failed = 0;
    int cancelled = 0;
    int repaired = 0;
    int baselined = 0;
    int driftSettled = 0; // modified or missing migrations whose file was accepted or restored

    bool hasEnd() const { return endedAt.isValid(); }
    // The events of one migration in this run (start, apply, fail, …).
    QList<HistoryEvent> migrationEvents() const;
};

// The events grouped by run id, newest run first; events without a run id (none are written so) form a run each.
QList<AuditRun> groupRuns(const QList<HistoryEvent> &events);

// A period of time, either end open when invalid.
struct AuditPeriod
{
    QDateTime from;  // inclusive
    QDateTime until; // exclusive

    bool contains(const QDateTime &at) const
    {
        return (!from.isValid() || at >= from) && (!until.isValid() || at < until);
    }
    // The last days days up to now.
    static AuditPeriod lastDays(int days);
};

// The runs that started in period, and (runId not empty) only that run.
QList<AuditRun> runsIn(const QList<AuditRun> &runs, const AuditPeriod &period, const QString &runId = {});

} // namespace tidemark
