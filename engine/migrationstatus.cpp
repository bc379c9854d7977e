#include "migrationstatus.h"

#include <QHash>

#include <algorithm>

namespace tidemark {

QString migrationStateName(MigrationState state)
{
    switch (state) {
    case MigrationState::Applied: return QStringLiteral("applied");
    case MigrationState::Pending: return QStringLiteral("pending");
    case MigrationState::Modified: return QStringLiteral("modified");
    case MigrationState::Missing: return QStringLiteral("missing");
    case MigrationState::Failed: return QStringLiteral("failed");
    }
    return {};
}

const MigrationStatus *ProjectStatus::find(const Version &version) const
{
    for (const MigrationStatus &m : migrations)
        if (m.version == version)
            return &m;
    return nullptr;
}

int ProjectStatus::count(MigrationState state) const
{
    return int(std::count_if(migrations.cbegin(), migrations.cend(),
                             [state](const MigrationStatus &m) { return m.state == state; }));
}

ProjectStatus computeStatus(const Catalog &catalog, const QList<AppliedMigration> &applied,
                            const QList<HistoryEvent> &events)
{
    ProjectStatus status;
    status.diagnostics = catalog.diagnostics;

    QHash<Version, AppliedMigration> appliedByVersion;
    for (const AppliedMigration &row : applied)
        appliedByVersion.insert(row.version, row); // a later rank wins
    // The last event per version decides whether its last attempt failed.
    QHash<Version, HistoryEvent> lastEvent;
    for (const HistoryEvent &event : events)
        lastEvent.insert(event.version, event);

    std::optional<Version> highestApplied;
    for (const AppliedMigration &row : appliedByVersion)
        if (!highestApplied || *highestApplied < row.version)
            highestApplied = row.version;
    status.currentVersion = highestApplied;

    auto failureOf = [&](const Version &v) -> std::optional<HistoryEvent> {
        const auto it = lastEvent.constFind(v);
        if (it != lastEvent.cend() && it->type == HistoryEvent::Type::Fail)
            return *it;
        return std::nullopt;
    };

    for (const Migration &file : catalog.migrations) {
        MigrationStatus item;
        item.version = file.version;
        item.description = file.description;
        item.file = file;
        const auto row = appliedByVersion.constFind(file.version);
        if (row != appliedByVersion.cend()) {
            item.applied = *row;
            item.state = row->isPartial() ? MigrationState::Failed
                         : row->checksum != file.checksum ? MigrationState::Modified
                                                          : MigrationState::Applied;
            if (row->isPartial())
                item.lastFailure = failureOf(file.version);
            appliedByVersion.erase(row);
        } else {
            item.lastFailure = failureOf(file.version);
            item.state = item.lastFailure ? MigrationState::Failed : MigrationState::Pending;
            item.outOfOrder = highestApplied && file.version < *highestApplied;
        }
        status.migrations.append(std::move(item));
    }
    for (const AppliedMigration &row : std::as_const(appliedByVersion)) {
        MigrationStatus item;
        item.version = row.version;
        item.description = row.description;
        item.state = MigrationState::Missing;
        item.applied = row;
        status.migrations.append(std::move(item));
    }
    std::stable_sort(status.migrations.begin(), status.migrations.end(),
                     [](const MigrationStatus &a, const MigrationStatus &b) { return a.version < b.version; });
    return status;
}

} // namespace tidemark
