#include "core/tr.h"
#include "database/sqlerror.h"
#include "runner.h"
#include "sql/sqlsplitter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace tidemark {
namespace {

// BEGIN / START TRANSACTION open one; COMMIT / END / ROLLBACK close it.
bool opensTransaction(const QByteArray &statement)
{
    const QByteArray word = statement.trimmed().left(5).toUpper();
    return word == "BEGIN" || word == "START";
}


bool connectionLost(const QSqlDatabase &db)
{
    QSqlQuery probe(db);
    return !probe.exec(QStringLiteral("SELECT 1"));
}

} // namespace


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
    return actorText(me.owner, me.host, m_dialect.databaseUser(m_db));
}

void Runner::emitEvent(RunEvent event, StepContext &context)
{
    event.runId = context.result.runId;
    if (event.type == RunEvent::Type::MigrationFailed)
        context.result.failure = event;
    if (context.options.onEvent)
        context.options.onEvent(event);
}

RunResult Runner::finish(StepContext &context, RunOutcome outcome, const QString &message)
{
    context.result.outcome = outcome;
    context.result.message = message;
    if (context.runStartRecorded) {
        QString error;
        if (!recordRunEnd(context, &error))
            context.result.message += Tr::tr("\nThe run's end could not be recorded in %1: %2").arg(m_tables.events, error);
    }
    RunEvent done;
    done.type = RunEvent::Type::RunFinished;
    done.message = message;
    done.durationMs = context.runTimer.elapsed();
    emitEvent(done, context);
    return context.result;
}

std::unique_ptr<Runner::StepContext> Runner::startRun(const RunOptions &options, const QStringList &planLabels)
{
    const QString runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto context = std::make_unique<StepContext>(
        options, m_dialect.createLock(m_db, m_tables, LockIdentity::current(runId)), actor(), runId);
    RunEvent started;
    started.type = RunEvent::Type::RunStarted;
    started.plan = planLabels;
    emitEvent(started, *context);
    return context;
}

RunResult Runner::run(const Plan &plan, const RunOptions &options)
{
    QStringList labels;
    for (const PlanStep &step : plan.steps)
        labels.append(step.label());
    const std::unique_ptr<StepContext> scope = startRun(options, labels);
    StepContext &context = *scope;
    if (plan.refused() && !options.replanUnderLock)
        return finish(context, RunOutcome::Refused, plan.refusal);
    if (plan.steps.isEmpty() && !plan.refused())
        return finish(context, RunOutcome::Succeeded, plan.note.isEmpty() ? Tr::tr("nothing to do") : plan.note);

    // Another run may have done part of the plan while we waited for the lock: the history read under it says.
    const std::optional<QList<AppliedMigration>> applied = lockAndReadHistory(context);
    if (!applied)
        return context.result; // finished: no lock, or no history
    const Plan fresh = options.replanUnderLock ? options.replanUnderLock() : plan;
    if (fresh.refused())
        return finish(context, RunOutcome::Refused, fresh.refusal);
    if (fresh.steps.isEmpty())
        return finish(context, RunOutcome::Succeeded, fresh.note.isEmpty() ? Tr::tr("nothing to do") : fresh.note);
    QString error;
    if (!recordRunStart(context, plannedMigrations(fresh), &error))
        return finish(context, RunOutcome::Failed, Tr::tr("nothing ran: the run's start could not be recorded: %1").arg(error));
    return runSteps(fresh, *applied, context);
}

std::optional<QList<AppliedMigration>> Runner::lockAndReadHistory(StepContext &context)
{
    QString message;
    if (const std::optional<RunOutcome> refused = takeLock(context, &message)) {
        finish(context, *refused, message);
        return std::nullopt;
    }
    context.guard.emplace(*context.lock);
    m_history.setFence(context.lock->fence());
    QString error;
    std::optional<QList<AppliedMigration>> applied = m_history.readApplied(&error);
    if (!applied)
        finish(context, RunOutcome::Failed, Tr::tr("could not read the history table: %1").arg(error));
    return applied;
}

