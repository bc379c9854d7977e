#pragma once

#include "database/dialect.h"
#include "driftfiles.h"
#include "history/historyidentity.h"
#include "history/historystore.h"
#include "history/migrationstatus.h"
#include "plan.h"
#include "runcontext.h"
#include "runevent.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSqlDatabase>

#include <atomic>
#include <chrono>
#include <functional>
#include <optional>

namespace tidemark {

enum class RepairAction {
    MarkApplied,    // the DBA finished the migration by hand
    MarkRolledBack, // the DBA undid what had run by hand
};

QString repairActionName(RepairAction action);

// What to do about a migration whose file drifted from what ran (docs/ARCHITECTURE.md, section 3, run).
enum class DriftAction {
    AcceptFile,         // modified: the edit is intended; the history takes the file's checksum and text
    RestoreAppliedText, // modified: the file gets the applied text back; the history is unchanged
    RestoreMissingFile, // missing: the file is written again from the history
};

// accept-file, restore-file, restore-missing-file: what the drift event's data names.
QString driftActionName(DriftAction action);
// The restore that fits a state: the applied text for a modified migration, the file for a missing one.
std::optional<DriftAction> restoreActionFor(MigrationState state);

enum class RunOutcome {
    Succeeded,
    Failed,          // a migration failed and was rolled back (or stopped part-way where it cannot be)
    LockNotAcquired, // another run holds the lock
    Stopped,         // stopped after the current migration, as asked
    Cancelled,       // cancelled between statements; the current migration was rolled back
    Refused,         // the plan was refused (bad files, a migration stopped part-way): nothing ran
};

// The name the run-end event records: succeeded, failed, lock-not-acquired, stopped, cancelled, refused.
QString runOutcomeName(RunOutcome outcome);

// A run-level or drift event's data: one line of JSON.
QString compactJson(const QJsonObject &object);

enum class PendingStatementDecision {
    Verify,    // from the catalog, where it can tell
    Ran,       // the DBA looked: it took effect (--statement-ran)
    DidNotRun, // the DBA looked: it did not (--statement-did-not-run)
};

struct RunOptions
{
    std::chrono::milliseconds lockTimeout{std::chrono::seconds(30)};
    const std::atomic_bool *stopAfterCurrent = nullptr;
    const std::atomic_bool *cancel = nullptr;
    // Set by the runner while a migration statement runs: where a cancel may stop it on the server (CancelWatch).
    std::atomic_bool *inStatement = nullptr;
    // Connects again after the connection was lost, so that the failure can still be recorded; false with why.
    std::function<bool(QString *)> reconnect;
    // How up --resume settles a statement whose outcome is unknown; Verify asks the catalog, and refuses when
    // the catalog cannot tell.
    PendingStatementDecision pendingStatement = PendingStatementDecision::Verify;
    bool singleTransaction = false; // the whole plan in one transaction: all or nothing (CI, dev databases)
    // Makes the plan again once the lock is held, from what the database says then. Unattended runs use it:
    // another run may have finished, or be half-way through, while this one waited.
    std::function<Plan()> replanUnderLock;
    std::function<void(const RunEvent &)> onEvent;
    // Who runs this, from where, for the run-start event; the runner adds the plan, the users and the host.
    RunContext context;
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
    // Baseline: records migrations as applied, under the lock and without running them (the database already
    // has what they create), each with a baseline event carrying the details.
    RunResult recordWithoutRunning(const QList<Migration> &migrations, const QString &details,
                                   const RunOptions &options);
    // Records, under the lock and without running any SQL, how a failed migration was settled by hand.
    RunResult repair(const MigrationStatus &migration, RepairAction action, const RunOptions &options);
    // SQLite: takes over the lock only when its holder is provably gone (process ended, lease expired), records
    // that, and releases it. Refused for a live holder, a free lock, and the session locks of the servers.
    RunResult breakStaleLock(const RunOptions &options);
    // Settles a modified or missing migration, under the lock and without running any SQL: the history row takes
    // the file's text, or the files in folder get the applied text back. One drift event records it. Refused when
    // the action does not fit the state, or the history or the file changed since the status was read.
    RunResult settleDrift(const MigrationStatus &migration, DriftAction action, const MigrationFolder &folder,
                          const RunOptions &options);

private:
    // What one run carries from step to step.
    struct StepContext
    {
        StepContext(const RunOptions &o, std::unique_ptr<MigrationLock> l, QString a, QString runId)
            : options(o)
            , lock(std::move(l))
            , actor(std::move(a))
        {
            result.runId = std::move(runId);
            runTimer.start();
        }

