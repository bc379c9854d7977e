// Runner: taking the migration lock, and breaking one its holder provably left behind.
#include "core/tr.h"
#include "runner.h"

#include <QElapsedTimer>

#include <algorithm>

namespace tidemark {

std::optional<RunOutcome> Runner::takeLock(StepContext &context, QString *message)
{
    LockWait wait;
    wait.timeout = context.options.lockTimeout;
    wait.cancel = context.options.cancel;
    QElapsedTimer waited;
    waited.start();
    wait.onWaiting = [&](const LockHolder &holder) {
        context.lockHolder = holder.describe();
        RunEvent waiting;
        waiting.type = RunEvent::Type::LockWaiting;
        waiting.holder = holder.describe();
        waiting.durationMs = std::max<qint64>(0, wait.timeout.count() - waited.elapsed());
        emitEvent(waiting, context);
    };
    const MigrationLock::Attempt attempt = acquireLock(*context.lock, wait);
    if (!context.lockHolder.isEmpty())
        context.lockWaitMs = waited.elapsed();
    if (!attempt.error.isEmpty()) {
        *message = Tr::tr("could not take the migration lock: %1").arg(attempt.error);
        return RunOutcome::Failed;
    }
    if (!attempt.acquired) {
        const QString who = attempt.holder ? attempt.holder->describe() : Tr::tr("another connection");
        if (flagSet(context.options.cancel)) {
            *message = Tr::tr("stopped waiting for the migration lock, held by %1; nothing ran").arg(who);
            return RunOutcome::Cancelled;
        }
        *message = Tr::tr("the database is locked by %1; waited %2 s. Try again when that run has finished.")
                       .arg(who)
                       .arg(context.options.lockTimeout.count() / 1000.0);
        return RunOutcome::LockNotAcquired;
    }
    RunEvent acquired;
    acquired.type = RunEvent::Type::LockAcquired;
    if (attempt.tookOverStale) {
        context.tookOverStale = true;
        context.lockHolder = attempt.holder->describe();
        context.staleReason = attempt.holder->staleReason;
        acquired.holder = attempt.holder->describe();
        acquired.message = Tr::tr("took over a stale lock left by %1: %2").arg(acquired.holder, context.staleReason);
    }
    emitEvent(acquired, context);
    QString error;
    if (!m_history.ensureTables(&error, &context.upgraded)) {
        context.lock->release();
        *message = Tr::tr("could not create the history tables: %1").arg(error);
        return RunOutcome::Failed;
    }
    return std::nullopt;
}

RunResult Runner::breakStaleLock(const RunOptions &options)
{
    RunOptions once = options;
    once.lockTimeout = std::chrono::milliseconds(0); // one look: a live holder is never waited for here
    const std::unique_ptr<StepContext> scope = startRun(once, {Tr::tr("break the stale migration lock")});
    StepContext &context = *scope;
    if (m_dialect.kind() != DatabaseKind::Sqlite)
        return finish(context, RunOutcome::Refused,
                      Tr::tr("the database server releases this lock when the holder's session ends; Tidemark never "
                             "ends another session. Nothing was changed."));
    QString message;
    if (const std::optional<RunOutcome> outcome = takeLock(context, &message)) {
        if (*outcome == RunOutcome::LockNotAcquired)
            message = Tr::tr("%1 holds the migration lock and may still be running: Tidemark never breaks a live "
                             "lock. Nothing was changed.")
                          .arg(context.lockHolder.isEmpty() ? Tr::tr("another run") : context.lockHolder);
        return finish(context, *outcome, message);
    }
    context.guard.emplace(*context.lock);
    m_history.setFence(context.lock->fence());
    if (!context.tookOverStale)
        return finish(context, RunOutcome::Refused,
                      Tr::tr("nobody holds the migration lock any more: there was nothing to break"));
    QString error;
    if (!recordRunStart(context, {}, &error))
        return finish(context, RunOutcome::Failed,
                      Tr::tr("the lock was taken over but that could not be recorded, so it is released again: %1")
                          .arg(error));
    return finish(context, RunOutcome::Succeeded,
                  Tr::tr("broke the stale lock left by %1 (%2), and released it; nothing ran")
                      .arg(context.lockHolder, context.staleReason));
}

} // namespace tidemark