RunResult Runner::runSteps(const Plan &plan, const QList<AppliedMigration> &applied, StepContext &context)
{
    const RunOptions &options = context.options;
    RunResult &result = context.result;
    if (options.singleTransaction) {
        if (QString why = singleTransactionRefusal(plan); !why.isEmpty())
            return finish(context, RunOutcome::Refused, why);
    }

    QHash<HistoryIdentity, AppliedMigration> latestRow;
    QSet<qint64> appliedRanks;
    for (const AppliedMigration &row : applied) {
        latestRow.insert(HistoryIdentity::of(row), row);
        appliedRanks.insert(row.installedRank);
    }
    auto alreadyDone = [&](const PlanStep &step) {
        if (step.direction == Direction::Down)
            return !appliedRanks.contains(step.installedRank);
        const auto row = latestRow.constFind(HistoryIdentity::of(step));
        const bool found = row != latestRow.cend();
        if (step.resumes) // another run may have resumed or settled it meanwhile
            return !found || row->statementsDone != step.resumeFrom || row->pendingStatement != step.pendingStatement;
        if (step.kind == MigrationKind::Repeatable)
            return found && row->checksum == step.checksum && !row->isPartial();
        return found;
    };

    if (options.singleTransaction) {
        if (QString error; !beginTransaction(&error))
            return finish(context, RunOutcome::Failed, Tr::tr("could not begin a transaction: %1").arg(error));
        context.inTransaction = true;
        context.singleTransaction = true;
    }
    for (const PlanStep &step : plan.steps) {
        if (result.stepsDone > 0 && flagSet(options.stopAfterCurrent) && !options.singleTransaction)
            return finish(context, RunOutcome::Stopped,
                          Tr::tr("stopped as asked; migrations done: %1").arg(result.stepsDone));
        if (alreadyDone(step)) {
            RunEvent skipped = stepEvent(step, RunEvent::Type::MigrationSkipped);
            skipped.message = Tr::tr("already done by another run");
            emitEvent(skipped, context);
            continue;
        }
        PlanStep settled = step;
        if (step.resumes && step.pendingStatement > 0) {
            const std::optional<int> from = settlePendingStatement(step, context);
            if (!from)
                return finish(context, context.refusal.isEmpty() ? RunOutcome::Failed : RunOutcome::Refused,
                              context.refusal.isEmpty() ? context.statementError : context.refusal);
            settled.resumeFrom = *from;
            settled.pendingStatement = 0;
        }
        if (!executeStep(settled, context)) {
            const RunOutcome outcome = flagSet(options.cancel) ? RunOutcome::Cancelled : RunOutcome::Failed;
            QString why = result.failure ? result.failure->error : Tr::tr("the run failed");
            if (options.singleTransaction && result.stepsDone > 0)
                why += Tr::tr("\nThe whole run was one transaction: the migrations before it in this run (%1) were rolled back "
                              "too.").arg(result.stepsDone);
            if (options.singleTransaction)
                result.stepsDone = 0;
            return finish(context, outcome, why);
        }
        ++result.stepsDone;
    }
    if (options.singleTransaction && !m_db.commit()) {
        const QString why = Tr::tr("commit failed, nothing was applied: %1").arg(databaseMessage(m_db.lastError()));
        m_db.rollback();
        result.stepsDone = 0;
        return finish(context, RunOutcome::Failed, why);
    }
    return finish(context, RunOutcome::Succeeded, Tr::tr("migrations done: %1").arg(result.stepsDone));
}

QString Runner::singleTransactionRefusal(const Plan &plan) const
{
    if (!m_dialect.transactionalDdl())
        return Tr::tr("--single-transaction needs a database whose DDL can be rolled back; this one commits DDL at once");
    for (const PlanStep &step : plan.steps)
        if (!step.transactional)
            return Tr::tr("--single-transaction cannot include %1: %2").arg(step.label(), step.whyNoTransaction);
    return {};
}

