#include "core/tr.h"
#include "historyidentity.h"
#include "migrationstatus.h"

#include <QCoreApplication>
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
        if (m.kind != MigrationKind::Repeatable && m.version == version)
            return &m;
    return nullptr;
}

int ProjectStatus::count(MigrationState state) const
{
    return int(std::count_if(migrations.cbegin(), migrations.cend(),
                             [state](const MigrationStatus &m) { return m.state == state; }));
}

namespace {

// The latest history row for each identity, and the latest event: events name no kind, so they are known by
// version, and repeatable ones (no version) by description.
struct HistoryIndex
{
    QHash<HistoryIdentity, AppliedMigration> rows;
    QHash<Version, HistoryEvent> versionEvents;
    QHash<QString, HistoryEvent> repeatableEvents;

    HistoryIndex(const QList<AppliedMigration> &applied, const QList<HistoryEvent> &events)
    {
        for (const AppliedMigration &row : applied) // in rank order: a later row wins
            rows.insert(HistoryIdentity::of(row), row);
        for (const HistoryEvent &event : events) {
            if (event.isRunLevel() || event.type == HistoryEvent::Type::Start)
                continue; // only what happened to a migration says whether it failed
            if (event.version.isEmpty())
                repeatableEvents.insert(event.description, event);
            else
                versionEvents.insert(event.version, event);
        }
    }

    std::optional<HistoryEvent> failureOf(const Migration &m) const
    {
        const std::optional<HistoryEvent> last = m.kind == MigrationKind::Repeatable
                                                     ? lastOf(repeatableEvents, m.description)
                                                     : lastOf(versionEvents, m.version);
        return last && last->type == HistoryEvent::Type::Fail ? last : std::nullopt;
    }

    template<typename Key>
    static std::optional<HistoryEvent> lastOf(const QHash<Key, HistoryEvent> &events, const Key &key)
    {
        const auto it = events.constFind(key);
        return it != events.cend() ? std::optional(*it) : std::nullopt;
    }
};

std::optional<AppliedMigration> take(QHash<HistoryIdentity, AppliedMigration> &rows, const HistoryIdentity &identity)
{
    const auto it = rows.constFind(identity);
    if (it == rows.cend())
        return std::nullopt;
    AppliedMigration row = *it;
    rows.erase(it);
    return row;
}

MigrationStatus missing(const AppliedMigration &row)
{
    MigrationStatus item;
    item.version = row.version;
    item.description = row.description;
    item.kind = row.kind;
    item.state = MigrationState::Missing;
    item.applied = row;
    return item;
}

// Versioned before baseline at the same version, repeatables last by description.
bool listedBefore(const MigrationStatus &a, const MigrationStatus &b)
{
    const bool ra = a.kind == MigrationKind::Repeatable;
    const bool rb = b.kind == MigrationKind::Repeatable;
    if (ra != rb)
        return rb;
    if (ra)
        return a.description < b.description;
    if (a.version != b.version)
        return a.version < b.version;
    return a.kind == MigrationKind::Versioned && b.kind == MigrationKind::Baseline;
}

} // namespace

