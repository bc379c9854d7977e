#pragma once

#include "history/foreignhistory.h"
#include "history/migrationstatus.h"

namespace tidemark {

// Migrations to record as applied without running them, and why (kept in each baseline event).
struct BaselinePlan
{
    QList<Migration> migrations;
    QString details;
    QStringList warnings;
    QString refusal;

    bool refused() const { return !refusal.isEmpty(); }
};

// What another tool recorded as applied, unless it says a migration was left half-done.
BaselinePlan planTakeover(const ProjectStatus &status, const ForeignHistory &other);
// Every versioned migration up to and including `version`, for a database with no Tidemark history yet.
BaselinePlan planBaselineAt(const ProjectStatus &status, const Version &version);

} // namespace tidemark
