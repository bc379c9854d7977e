#pragma once

#include "database/heldlock.h"
#include "database/schemasnapshot.h"
#include "plan.h"

#include <QJsonObject>

#include <atomic>
#include <chrono>
#include <functional>

namespace tidemark {

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

} // namespace tidemark
