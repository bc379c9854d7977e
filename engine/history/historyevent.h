#pragma once

#include "core/version.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace tidemark {

// One row of the append-only events table: the audit record (docs/AUDIT.md describes every field).
struct HistoryEvent
{
    enum class Type {
        Apply, Rollback, Fail, Repair, Baseline, Cancel, // what happened to one migration
        Start,      // a migration began (inside its transaction where it has one)
        Drift,      // a modified or missing migration settled: its file accepted, or restored (data: how)
        RunStart,   // data: the run's context and plan
        RunEnd,     // data: the outcome; durationMs: the run's
        LockWait,   // data: who held the lock; durationMs: the wait
        Upgrade,    // data: what was added to Tidemark's tables
        ChainStart, // the hash chain begins; prevHash seals the events before it
    };

    qint64 id = 0;
    Type type = Type::Apply;
    Version version;
    QString description;
    QString script;
    QString runId;
    QString actor;
    QDateTime at;
    QString error;
    QString details; // what a repair, baseline or drift action did, in words
    int errorStatement = 0; // a fail event: the 1-based statement that failed, 0 when none did
    int errorLine = 0;      // a fail event: the file line where that statement starts
    qint64 durationMs = 0;  // a migration's, a run's (run-end) or a lock wait's
    int statements = 0;     // statements that ran
    QString checksum;       // the script's, as it ran
    QString sql;            // the SQL as it ran: the up for apply, the down for rollback
    QString data;           // run-level events: a JSON object
    // The hash chain (history/eventchain.h): the previous row's hash, and this row's. Empty on rows written before
    // the chain started. storedContent (set by readEvents) is the canonical content of the row as stored.
    QString prevHash;
    QString hash;
    QByteArray storedContent;

    bool isRunLevel() const { return type >= Type::RunStart; }
};

QString historyEventName(HistoryEvent::Type type);
std::optional<HistoryEvent::Type> historyEventType(const QString &name);

} // namespace tidemark

// Implicitly shared Qt values and numbers only: a list of 10 000 events grows by moving its memory, not each event
// (bench/report: the report reads every event of the period).
Q_DECLARE_TYPEINFO(tidemark::HistoryEvent, Q_RELOCATABLE_TYPE);
