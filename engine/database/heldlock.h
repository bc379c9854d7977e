#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace tidemark {

// A table-level lock the connection's own session holds now (PostgreSQL's pg_locks), as a rehearsal reads it
// after each step: what the step would hold until its migration commits.
struct HeldLock
{
    QString mode;     // as pg_locks names it: "AccessExclusiveLock"
    QString relation; // schema-qualified: "public.orders"
    QString kind;     // "table", "index", "view", "sequence", …

    // "ACCESS EXCLUSIVE on public.orders: blocks reads and writes until commit"
    QString describe() const;

    friend bool operator==(const HeldLock &, const HeldLock &) = default;
};

// The relation locks this session holds, granted, on relations outside the system schemas that are among existing
// (a relation the session made itself is seen by nobody else until commit), strongest first.
std::optional<QList<HeldLock>> readHeldLocks(const QSqlDatabase &db, const QList<quint32> &existing, QString *error);
// The oids of every relation outside the system schemas, to tell later which ones the session created.
std::optional<QList<quint32>> readRelationOids(const QSqlDatabase &db, QString *error);

} // namespace tidemark
