#pragma once

#include "auditrun.h"
#include "chainverdict.h"
#include "history/validation.h"

#include <QList>
#include <optional>

namespace tidemark {

class Session;

// Everything an audit report or the History view shows, read from one database at one moment.
struct AuditTrail
{
    QString target;          // the URL without its password
    QString databaseKind;    // sqlite, postgresql, mysql
    QString serverVersion;
    QList<HistoryEvent> events; // every event, in id order
    QList<AuditRun> runs;       // newest first
    ChainVerdict chain;
    QList<AppliedMigration> applied; // the history as it is now
    std::optional<ProjectStatus> status; // files against history now; nullopt when the files could not be read
    QString statusError;                 // why not
    QList<ValidationProblem> drift;      // the validate verdict now: what is modified, missing or failed
    QDateTime readAt;
};

std::optional<AuditTrail> loadAuditTrail(const Session &session, QString *error);

} // namespace tidemark
