#pragma once

#include "core/migration.h"
#include "core/project.h"
#include "database/dialect.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace tidemark {

// One row of the history table: a migration as it was applied.
struct AppliedMigration
{
    qint64 installedRank = 0;
    Version version;
    QString description;
    MigrationKind kind = MigrationKind::Versioned;
    QString script;
    QString checksum;
    QString upSql;
    QString downSql;
    QString appliedBy;
    QDateTime appliedAt;
    qint64 executionMs = 0;
    int statementsDone = 0;
    int statementsTotal = 0;
    QString runId;

    bool isPartial() const { return statementsDone < statementsTotal; }
};

// One row of the append-only events table.
struct HistoryEvent
{
    enum class Type { Apply, Rollback, Fail, Repair, Baseline };

    qint64 id = 0;
    Type type = Type::Apply;
    Version version;
    QString description;
    QString script;
    QString runId;
    QString actor;
    QDateTime at;
    QString error;
    QString details; // what a repair or baseline did, in words
    int errorStatement = 0; // a fail event: the 1-based statement that failed, 0 when none did
    int errorLine = 0;      // a fail event: the file line where that statement starts
};

QString historyEventName(HistoryEvent::Type type);

// Reads and writes Tidemark's tables in the target database through the caller's connection.
class HistoryStore
{
public:
    HistoryStore(QSqlDatabase db, const Dialect &dialect, TableNames tables);

    bool exists() const;
    bool ensureTables(QString *error);
    // In installed_rank order. An absent history table reads as empty.
    std::optional<QList<AppliedMigration>> readApplied(QString *error) const;
    std::optional<QList<HistoryEvent>> readEvents(QString *error) const;

    bool insertApplied(const AppliedMigration &row, QString *error);
    std::optional<int> readProgress(qint64 installedRank, QString *error) const;
    bool updateProgress(qint64 installedRank, int statementsDone, qint64 executionMs, QString *error);
    bool deleteApplied(qint64 installedRank, QString *error);
    bool appendEvent(const HistoryEvent &event, QString *error);

    // The installed_rank of the row just inserted through this connection.
    std::optional<qint64> lastInsertedRank(const Version &version, const QString &runId, QString *error) const;

private:
    // A statement prepared on first use and reused: a run records every migration the same way.
    QSqlQuery *prepared(std::optional<QSqlQuery> &slot, const QString &sql, QString *error);

    QSqlDatabase m_db;
    const Dialect &m_dialect;
    TableNames m_tables;
    std::optional<QSqlQuery> m_insertApplied;
    std::optional<QSqlQuery> m_updateProgress;
    std::optional<QSqlQuery> m_appendEvent;
};

} // namespace tidemark
