#pragma once

#include "plan.h"
#include "runcontext.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QStringList>

namespace tidemark {

// One typed entry of the run log.
struct RunEvent
{
    enum class Type {
        RunStarted,        // plan: the labels of every step
        LockWaiting,       // holder: who has the lock
        LockAcquired,      // holder: set when a stale lock was taken over
        MigrationStarted,
        StatementExecuted, // statementIndex, line, durationMs, rows
        MigrationApplied,
        MigrationRolledBack,
        MigrationSkipped,  // another run did it while we waited for the lock
        StatementSettled,  // statementIndex, message: how a statement whose outcome was unknown was decided
        MigrationFailed,   // error, line, statementIndex
        RunFinished,       // message: the outcome
    };

    Type type = Type::RunStarted;
    QDateTime at = QDateTime::currentDateTimeUtc();
    QString runId;
    Direction direction = Direction::Up;
    Version version;
    QString description;
    QString script;
    int statementIndex = -1; // 0-based
    int statementCount = 0;
    int line = 0;
    qint64 durationMs = 0;
    qint64 rows = -1;
    QString holder;
    QString message;
    QString error;
    QStringList plan;

    QJsonObject toJson() const;
    QString typeName() const;
};

// A run's events, or a session's runs, for an exported log.
class RunLog
{
public:
    // Who runs the events appended from now on, from where, against what: toJsonLines writes it as a "context"
    // line before them, and again before the first event after it changed (another database, command, commit).
    void setContext(const RunContext &context);
    void append(const RunEvent &event) { m_events.append(event); }
    const QList<RunEvent> &events() const { return m_events; }
    QByteArray toJsonLines() const;

private:
    QList<RunEvent> m_events;
    QList<std::pair<qsizetype, QJsonObject>> m_contexts; // each context line with the event it goes before
};

} // namespace tidemark

Q_DECLARE_METATYPE(tidemark::RunEvent)
