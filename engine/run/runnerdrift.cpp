// Runner::settleDrift: a modified migration's file accepted or given the applied text back, a missing one's file
// written again. Nothing runs on the database; each is one drift event, under the lock.
#include "core/tr.h"
#include "runner.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tidemark {
namespace {

QString shortChecksum(const QString &checksum)
{
    return checksum.left(12);
}

// Is the history row still the one the DBA saw: the same row, complete, with the same checksum?
bool unchangedSince(const AppliedMigration &seen, const QList<AppliedMigration> &applied)
{
    const AppliedMigration *latest = nullptr;
    for (const AppliedMigration &row : applied)
        if (row.version == seen.version && row.kind == seen.kind)
            latest = &row;
    return latest && latest->installedRank == seen.installedRank && latest->checksum == seen.checksum
           && !latest->isPartial();
}

// Why the action does not fit the migration's state; empty when it does.
QString stateRefusal(const MigrationStatus &migration, DriftAction action, const QString &name)
{
    if (action == DriftAction::RestoreMissingFile) {
        if (migration.state == MigrationState::Missing && migration.applied)
            return {};
        return Tr::tr("%1 is %2, not missing: only a migration whose file is gone is restored from the history")
            .arg(name, migrationStateName(migration.state));
    }
    if (migration.state == MigrationState::Modified && migration.applied && migration.file)
        return {};
    return Tr::tr("%1 is %2, not modified: only a migration whose file was edited after it ran has its file accepted "
                  "or given the applied text back")
        .arg(name, migrationStateName(migration.state));
}

} // namespace

QString driftActionName(DriftAction action)
{
    switch (action) {
    case DriftAction::AcceptFile: return QStringLiteral("accept-file");
    case DriftAction::RestoreAppliedText: return QStringLiteral("restore-file");
    case DriftAction::RestoreMissingFile: return QStringLiteral("restore-missing-file");
    }
    return {};
}

std::optional<DriftAction> restoreActionFor(MigrationState state)
{
    if (state == MigrationState::Modified)
        return DriftAction::RestoreAppliedText;
    if (state == MigrationState::Missing)
        return DriftAction::RestoreMissingFile;
    return std::nullopt;
}