ProjectStatus computeStatus(const Catalog &catalog, const QList<AppliedMigration> &applied,
                            const QList<HistoryEvent> &events)
{
    ProjectStatus status;
    status.diagnostics = catalog.diagnostics;
    HistoryIndex history(applied, events);

    std::optional<Version> highestApplied;
    std::optional<Version> baselineVersion;
    for (const AppliedMigration &row : std::as_const(history.rows)) {
        if (row.kind == MigrationKind::Repeatable)
            continue;
        std::optional<Version> &highest = row.kind == MigrationKind::Baseline ? baselineVersion : highestApplied;
        if (!highest || *highest < row.version)
            highest = row.version;
    }
    if (baselineVersion && (!highestApplied || *highestApplied < *baselineVersion))
        highestApplied = baselineVersion;
    status.currentVersion = highestApplied;

    for (const Migration &file : catalog.migrations) {
        MigrationStatus item;
        item.version = file.version;
        item.description = file.description;
        item.kind = file.kind;
        item.file = file;
        item.applied = take(history.rows, HistoryIdentity::of(file));
        if (item.applied && item.applied->isPartial()) {
            item.state = MigrationState::Failed;
            item.lastFailure = history.failureOf(file);
        } else if (item.applied && item.applied->checksum != file.checksum) {
            // A repeatable that changed simply runs again; anything else was edited after it ran.
            item.outdated = file.kind == MigrationKind::Repeatable;
            item.state = item.outdated ? MigrationState::Pending : MigrationState::Modified;
        } else if (item.applied) {
            item.state = MigrationState::Applied;
        } else if (file.kind == MigrationKind::Versioned && baselineVersion && !(*baselineVersion < file.version)) {
            item.state = MigrationState::Applied;
            item.coveredByBaseline = true;
        } else {
            item.lastFailure = history.failureOf(file);
            item.state = item.lastFailure ? MigrationState::Failed : MigrationState::Pending;
            item.outOfOrder = file.kind == MigrationKind::Versioned && highestApplied && file.version < *highestApplied;
            item.ignored = file.kind == MigrationKind::Baseline && highestApplied.has_value();
        }
        status.migrations.append(std::move(item));
    }
    for (const AppliedMigration &row : std::as_const(history.rows)) // no file took these
        status.migrations.append(missing(row));
    std::stable_sort(status.migrations.begin(), status.migrations.end(), listedBefore);
    return status;
}

PartialRun partialRun(const MigrationStatus &migration, const std::optional<LockHolder> &holder)
{
    if (!migration.applied || !migration.applied->isPartial())
        return PartialRun::None;
    // Only a run inside a migration leaves it part-way while holding the lock: another run would be refused it.
    if (holder)
        return PartialRun::Running;
    return migration.applied->hasUnknownOutcome() ? PartialRun::OutcomeUnknown : PartialRun::Stopped;
}

QString partialRunText(const MigrationStatus &migration, const std::optional<LockHolder> &holder)
{
    const PartialRun state = partialRun(migration, holder);
    if (state == PartialRun::None)
        return {};
    const AppliedMigration &row = *migration.applied;
    const QString repair = Tr::tr("repair it (repair %1 --mark-applied | --mark-rolled-back)").arg(migration.version.toString());
    if (row.isRollingBack() && state != PartialRun::Running)
        return Tr::tr("rolling back stopped %1 (%2 of %3 down statements done): finish or undo the rollback by hand, "
                      "then %4")
            .arg(state == PartialRun::OutcomeUnknown
                     ? Tr::tr("while down statement %1 ran, whose outcome is unknown").arg(row.pendingStatement)
                     : Tr::tr("part-way"))
            .arg(*row.rollbackDone)
            .arg(row.rollbackTotal)
            .arg(repair);
    switch (state) {
    case PartialRun::Running:
        if (row.isRollingBack())
            return Tr::tr("rolling back now, at down statement %1 of %2: %3 holds the lock")
                .arg(row.hasUnknownOutcome() ? row.pendingStatement : *row.rollbackDone + 1)
                .arg(row.rollbackTotal)
                .arg(holder->describe());
        return Tr::tr("running now, at statement %1 of %2: %3 holds the lock")
            .arg(row.hasUnknownOutcome() ? row.pendingStatement : row.statementsDone + 1)
            .arg(row.statementsTotal)
            .arg(holder->describe());
    case PartialRun::OutcomeUnknown:
        return Tr::tr("statement %1 of %2: outcome unknown: the run stopped while it ran. Resume it (up --resume asks "
                      "the catalog where it can tell; else add --statement-ran or --statement-did-not-run once you "
                      "have looked) or %3")
            .arg(row.pendingStatement)
            .arg(row.statementsTotal)
            .arg(repair);
    default:
        return Tr::tr("stopped after %1 of %2 statements: resume it (up --resume) or %3")
            .arg(row.statementsDone)
            .arg(row.statementsTotal)
            .arg(repair);
    }
}

} // namespace tidemark