bool Runner::executeStep(const PlanStep &step, StepContext &context)
{
    RunEvent started = stepEvent(step, RunEvent::Type::MigrationStarted);
    started.statementCount = step.statementCount;
    emitEvent(started, context);
    context.stepTimer.start();
    context.applyRecorded = false;

    if (!step.blockedReason.isEmpty()) {
        fail(step, context, -1, step.blockedReason);
        return false;
    }
    context.script = step.sql.toUtf8();
    const SplitResult split = splitMigrationSql(context.script, m_dialect.kind());
    if (!split.ok()) {
        fail(step, context, -1, Tr::tr("line %1: %2").arg(step.fileLine(split.errorLine)).arg(split.error));
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
    if (context.options.inStatement)
        context.options.inStatement->store(true);
    const bool ran = query.exec(statement.text(context.script));
    if (context.options.inStatement)
        context.options.inStatement->store(false);
    if (!ran) {
        context.statementError = databaseMessage(query.lastError());
        if (flagSet(context.options.cancel))
            context.statementError = Tr::tr("cancelled while it ran (%1)").arg(context.statementError);
        return false;
    }
    if (statement.kind == SqlStatement::Kind::TransactionControl)
        context.inTransaction = opensTransaction(statement.bytes(context.script));
    RunEvent executed = stepEvent(step, RunEvent::Type::StatementExecuted);
    executed.statementIndex = index;
    executed.statementCount = int(context.statements.size());
    executed.line = step.fileLine(statement.line);
    executed.durationMs = timer.elapsed();
    executed.rows = query.isSelect() ? -1 : query.numRowsAffected();
    emitEvent(executed, context);
    return true;
}

bool Runner::runTransactional(const PlanStep &step, StepContext &context)
{
    QElapsedTimer timer;
    timer.start();
    if (!context.singleTransaction) {
        if (QString error; !beginTransaction(&error)) {
            fail(step, context, -1, Tr::tr("could not begin a transaction: %1").arg(error));
            return false;
        }
        context.inTransaction = true;
    }
    // Inside the transaction: a migration rolled back leaves its fail event, not a start without an end.
    QString startError;
    if (!m_history.appendEvent(startEvent(step, context), &startError)) {
        fail(step, context, -1, Tr::tr("its start could not be recorded: %1").arg(startError));
        return false;
    }
    for (int i = 0; i < context.statements.size(); ++i) {
        if (flagSet(context.options.cancel)) {
            fail(step, context, i, Tr::tr("cancelled before statement %1; the migration was rolled back").arg(i + 1));
            return false;
        }
        if (!executeStatement(step, context, i)) {
            fail(step, context, i,
                 flagSet(context.options.cancel)
                     ? Tr::tr("%1; the migration was rolled back").arg(context.statementError)
                     : context.statementError);
            return false;
        }
    }
    if (flagSet(context.options.cancel)) { // the last statement was stopped without an error (MySQL's SLEEP)
        fail(step, context, -1, Tr::tr("cancelled; the migration was rolled back"));
        return false;
    }
    QString error;
    if (!recordStep(step, context, timer.elapsed(), &error) || !context.lock->refresh(&error)) {
        fail(step, context, -1, error);
        return false;
    }
    if (context.singleTransaction) {
        emitFinished(step, context, timer.elapsed());
        return true;
    }
    if (!m_db.commit()) {
        context.inTransaction = false; // a failed COMMIT has already ended the transaction in SQLite
        m_db.rollback();
        fail(step, context, -1, Tr::tr("commit failed: %1").arg(databaseMessage(m_db.lastError())));
        return false;
    }
    context.inTransaction = false;
    emitFinished(step, context, timer.elapsed());
    return true;
}

AppliedMigration Runner::appliedRow(const PlanStep &step, const StepContext &context, qint64 elapsedMs,
                                    int statementsDone) const
{
    AppliedMigration row = step.appliedRow();
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
    event.checksum = step.checksum;
    return event;
}

HistoryEvent Runner::outcomeEvent(const PlanStep &step, const StepContext &context, HistoryEvent::Type type,
                                  qint64 elapsedMs, int statements) const
{
    HistoryEvent event = historyEvent(step, context, type);
    event.durationMs = elapsedMs;
    event.statements = statements;
    event.sql = step.sql;
    return event;
}

HistoryEvent Runner::startEvent(const PlanStep &step, const StepContext &context) const
{
    HistoryEvent event = historyEvent(step, context, HistoryEvent::Type::Start);
    event.statements = int(context.statements.size());
    event.details = step.direction == Direction::Up ? QStringLiteral("up") : QStringLiteral("down");
    return event;
}

bool Runner::recordStep(const PlanStep &step, StepContext &context, qint64 elapsedMs, QString *error)
{
    if (step.direction == Direction::Up) {
        const int total = int(context.statements.size());
        return m_history.insertApplied(appliedRow(step, context, elapsedMs, total), error)
               && m_history.appendEvent(outcomeEvent(step, context, HistoryEvent::Type::Apply, elapsedMs, total), error);
    }
    return m_history.deleteApplied(step.installedRank, error)
           && m_history.appendEvent(outcomeEvent(step, context, HistoryEvent::Type::Rollback, elapsedMs,
                                                 int(context.statements.size())),
                                    error);
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
        failed.line = step.fileLine(context.statements.at(statementIndex).line);
        failed.error = Tr::tr("%1, statement %2 at line %3: %4")
                           .arg(step.script)
                           .arg(statementIndex + 1)
                           .arg(failed.line)
                           .arg(error);
    } else {
        failed.error = Tr::tr("%1: %2").arg(step.script, error);
    }
    // A cancel is the user's decision, not a failure of the migration: it gets an event of its own.
    HistoryEvent event = outcomeEvent(step, context,
                                      flagSet(context.options.cancel) ? HistoryEvent::Type::Cancel : HistoryEvent::Type::Fail,
                                      context.stepTimer.isValid() ? context.stepTimer.elapsed() : 0,
                                      std::max(statementIndex, 0));
    event.error = failed.error;
    event.errorStatement = failed.statementIndex + 1; // 0 when no statement had started
    event.errorLine = failed.line;
    QString recordError;
    // The connection may be what failed: then connect again to record the failure, and say why if even that fails.
    if (!m_history.appendEvent(event, &recordError) && context.options.reconnect && connectionLost(m_db)) {
        QString reconnectError;
        if (context.options.reconnect(&reconnectError)) {
            m_history.reconnected();
            recordError.clear();
            m_history.appendEvent(event, &recordError);
        } else {
            recordError += QStringLiteral("; ") + reconnectError;
        }
    }
    if (!recordError.isEmpty())
        failed.message = Tr::tr("the failure could not be recorded in %1: %2. The history keeps only what had "
                                "committed: run status once the database answers again")
                             .arg(m_tables.events, recordError);
    emitEvent(failed, context);
}

} // namespace tidemark
