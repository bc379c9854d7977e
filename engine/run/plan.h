#pragma once

#include "history/migrationstatus.h"
#include "sql/sqlsplitter.h"

#include <QMetaType>

#include <optional>

namespace tidemark {

enum class Direction { Up, Down };

QString directionName(Direction direction);

// One migration to run in one direction, with exactly the SQL that will run.
struct PlanStep
{
    Direction direction = Direction::Up;
    Version version;
    QString description;
    MigrationKind kind = MigrationKind::Versioned;
    QString script;         // the file the SQL comes from, or the history row's script for a stored down
    QString sql;            // what runs
    QString upSql;          // recorded in history on the way up
    QString downSql;        // recorded in history on the way up
    QString checksum;       // of upSql
    qint64 installedRank = 0; // the history row a down step removes
    bool transactional = true;
    QString whyNoTransaction; // for the plan a DBA confirms: which statement or marker forbids one
    int statementCount = 0;
    bool resumes = false;     // continues the history row installedRank, left part-way by an interrupted run
    int resumeFrom = 0;       // statements already done by that run
    int pendingStatement = 0; // the 1-based statement that run stopped in, its outcome unknown; 0 when none
    int firstLine = 1;        // the file line where sql starts (goose and dbmate sections start mid-file)
    QString blockedReason;    // this step cannot run (a down with no script): the run stops here, shown in the plan

    // The up step of a migration file: its up SQL runs, and the history row records the file as it is.
    static PlanStep up(const Migration &file);

    int fileLine(int sqlLine) const { return firstLine + sqlLine - 1; }

    QString label() const; // "up 3 create_orders"
    // The history row of the migration this step applies, without what the run adds to it: who, when, how long,
    // how many statements and which run.
    AppliedMigration appliedRow() const;
};

struct Plan
{
    QList<PlanStep> steps;
    QString refusal; // why nothing may run; empty when the plan is good (it may still have no steps)
    QString note;    // e.g. "nothing to do: already at 12"

    bool refused() const { return !refusal.isEmpty(); }
};

// The database a plan is for: its kind, and what its server allows beyond what every version of it does (read from
// the live connection, see Session::planDialect).
struct PlanDialect
{
    DatabaseKind kind = DatabaseKind::Sqlite;
    bool enumValuesInTransaction = false; // PostgreSQL 12+: ALTER TYPE … ADD VALUE may run in a transaction

    // Implicit: with the kind alone, the server is taken to allow no more than every version does.
    PlanDialect(DatabaseKind kind) : kind(kind) {}
    PlanDialect(DatabaseKind kind, bool enumValuesInTransaction)
        : kind(kind)
        , enumValuesInTransaction(enumValuesInTransaction)
    {
    }
};

struct UpOptions
{
    std::optional<Version> target; // apply up to and including this version
    bool resume = false;           // continue a migration that stopped part-way from its next statement
    bool ignoreBaselineScripts = false; // on an empty database, run the versioned chain instead of a baseline script
};

// Pending migrations in version order, up to and including the target when given.
Plan planUp(const ProjectStatus &status, const PlanDialect &dialect, const UpOptions &options);
Plan planUp(const ProjectStatus &status, const PlanDialect &dialect, std::optional<Version> target = std::nullopt);
// The last `steps` applied migrations, newest first.
Plan planDownSteps(const ProjectStatus &status, const PlanDialect &dialect, int steps);
// Every applied migration newer than `target`, newest first. An empty target version rolls back everything.
Plan planDownTo(const ProjectStatus &status, const PlanDialect &dialect, const Version &target);
// Down to `target`, then up to it: afterwards exactly the migrations up to `target` are applied.
Plan planGoto(const ProjectStatus &status, const PlanDialect &dialect, const Version &target);

} // namespace tidemark

// Queued between threads (RunController) and in signals (the confirmation's Rehearse).
Q_DECLARE_METATYPE(tidemark::Plan)
