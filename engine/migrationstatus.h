#pragma once

#include "catalog.h"
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
    Version version;
    QString description;
    MigrationState state = MigrationState::Pending;
    bool outOfOrder = false; // pending, but older than something already applied
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

    const MigrationStatus *find(const Version &version) const;
    int count(MigrationState state) const;
};

ProjectStatus computeStatus(const Catalog &catalog, const QList<AppliedMigration> &applied,
                            const QList<HistoryEvent> &events);

} // namespace tidemark
