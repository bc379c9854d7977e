// Runner::runWithoutTransaction: a migration that cannot run in one transaction, recorded statement by statement
// so that a crash at any point leaves its history true (docs/ARCHITECTURE.md, section 4).
#include "core/checksum.h"
#include "core/tr.h"
#include "database/sqlerror.h"
#include "runner.h"
#include "statementtransaction.h"

#include <QCoreApplication>
#include <QSqlError>

namespace tidemark {
namespace {

// COMMIT / END close a script's transaction with a commit.
bool closesWithCommit(const QByteArray &statement)
{
    const QByteArray word = statement.trimmed().left(6).toUpper();
    return word.startsWith("COMMIT") || word.startsWith("END");
}

} // namespace

bool Runner::runWithoutTransaction(const PlanStep &step, StepContext &context)
{
    QElapsedTimer timer;
    timer.start();
    const int total = int(context.statements.size());
    QString error;
    int next = step.resumeFrom;
    // Before anything of it runs, and committed: a crash part-way leaves the start, the partial row tells how far.
    if (!m_history.appendEvent(startEvent(step, context), &error)) {
        fail(step, context, -1, Tr::tr("its start could not be recorded: %1").arg(error));
        return false;
    }
    if (step.resumes) {
        context.installedRank = step.installedRank;
    } else if (step.direction == Direction::Up) {
        // The history row goes in first and counts statements as they run: a failure part-way stays visible.
        std::optional<qint64> rank;
        if (!m_history.insertApplied(appliedRow(step, context, 0, 0), &error)
            || !(rank = m_history.lastInsertedRank(step.version, context.result.runId, &error))) {
            fail(step, context, -1, error);
            return false;
        }
        context.installedRank = *rank;
    } else {
        // The row says the rollback has begun and counts its statements: a down stopped part-way is not Applied.
        context.installedRank = step.installedRank;
        if (!m_history.beginRollback(step.installedRank, total, &error)) {
            fail(step, context, -1, error);
            return false;
        }
    }
    while (next < total) {
        if (flagSet(context.options.cancel)) {
            failPartWay(step, context, next, Tr::tr("cancelled before statement %1 of %2").arg(next + 1).arg(total));
            return false;
        }
        const int end = unitEnd(context, next);
        if (unitSharesTransaction(context, next, end)) {
            if (!runUnitInTransaction(step, context, next, end, timer))
                return false;
            next = end;
        } else {
            if (!runRecordedStatement(step, context, next, timer))
                return false;
            ++next;
        }
    }
    if (context.inTransaction) {
        failPartWay(step, context, total - 1, Tr::tr("the script began a transaction and never committed it"));
        return false;
    }
    // A down's row goes together with its rollback event; an up's apply event went with its last statement's
    // progress, unless it has none.
    const bool recorded = step.direction == Direction::Up
                              ? context.applyRecorded
                                    || m_history.appendEvent(outcomeEvent(step, context, HistoryEvent::Type::Apply,
                                                                          timer.elapsed(), total - step.resumeFrom),
                                                             &error)
                              : beginTransaction(&error) && recordStep(step, context, timer.elapsed(), &error) && m_db.commit();
    if (!recorded) {
        if (step.direction == Direction::Down)
            m_db.rollback();
        fail(step, context, -1, Tr::tr("every statement ran, but recording it failed: %1").arg(error));
        return false;
    }
    emitFinished(step, context, timer.elapsed());
    return true;
}

int Runner::unitEnd(const StepContext &context, int first)
{
    int end = first + 1;
    while (end < context.statements.size() && context.statements.at(end).continuesUnit)
        ++end;
    return end;
}

bool Runner::unitSharesTransaction(const StepContext &context, int first, int end) const
{
    if (context.inTransaction)
        return false; // the script's own transaction: its statements are recorded inside it, one by one
    for (int i = first; i < end; ++i)
        if (!canShareTransaction(context.statements.at(i), context.script, m_dialect.kind()))
            return false;
    return true;
}

bool Runner::runStatement(const PlanStep &step, StepContext &context, int index)
{
    if (executeStatement(step, context, index))
        return true;
    failPartWay(step, context, index, context.statementError);
    return false;
}

// A unit whose statements can all run in a transaction runs in one, with its progress: a crash leaves all of it
// done and recorded, or none of it.
bool Runner::runUnitInTransaction(const PlanStep &step, StepContext &context, int first, int end,
                                  const QElapsedTimer &timer)
{
    if (QString error; !beginTransaction(&error)) {
        failPartWay(step, context, first, Tr::tr("could not begin a transaction: %1").arg(error));
        return false;
    }
    context.inTransaction = true;
    for (int i = first; i < end; ++i)
        if (!runStatement(step, context, i))
            return false; // rolled back, and what is committed read back
    if (flagSet(context.options.cancel)) {
        failPartWay(step, context, first, Tr::tr("cancelled; statements %1 to %2 were rolled back").arg(first + 1).arg(end));
        return false;
    }
    QString error;
    if (!recordProgress(step, context, end, timer, &error) || !context.lock->refresh(&error)) {
        failPartWay(step, context, first, error);
        return false;
    }
    context.inTransaction = false;
    if (!m_db.commit()) {
        m_db.rollback();
        failPartWay(step, context, first, Tr::tr("commit failed: %1").arg(databaseMessage(m_db.lastError())));
        return false;
    }
    return true;
}

// A statement that cannot share a transaction with its progress: the intent is recorded before it is sent, the
// completion after, so a crash in between leaves its outcome marked unknown, never guessed. Inside a transaction
// the script opened itself, the progress is written inside it, and commits or rolls back with its statements.
bool Runner::runRecordedStatement(const PlanStep &step, StepContext &context, int index, const QElapsedTimer &timer)
{
    const SqlStatement &statement = context.statements.at(index);
    const bool transactionControl = statement.kind == SqlStatement::Kind::TransactionControl;
    const bool insideScriptTransaction = context.inTransaction && !transactionControl
                                         && canShareTransaction(statement, context.script, m_dialect.kind());
    const bool commits = transactionControl && context.inTransaction && closesWithCommit(statement.bytes(context.script));
    QString error;
    auto recordDone = [&](int done) {
        if (recordProgress(step, context, done, timer, &error))
            return true;
        failPartWay(step, context, index, Tr::tr("statement %1 ran, but its progress could not be recorded: %2")
                                              .arg(index + 1)
                                              .arg(error));
        return false;
    };
    if (commits) {
        // Recorded inside the transaction the COMMIT ends: done exactly when it commits.
        if (!recordDone(index + 1))
            return false;
        return runStatement(step, context, index);
    }
    const bool needsIntent = !transactionControl && !insideScriptTransaction;
    if (needsIntent
        && !m_history.recordIntent(context.installedRank, index + 1, scriptChecksum(statement.text(context.script)),
                                   &error)) {
        failPartWay(step, context, index, Tr::tr("statement %1 was not sent: %2").arg(index + 1).arg(error));
        return false;
    }
    if (!executeStatement(step, context, index)) {
        // The server answered with an error: the statement did not take effect. Clear the intent.
        if (needsIntent)
            recordProgress(step, context, index, timer, &error);
        failPartWay(step, context, index, context.statementError);
        return false;
    }
    if (!recordDone(index + 1))
        return false;
    if (!context.inTransaction && !context.lock->refresh(&error)) {
        failPartWay(step, context, index, error);
        return false;
    }
    return true;
}

bool Runner::recordProgress(const PlanStep &step, StepContext &context, int done, const QElapsedTimer &timer,
                            QString *error)
{
    if (step.direction == Direction::Down)
        return m_history.updateRollbackProgress(context.installedRank, done, error);
    if (done < context.statements.size())
        return m_history.updateProgress(context.installedRank, done, timer.elapsed(), error);
    // The last statement's progress goes with the apply event: the history never has the migration done without
    // the event that says so. Inside a transaction (a unit's, the script's) both commit with it.
    const bool ownTransaction = !context.inTransaction;
    if (ownTransaction && !beginTransaction(error))
        return false;
    const HistoryEvent applied = outcomeEvent(step, context, HistoryEvent::Type::Apply, timer.elapsed(),
                                              done - step.resumeFrom);
    bool ok = m_history.updateProgress(context.installedRank, done, timer.elapsed(), error)
              && m_history.appendEvent(applied, error);
    if (ownTransaction) {
        ok = ok && m_db.commit();
        if (!ok) {
            if (error->isEmpty())
                *error = databaseMessage(m_db.lastError());
            m_db.rollback();
        }
    }
    context.applyRecorded = ok;
    return ok;
}

void Runner::failPartWay(const PlanStep &step, StepContext &context, int statementIndex, const QString &error)
{
    fail(step, context, statementIndex, error); // rolls back an open transaction
    // What is committed is the truth: read back how many statements stayed done. Where nothing ran, nothing is kept.
    QString ignored;
    const std::optional<StatementProgress> progress = m_history.readProgress(context.installedRank, &ignored);
    if (!progress || progress->pending != 0)
        return;
    if (step.direction == Direction::Up && progress->done == 0)
        m_history.deleteApplied(context.installedRank, &ignored);
    else if (step.direction == Direction::Down && progress->rollbackDone == 0)
        m_history.clearRollback(context.installedRank, &ignored);
}

} // namespace tidemark
