#include "runner.h"
#include "tr.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace tidemark {
namespace {


bool flagSet(const std::atomic_bool *flag)
{
    return flag && flag->load();
}

// Releases the lock on every way out of a run.
struct LockGuard
{
    MigrationLock &lock;
    ~LockGuard() { lock.release(); }
};

} // namespace

struct Runner::StepContext
{
    const RunOptions &options;
    RunResult &result;
    MigrationLock &lock;
    QString actor;
    QByteArray script;
    QList<SqlStatement> statements;
    qint64 installedRank = 0; // of the history row written before a step without a transaction
    bool inTransaction = false;
};

Runner::Runner(QSqlDatabase db, const Dialect &dialect, TableNames tables)
    : m_db(std::move(db))
    , m_dialect(dialect)
    , m_tables(std::move(tables))
    , m_history(m_db, m_dialect, m_tables)
{
}

QString Runner::actor() const
{
    const LockIdentity me = LockIdentity::current({});
    const QString dbUser = m_dialect.databaseUser(m_db);
    QString text = me.owner + u'@' + me.host;
    if (!dbUser.isEmpty())
        text += Tr::tr(" as %1").arg(dbUser);
    return text;
}

void Runner::emitEvent(RunEvent event, StepContext &context)
{
    event.runId = context.result.runId;
    if (event.type == RunEvent::Type::MigrationFailed)
        context.result.failure = event;
    if (context.options.onEvent)
        context.options.onEvent(event);
}

RunResult Runner::run(const Plan &plan, const RunOptions &options)
{
    RunResult result;
    result.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const std::unique_ptr<MigrationLock> lock =
        m_dialect.createLock(m_db, m_tables, LockIdentity::current(result.runId));
    StepContext context{options, result, *lock, actor(), {}, {}, 0, false};
    QElapsedTimer runTimer;
    runTimer.start();

    auto finish = [&](RunOutcome outcome, const QString &message) {
        result.outcome = outcome;
        result.message = message;
        RunEvent done;
        done.type = RunEvent::Type::RunFinished;
        done.message = message;
        done.durationMs = runTimer.elapsed();
        emitEvent(done, context);
        return result;
    };

    RunEvent started;
    started.type = RunEvent::Type::RunStarted;
    for (const PlanStep &step : plan.steps)
        started.plan.append(step.label());
    emitEvent(started, context);
    if (plan.refused())
        return finish(RunOutcome::Failed, plan.refusal);
    if (plan.steps.isEmpty())
        return finish(RunOutcome::Succeeded, plan.note.isEmpty() ? Tr::tr("nothing to do") : plan.note);

    LockWait wait;
    wait.timeout = options.lockTimeout;
    wait.cancel = options.cancel;
    wait.onWaiting = [&](const LockHolder &holder) {
        RunEvent waiting;
        waiting.type = RunEvent::Type::LockWaiting;
        waiting.holder = holder.describe();
        emitEvent(waiting, context);
    };
    const MigrationLock::Attempt attempt = acquireLock(*lock, wait);
    if (!attempt.error.isEmpty())
        return finish(RunOutcome::Failed, Tr::tr("could not take the migration lock: %1").arg(attempt.error));
    if (!attempt.acquired) {
        const QString who = attempt.holder ? attempt.holder->describe() : Tr::tr("another connection");
        return finish(RunOutcome::LockNotAcquired,
                      Tr::tr("the database is locked by %1; waited %2 s. Try again when that run has finished.")
                          .arg(who)
                          .arg(options.lockTimeout.count() / 1000.0));
    }
    LockGuard guard{*lock};
    RunEvent acquired;
    acquired.type = RunEvent::Type::LockAcquired;
    if (attempt.tookOverStale) {
        acquired.holder = attempt.holder->describe();
        acquired.message = Tr::tr("took over a stale lock left by %1").arg(acquired.holder);
    }
    emitEvent(acquired, context);

    QString error;
    if (!m_history.ensureTables(&error))
        return finish(RunOutcome::Failed, Tr::tr("could not create the history tables: %1").arg(error));
    // Another run may have done part of the plan while we waited for the lock.
    const std::optional<QList<AppliedMigration>> applied = m_history.readApplied(&error);
    if (!applied)
        return finish(RunOutcome::Failed, Tr::tr("could not read the history table: %1").arg(error));
    QSet<Version> appliedVersions;
    QSet<qint64> appliedRanks;
    for (const AppliedMigration &row : *applied) {
        appliedVersions.insert(row.version);
        appliedRanks.insert(row.installedRank);
    }

    for (const PlanStep &step : plan.steps) {
        if (result.stepsDone > 0 && flagSet(options.stopAfterCurrent))
            return finish(RunOutcome::Stopped, Tr::tr("stopped as asked after %n migration(s)", nullptr, result.stepsDone));
        const bool alreadyDone = step.direction == Direction::Up ? appliedVersions.contains(step.version)
                                                                 : !appliedRanks.contains(step.installedRank);
        if (alreadyDone) {
            RunEvent skipped = stepEvent(step, RunEvent::Type::MigrationSkipped);
            skipped.message = Tr::tr("already done by another run");
            emitEvent(skipped, context);
            continue;
        }
        if (!executeStep(step, context)) {
            const RunOutcome outcome = flagSet(options.cancel) ? RunOutcome::Cancelled : RunOutcome::Failed;
            return finish(outcome, result.failure ? result.failure->error : Tr::tr("the run failed"));
        }
        ++result.stepsDone;
    }
    return finish(RunOutcome::Succeeded, Tr::tr("%n migration(s) done", nullptr, result.stepsDone));
}

