#include "audittrail.h"

#include "run/session.h"

namespace tidemark {

std::optional<AuditTrail> loadAuditTrail(const Session &session, QString *error)
{
    AuditTrail trail;
    trail.readAt = QDateTime::currentDateTimeUtc();
    trail.target = session.url().redacted();
    trail.databaseKind = databaseKindName(session.dialect().kind());
    trail.serverVersion = session.dialect().serverVersion(session.database());
    const HistoryStore history(session.database(), session.dialect(), session.project().tables);
    std::optional<QList<HistoryEvent>> events = history.readEvents(error);
    if (!events)
        return std::nullopt;
    std::optional<QList<AppliedMigration>> applied = history.readApplied(error);
    if (!applied)
        return std::nullopt;
    trail.events = std::move(*events);
    trail.applied = std::move(*applied);
    trail.runs = groupRuns(trail.events);
    trail.chain = verifyChain(trail.events);
    // A report is still worth having when the files cannot be read: it says so instead of the drift verdict.
    trail.status = session.status(trail.applied, trail.events, &trail.statusError);
    if (trail.status)
        trail.drift = validate(*trail.status, session.dialect().kind()).problems;
    return trail;
}

} // namespace tidemark
