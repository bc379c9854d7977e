#pragma once

#include "database/dialect.h"
#include "database/heldlock.h"
#include "database/schemasnapshot.h"
#include "plan.h"

#include <optional>

#include <QJsonObject>
#include <QSqlDatabase>

#include <atomic>
#include <chrono>
#include <functional>

namespace tidemark {

class RehearsalSteps;

// A statement of a step the rehearsal did not send, and why (it cannot run inside the rehearsal's transaction).
struct UnrehearsedStatement
{
    int statement = 0; // 1-based, in the step
    int line = 0;      // in the file
    QString summary;   // its first line
    QString why;
};

struct RehearsedStep
{
    enum class Result : quint8 {
        Succeeded,
        Failed,
        NotReached, // an earlier step failed, or the rehearsal was cancelled
        Blocked,    // the plan cannot run this step (a down without a script)
    };

    QString label; // "up 3 create_orders"
    Direction direction = Direction::Up;
    Version version;
    QString script;
    Result result = Result::NotReached;
    int statementsRun = 0;
    int statementsTotal = 0;
    qint64 elapsedUs = 0;
    qint64 rows = 0; // rows the statements changed, where the database says
    QList<UnrehearsedStatement> notRun;
    QList<HeldLock> locks; // PostgreSQL: the table locks this step took (a lock an earlier step took is not repeated)
    // The failure: the 1-based statement, its file line, its text and the database's message.
    int failedStatement = 0;
    int failedLine = 0;
    QString failedSql;
    QString error;
};

QString rehearsedStepResultName(RehearsedStep::Result result); // succeeded, failed, not-reached, blocked

enum class RehearsalOutcome : quint8 {
    Succeeded,       // every step ran
    Failed,          // a step failed: the report says which statement, where, and the database's message
    Refused,         // the plan was refused, or cannot be rehearsed here: nothing ran
    LockNotAcquired, // a run holds the migration lock
    Cancelled,
};

QString rehearsalOutcomeName(RehearsalOutcome outcome); // succeeded, failed, refused, lock-not-acquired, cancelled

struct RehearsalReport
{
    RehearsalOutcome outcome = RehearsalOutcome::Refused;
    QString message; // what happened, for a person
    QString where;   // how it ran and what was undone: "in one transaction, rolled back"
    QList<RehearsedStep> steps;
    bool schemaRead = false; // before and after below hold the schema
    SchemaSnapshot before;   // the target's schema before
    SchemaSnapshot after;    // as the plan left it, just before the rollback (or in the scratch database)
    // Checked once the rehearsal was undone: the target's schema and Tidemark's history read as before.
    bool leftNothingBehind = false;
    QString leftBehind; // what differed, when something did
    QStringList notes;  // what a DBA should know about this rehearsal's figures (sequences, empty copies)

    // before against after as a unified diff; empty when the plan does not change the schema.
    QString schemaDiff() const;
    QJsonObject toJson() const;
};

struct RehearsalOptions
{
    std::chrono::milliseconds lockTimeout{std::chrono::seconds(30)};
    const std::atomic_bool *cancel = nullptr;
    std::atomic_bool *inStatement = nullptr; // set while a statement runs, for a CancelWatch
    std::function<void(const RehearsedStep &)> onStep; // each step as it ends
};

// Runs a plan for real and undoes it, so that a DBA sees before production whether it runs, how long each step
// takes, what it locks and what the schema becomes. Nothing of it is kept and nothing is recorded:
// - SQLite and PostgreSQL: the whole plan in one transaction that is rolled back, each step behind a savepoint;
//   a statement that cannot run in a transaction is not sent, and the report says so;
// - MariaDB/MySQL, whose DDL commits: on a scratch database made with the target's schema, dropped afterwards.
// It holds the migration lock throughout, so no run changes the database meanwhile.
class Rehearsal
{
public:
    Rehearsal(QSqlDatabase db, const Dialect &dialect, PlanDialect planDialect, TableNames tables);

    RehearsalReport rehearse(const Plan &plan, const RehearsalOptions &options);

private:
    // SQLite, PostgreSQL: one transaction, rolled back.
    void rehearseInTransaction(const Plan &plan, const RehearsalOptions &options, RehearsalReport &report);
    // MariaDB/MySQL: a scratch database with the target's schema, dropped (rehearsalscratch.cpp).
    void rehearseOnScratch(const Plan &plan, const RehearsalOptions &options, RehearsalReport &report);
    // SQLite has no session lock: the write transaction is the rehearsal's lock, taken once no run holds
    // Tidemark's lock row. False with the outcome set in report when it could not be.
    bool beginExclusive(const RehearsalOptions &options, RehearsalReport &report);
    void runSteps(const Plan &plan, RehearsalSteps &steps, const RehearsalOptions &options, RehearsalReport &report);
    // The schema and the history as a text that changes when either does.
    std::optional<QString> historyFingerprint(QString *error) const;
    std::optional<SchemaSnapshot> snapshot(QString *error) const;
    // After the rehearsal was undone: whether the target reads as before it.
    void checkNothingLeft(const QString &historyBefore, const SchemaSnapshot &schemaBefore,
                          RehearsalReport &report) const;

    QSqlDatabase m_db;
    const Dialect &m_dialect;
    PlanDialect m_planDialect;
    TableNames m_tables;
};

} // namespace tidemark