bool Runner::executeStep(const PlanStep &step, StepContext &context)
{
    RunEvent started = stepEvent(step, RunEvent::Type::MigrationStarted);
    started.statementCount = step.statementCount;
    emitEvent(started, context);

    context.script = step.sql.toUtf8();
    const SplitResult split = splitSql(context.script, m_dialect.sqlDialect());
    if (!split.ok()) {
        fail(step, context, -1, Tr::tr("line %1: %2").arg(split.errorLine).arg(split.error));
        return false;
    }
    context.statements = split.statements;
    const bool transactional = step.transactional && m_dialect.transactionalDdl();
    return transactional ? runTransactional(step, context) : runWithoutTransaction(step, context);
}

bool Runner::executeStatement(const PlanStep &step, StepContext &context, int index)
{
    const SqlStatement &statement = context.statements.at(index);
    QElapsedTimer timer;
    timer.start();
    QSqlQuery query(m_db);
    if (!query.exec(statement.text(context.script))) {
        const QString message = query.lastError().text();
        fail(step, context, index, message);
        return false;
    }
    RunEvent executed = stepEvent(step, RunEvent::Type::StatementExecuted);
    executed.statementIndex = index;
    executed.statementCount = int(context.statements.size());
    executed.line = statement.line;
    executed.durationMs = timer.elapsed();
    executed.rows = query.isSelect() ? -1 : query.numRowsAffected();
    emitEvent(executed, context);
    return true;
}

bool Runner::runTransactional(const PlanStep &step, StepContext &context)
{
    QElapsedTimer timer;
    timer.start();
    if (!m_db.transaction()) {
        fail(step, context, -1, Tr::tr("could not begin a transaction: %1").arg(m_db.lastError().text()));
        return false;
    }
    context.inTransaction = true;
    for (int i = 0; i < context.statements.size(); ++i) {
        if (flagSet(context.options.cancel)) {
            fail(step, context, i, Tr::tr("cancelled before statement %1; the migration was rolled back").arg(i + 1));
            return false;
        }
        if (!executeStatement(step, context, i)) {
            // fail() already rolled back and recorded the failure
            return false;
        }
    }
    QString error;
    if (!recordStep(step, context, timer.elapsed(), &error) || !context.lock.refresh(&error)) {
        fail(step, context, -1, error);
        return false;
    }
    if (!m_db.commit()) {
        context.inTransaction = false; // a failed COMMIT has already ended the transaction in SQLite
        m_db.rollback();
        fail(step, context, -1, Tr::tr("commit failed: %1").arg(m_db.lastError().text()));
        return false;
    }
    context.inTransaction = false;
    emitFinished(step, context, timer.elapsed());
    return true;
}

