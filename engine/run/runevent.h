#pragma once

#include "plan.h"

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

class RunLog
{
public:
    void append(const RunEvent &event) { m_events.append(event); }
    const QList<RunEvent> &events() const { return m_events; }
    QByteArray toJsonLines() const;

private:
    QList<RunEvent> m_events;
};

} // namespace tidemark

Q_DECLARE_METATYPE(tidemark::RunEvent)
