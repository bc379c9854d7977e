#pragma once

#include "core/catalog.h"
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

ProjectStatus computeStatus(const Catalog &catalog, const QList<AppliedMigration> &applied,
                            const QList<HistoryEvent> &events);

} // namespace tidemark