RunResult Runner::settleDrift(const MigrationStatus &migration, DriftAction action, const MigrationFolder &folder,
                              const RunOptions &options)
{
    const QString name = migration.version.toString() + u' ' + migration.description;
    const std::unique_ptr<StepContext> scope =
        startRun(options, {QStringLiteral("drift %1: %2").arg(name, driftActionName(action))});
    StepContext &context = *scope;
    RunResult &result = context.result;
    if (const QString refusal = stateRefusal(migration, action, name); !refusal.isEmpty())
        return finish(context, RunOutcome::Failed, refusal);
    const AppliedMigration &row = *migration.applied;

    const std::optional<QList<AppliedMigration>> applied = lockAndReadHistory(context);
    if (!applied)
        return result; // finished: no lock, or no history
    if (!unchangedSince(row, *applied))
        return finish(context, RunOutcome::Failed,
                      Tr::tr("the history of %1 changed since its status was read; look at status again").arg(name));
    // The file too is as the DBA saw it: under the lock, no one else writes it through Tidemark.
    QString error;
    const std::optional<Migration> now = readMigration(folder, migration.version, row.kind, &error);
    if (migration.file && (!now || now->checksum != migration.file->checksum))
        return finish(context, RunOutcome::Failed,
                      Tr::tr("the file of %1 changed since its status was read; look at status again").arg(name));
    if (!migration.file && now)
        return finish(context, RunOutcome::Failed,
                      Tr::tr("%1 has a file again (%2); look at status again").arg(name, now->script));

    const QString oldChecksum = action == DriftAction::AcceptFile ? row.checksum
                                : migration.file                   ? migration.file->checksum
                                                                   : QString();
    const QString newChecksum = action == DriftAction::AcceptFile ? migration.file->checksum : row.checksum;
    PlanStep step;
    step.version = migration.version;
    step.description = migration.description;
    step.script = migration.script();
    step.checksum = newChecksum;
    // The run's start before any file is touched: a run killed while it writes them shows as a drift run with no end.
    if (!recordRunStart(context, {{Direction::Up, step.version.toString(), step.description, step.script, newChecksum}},
                        &error))
        return finish(context, RunOutcome::Failed,
                      Tr::tr("nothing was changed: the run's start could not be recorded: %1").arg(error));
    FileChanges changes;
    if (action != DriftAction::AcceptFile) {
        const bool written = action == DriftAction::RestoreAppliedText
                                 ? restoreAppliedText(folder, *migration.file, row, changes, &error)
                                 : restoreMissingFiles(folder, row, changes, &error);
        // The folder must read back exactly what ran, or nothing of it stays.
        QString readError;
        const std::optional<Migration> restored =
            written ? readMigration(folder, migration.version, row.kind, &readError) : std::nullopt;
        if (!written || !restored || restored->checksum != row.checksum) {
            const QString why = !written   ? error
                                : !restored ? readError
                                            : Tr::tr("it reads back with checksum %1, not the applied %2")
                                                  .arg(shortChecksum(restored->checksum), shortChecksum(row.checksum));
            const QString undone = changes.undo();
            return finish(context, RunOutcome::Failed,
                          undone.isEmpty()
                              ? Tr::tr("the file of %1 was not restored, and is as it was: %2").arg(name, why)
                              : Tr::tr("the file of %1 was not restored (%2), and could not all be put back: %3")
                                    .arg(name, why, undone));
        }
    }

    const QDir dir(folder.dir);
    QStringList written;
    for (const QString &path : changes.paths())
        written << dir.relativeFilePath(path);
    HistoryEvent event = historyEvent(step, context, HistoryEvent::Type::Drift);
    switch (action) {
    case DriftAction::AcceptFile:
        event.details = Tr::tr("file accepted: checksum %1 in the history replaced by %2 from the file")
                            .arg(shortChecksum(oldChecksum), shortChecksum(newChecksum));
        break;
    case DriftAction::RestoreAppliedText:
        event.details = Tr::tr("file restored from the applied text: checksum %1 of the file replaced by %2 as applied")
                            .arg(shortChecksum(oldChecksum), shortChecksum(newChecksum));
        break;
    case DriftAction::RestoreMissingFile:
        event.details = Tr::tr("missing file restored from the history: %1 written again, checksum %2 as applied")
                            .arg(written.join(QStringLiteral(", ")), shortChecksum(newChecksum));
        break;
    }
    event.data = compactJson({{QStringLiteral("action"), driftActionName(action)},
                          {QStringLiteral("old_checksum"), oldChecksum},
                          {QStringLiteral("new_checksum"), newChecksum},
                          {QStringLiteral("files"), QJsonArray::fromStringList(written)}});

    // The files stay only when the event that says why they changed is recorded.
    const auto failed = [&](const QString &why) {
        const QString undone = changes.undo();
        QString message = Tr::tr("%1 was not recorded: %2").arg(event.details, why);
        if (!written.isEmpty())
            message += undone.isEmpty() ? Tr::tr("; the file is as it was")
                                        : Tr::tr("; the file could not all be put back: %1").arg(undone);
        return finish(context, RunOutcome::Failed, message);
    };
    if (!beginTransaction(&error))
        return failed(error);
    bool ok = true;
    if (action == DriftAction::AcceptFile) {
        const Migration &file = *migration.file;
        ok = m_history.replaceAppliedText(row.installedRank, file.checksum, file.upSql,
                                          file.hasDown ? file.downSql : QString(), &error);
    }
    event.at = QDateTime::currentDateTimeUtc(); // after the run's start, as every event of a run is
    ok = ok && m_history.appendEvent(event, &error) && m_db.commit();
    if (!ok) {
        m_db.rollback();
        return failed(error);
    }
    RunEvent done = stepEvent(step, RunEvent::Type::MigrationApplied);
    done.message = event.details;
    emitEvent(done, context);
    result.stepsDone = 1;
    return finish(context, RunOutcome::Succeeded, Tr::tr("%1: %2; nothing was run").arg(name, event.details));
}

} // namespace tidemark