bool Runner::runWithoutTransaction(const PlanStep &step, StepContext &context)
{
    QElapsedTimer timer;
    timer.start();
    const int total = int(context.statements.size());
    QString error;
    if (step.direction == Direction::Up) {
        // The history row goes in first and counts statements as they run: a failure part-way stays visible.
        std::optional<qint64> rank;
        if (!m_history.insertApplied(appliedRow(step, context, 0, 0), &error)
            || !(rank = m_history.lastInsertedRank(step.version, context.result.runId, &error))) {
            fail(step, context, -1, error);
            return false;
        }
        context.installedRank = *rank;
    }
    for (int i = 0; i < total; ++i) {
        const bool cancelled = flagSet(context.options.cancel);
        if (cancelled || !executeStatement(step, context, i)) {
            if (cancelled)
                fail(step, context, i, Tr::tr("cancelled before statement %1 of %2; the ones before it ran without a "
                                          "transaction and stay done").arg(i + 1).arg(total));
            if (step.direction == Direction::Up && i == 0)
                m_history.deleteApplied(context.installedRank, &error); // nothing ran: nothing to keep
            return false;
        }
        if (step.direction == Direction::Up
            && !m_history.updateProgress(context.installedRank, i + 1, timer.elapsed(), &error)) {
            fail(step, context, i, Tr::tr("statement ran, but its progress could not be recorded: %1").arg(error));
            return false;
        }
        if (!context.lock.refresh(&error)) {
            fail(step, context, i, error);
            return false;
        }
    }
    const bool recorded = step.direction == Direction::Up
                              ? m_history.appendEvent(historyEvent(step, context, HistoryEvent::Type::Apply), &error)
                              : recordStep(step, context, timer.elapsed(), &error);
    if (!recorded) {
        fail(step, context, -1, Tr::tr("every statement ran, but recording it failed: %1").arg(error));
        return false;
    }
    emitFinished(step, context, timer.elapsed());
    return true;
}

AppliedMigration Runner::appliedRow(const PlanStep &step, const StepContext &context, qint64 elapsedMs,
                                    int statementsDone) const
{
    AppliedMigration row;
    row.version = step.version;
    row.description = step.description;
    row.kind = step.kind;
    row.script = step.script;
    row.checksum = step.checksum;
    row.upSql = step.upSql;
    row.downSql = step.downSql;
    row.appliedBy = context.actor;
    row.appliedAt = QDateTime::currentDateTimeUtc();
    row.executionMs = elapsedMs;
    row.statementsDone = statementsDone;
    row.statementsTotal = int(context.statements.size());
    row.runId = context.result.runId;
    return row;
}

HistoryEvent Runner::historyEvent(const PlanStep &step, const StepContext &context, HistoryEvent::Type type) const
{
    HistoryEvent event;
    event.type = type;
    event.version = step.version;
    event.description = step.description;
    event.script = step.script;
    event.runId = context.result.runId;
    event.actor = context.actor;
    event.at = QDateTime::currentDateTimeUtc();
    return event;
}

bool Runner::recordStep(const PlanStep &step, StepContext &context, qint64 elapsedMs, QString *error)
{
    if (step.direction == Direction::Up) {
        const int total = int(context.statements.size());
        return m_history.insertApplied(appliedRow(step, context, elapsedMs, total), error)
               && m_history.appendEvent(historyEvent(step, context, HistoryEvent::Type::Apply), error);
    }
    return m_history.deleteApplied(step.installedRank, error)
           && m_history.appendEvent(historyEvent(step, context, HistoryEvent::Type::Rollback), error);
}

void Runner::emitFinished(const PlanStep &step, StepContext &context, qint64 elapsedMs)
{
    RunEvent done = stepEvent(step, step.direction == Direction::Up ? RunEvent::Type::MigrationApplied
                                                                    : RunEvent::Type::MigrationRolledBack);
    done.statementCount = int(context.statements.size());
    done.durationMs = elapsedMs;
    emitEvent(done, context);
}

RunEvent Runner::stepEvent(const PlanStep &step, RunEvent::Type type)
{
    RunEvent event;
    event.type = type;
    event.direction = step.direction;
    event.version = step.version;
    event.description = step.description;
    event.script = step.script;
    return event;
}

void Runner::fail(const PlanStep &step, StepContext &context, int statementIndex, const QString &error)
{
    if (context.inTransaction) {
        m_db.rollback();
        context.inTransaction = false;
    }
    RunEvent failed = stepEvent(step, RunEvent::Type::MigrationFailed);
    failed.statementCount = int(context.statements.size());
    if (statementIndex >= 0 && statementIndex < context.statements.size()) {
        failed.statementIndex = statementIndex;
        failed.line = context.statements.at(statementIndex).line;
        failed.error = Tr::tr("%1, statement %2 at line %3: %4")
                           .arg(step.script)
                           .arg(statementIndex + 1)
                           .arg(failed.line)
                           .arg(error);
    } else {
        failed.error = Tr::tr("%1: %2").arg(step.script, error);
    }
    HistoryEvent event = historyEvent(step, context, HistoryEvent::Type::Fail);
    event.error = failed.error;
    QString recordError;
    if (!m_history.appendEvent(event, &recordError))
        failed.message = Tr::tr("the failure could not be recorded in %1: %2").arg(m_tables.events, recordError);
    emitEvent(failed, context);
}

} // namespace tidemark
