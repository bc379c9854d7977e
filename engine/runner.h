#pragma once

#include "dialect.h"
#include "historystore.h"
#include "plan.h"
#include "runevent.h"

#include <QSqlDatabase>

#include <atomic>
#include <chrono>
#include <functional>
#include <optional>

namespace tidemark {

enum class RunOutcome {
    Succeeded,
    Failed,          // a migration failed and was rolled back (or stopped part-way where it cannot be)
    LockNotAcquired, // another run holds the lock
    Stopped,         // stopped after the current migration, as asked
    Cancelled,       // cancelled between statements; the current migration was rolled back
};

struct RunOptions
{
    std::chrono::milliseconds lockTimeout{std::chrono::seconds(30)};
    const std::atomic_bool *stopAfterCurrent = nullptr;
    const std::atomic_bool *cancel = nullptr;
    std::function<void(const RunEvent &)> onEvent;
};

struct RunResult
{
    RunOutcome outcome = RunOutcome::Succeeded;
    QString runId;
    int stepsDone = 0;
    QString message;                // what happened, for a person
    std::optional<RunEvent> failure; // the MigrationFailed event, when one failed
};

// Executes a plan on one connection under the database lock: one transaction per migration where the
// database allows, with the history row and event written inside it, so nothing is ever half-recorded.
class Runner
{
public:
    Runner(QSqlDatabase db, const Dialect &dialect, TableNames tables);

    RunResult run(const Plan &plan, const RunOptions &options);

private:
    struct StepContext;

    bool executeStep(const PlanStep &step, StepContext &context);
    bool runTransactional(const PlanStep &step, StepContext &context);
    bool runWithoutTransaction(const PlanStep &step, StepContext &context);
    bool executeStatement(const PlanStep &step, StepContext &context, int index);
    bool recordStep(const PlanStep &step, StepContext &context, qint64 elapsedMs, QString *error);
    void fail(const PlanStep &step, StepContext &context, int statementIndex, const QString &error);
    void emitFinished(const PlanStep &step, StepContext &context, qint64 elapsedMs);
    AppliedMigration appliedRow(const PlanStep &step, const StepContext &context, qint64 elapsedMs,
                                int statementsDone) const;
    HistoryEvent historyEvent(const PlanStep &step, const StepContext &context, HistoryEvent::Type type) const;
    static RunEvent stepEvent(const PlanStep &step, RunEvent::Type type);
    void emitEvent(RunEvent event, StepContext &context);
    QString actor() const;

    QSqlDatabase m_db;
    const Dialect &m_dialect;
    TableNames m_tables;
    HistoryStore m_history;
};

} // namespace tidemark