        const RunOptions &options;
        RunResult result;
        std::unique_ptr<MigrationLock> lock;
        std::optional<LockGuard> guard; // set once the lock is held: released when the run is over
        QString actor;
        QElapsedTimer runTimer;
        bool singleTransaction = false;
        QByteArray script;
        QList<SqlStatement> statements;
        qint64 installedRank = 0; // of the history row written before a step without a transaction
        bool inTransaction = false; // ours, or one the script opened with its own BEGIN
        QString statementError;
        QString refusal; // why the run stopped before a step began (nothing of it ran)
        QElapsedTimer stepTimer; // since the current step began
        bool applyRecorded = false; // the current step's apply event is written, with its last statement's progress
        // For the audit record: the run-start is written (a run-end follows it), the lock wait, the table upgrade.
        bool runStartRecorded = false;
        qint64 lockWaitMs = 0;
        QString lockHolder; // who held the lock while this run waited, or left the stale lock it took over
        bool tookOverStale = false;
        QString staleReason; // why the lock taken over was stale
        QStringList upgraded;
    };


    // A new run id, its lock (not taken yet) and the run_started event announcing the plan.
    std::unique_ptr<StepContext> startRun(const RunOptions &options, const QStringList &planLabels);
    RunResult finish(StepContext &context, RunOutcome outcome, const QString &message);
    // Under the lock, with the history as read under it.
    RunResult runSteps(const Plan &plan, const QList<AppliedMigration> &applied, StepContext &context);
    // Takes the lock and makes sure the tables exist; the outcome to finish with when that fails.
    std::optional<RunOutcome> takeLock(StepContext &context, QString *message);
    // Takes the lock, held until the run is over, and reads the history under it. nullopt when either fails: the
    // run is then finished, and context.result says why.
    std::optional<QList<AppliedMigration>> lockAndReadHistory(StepContext &context);
    QString singleTransactionRefusal(const Plan &plan) const;
    // Under the lock, before anything changes: starts the hash chain when there is none, and records the tables'
    // upgrade, the run's start with its plan, and the lock wait. False with why when that could not be written.
    bool recordRunStart(StepContext &context, const QList<PlannedMigration> &plan, QString *error);
    static QList<PlannedMigration> plannedMigrations(const Plan &plan);
    HistoryEvent runEvent(const StepContext &context, HistoryEvent::Type type) const;
    bool executeStep(const PlanStep &step, StepContext &context);
    bool runTransactional(const PlanStep &step, StepContext &context);
    bool runWithoutTransaction(const PlanStep &step, StepContext &context);
    // The index after the unit (a goose block, a MySQL DELIMITER statement) that starts at first.
    static int unitEnd(const StepContext &context, int first);
    bool unitSharesTransaction(const StepContext &context, int first, int end) const;
    bool runStatement(const PlanStep &step, StepContext &context, int index);
    bool runUnitInTransaction(const PlanStep &step, StepContext &context, int first, int end, const QElapsedTimer &timer);
    bool runRecordedStatement(const PlanStep &step, StepContext &context, int index, const QElapsedTimer &timer);
    // done statements of the step have run: the up's statements_done, or the down's rollback_done.
    bool recordProgress(const PlanStep &step, StepContext &context, int done, const QElapsedTimer &timer, QString *error);
    // A resumed migration whose last run stopped while a statement ran: decides, from the catalog or the DBA's
    // word, whether it took effect, and records the decision. The statement to continue from; nullopt when it
    // cannot be decided (context.refusal says why) or recording failed (context.statementError).
    std::optional<int> settlePendingStatement(const PlanStep &step, StepContext &context);
    // Whether the statement took effect, as the catalog shows; nullopt when it cannot tell (why says so).
    std::optional<bool> verifyFromCatalog(const QByteArray &statement, QString *how, QString *why) const;
    bool executeStatement(const PlanStep &step, StepContext &context, int index);
    bool recordStep(const PlanStep &step, StepContext &context, qint64 elapsedMs, QString *error);
    bool beginTransaction(QString *error) { return m_dialect.beginTransaction(m_db, error); }
    void fail(const PlanStep &step, StepContext &context, int statementIndex, const QString &error);
    void failPartWay(const PlanStep &step, StepContext &context, int statementIndex, const QString &error);
    void emitFinished(const PlanStep &step, StepContext &context, qint64 elapsedMs);
    AppliedMigration appliedRow(const PlanStep &step, const StepContext &context, qint64 elapsedMs,
                                int statementsDone) const;
    HistoryEvent historyEvent(const PlanStep &step, const StepContext &context, HistoryEvent::Type type) const;
    // An apply, rollback, fail or cancel: how long the step took, how many statements ran, and its SQL.
    HistoryEvent outcomeEvent(const PlanStep &step, const StepContext &context, HistoryEvent::Type type,
                              qint64 elapsedMs, int statements) const;
    HistoryEvent startEvent(const PlanStep &step, const StepContext &context) const;
    bool recordRunEnd(StepContext &context, QString *error);
    static RunEvent stepEvent(const PlanStep &step, RunEvent::Type type);
    static bool flagSet(const std::atomic_bool *flag) { return flag && flag->load(); }
    void emitEvent(RunEvent event, StepContext &context);
    QString actor() const;

    QSqlDatabase m_db;
    const Dialect &m_dialect;
    TableNames m_tables;
    HistoryStore m_history;
};

} // namespace tidemark
