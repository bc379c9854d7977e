#pragma once

#include "core/catalog.h"
#include "database/migrationlock.h"
#include "foreignhistory.h"
#include "historystore.h"

#include <optional>

namespace tidemark {

enum class MigrationState {
    Applied,
    Pending,
    Modified, // applied, but the file's checksum differs from what ran
    Missing,  // applied, but the file is gone
    Failed,   // the last attempt failed (and nothing was kept), or it stopped part-way
};

QString migrationStateName(MigrationState state);

// One migration as the files and the database together see it.
struct MigrationStatus
{
    Version version; // empty for a repeatable migration, which is known by its description
    QString description;
    MigrationKind kind = MigrationKind::Versioned;
    MigrationState state = MigrationState::Pending;
    bool outOfOrder = false;        // pending, but older than something already applied
    bool coveredByBaseline = false; // applied: a baseline script at or above its version created it
    bool ignored = false;           // a baseline script that will not run: the database already has migrations
    bool outdated = false;          // a repeatable whose file changed since it ran: pending again
    std::optional<Migration> file;
    std::optional<AppliedMigration> applied;
    std::optional<HistoryEvent> lastFailure; // the most recent fail event, when it is the last word on it

    QString script() const { return file ? file->script : applied ? applied->script : QString(); }
};

struct ProjectStatus
{
    QList<MigrationStatus> migrations; // in version order
    std::optional<Version> currentVersion;
    QList<Diagnostic> diagnostics;
    std::optional<ForeignHistory> otherTool; // what golang-migrate, goose, Flyway or dbmate recorded here

    // The versioned migration (else the baseline script) with this version.
    const MigrationStatus *find(const Version &version) const;
    // True when nothing versioned has been applied and no baseline recorded.
    bool isEmptyDatabase() const { return !currentVersion; }
    int count(MigrationState state) const;
};

// How a migration that stopped part-way stands, from its history row and the lock.
enum class PartialRun {
    None,           // not part-way
    Running,        // a run holds the lock: it is being run now
    OutcomeUnknown, // the run stopped while a statement ran: whether it took effect is unknown
    Stopped,        // the run stopped between statements
};

PartialRun partialRun(const MigrationStatus &migration, const std::optional<LockHolder> &holder);
// What status says under it: who runs it and where, or what to do. Empty for PartialRun::None.
QString partialRunText(const MigrationStatus &migration, const std::optional<LockHolder> &holder);

ProjectStatus computeStatus(const Catalog &catalog, const QList<AppliedMigration> &applied,
                            const QList<HistoryEvent> &events);

} // namespace tidemark
