#pragma once

#include "core/migration.h"
#include "core/project.h"
#include "database/dialect.h"
#include "historyevent.h"

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
    // The 1-based statement sent to the server whose completion was never recorded (0 when none): the run stopped
    // while it ran, so whether it took effect is unknown. pendingChecksum is scriptChecksum() of its text.
    int pendingStatement = 0;
    QString pendingChecksum;
    // A down running without a transaction: how many of its rollbackTotal statements have run (pendingStatement
    // then counts down statements). nullopt when no rollback has begun.
    std::optional<int> rollbackDone;
    int rollbackTotal = 0;

    bool isRollingBack() const { return rollbackDone.has_value(); }
    bool isPartial() const { return statementsDone < statementsTotal || isRollingBack(); }
    bool hasUnknownOutcome() const { return pendingStatement > 0; }
};

// How far a migration running without a transaction has got, as committed.
struct StatementProgress
{
    int done = 0;
    int pending = 0;                 // AppliedMigration::pendingStatement
    std::optional<int> rollbackDone; // AppliedMigration::rollbackDone
};

// Reads and writes Tidemark's tables in the target database through the caller's connection.
class HistoryStore
{
public:
    HistoryStore(QSqlDatabase db, const Dialect &dialect, TableNames tables);

    bool exists() const;
    // Creates the tables when missing, adds the columns newer versions need, and refuses tables of the same
    // names that are not Tidemark's. upgraded: "table.column" for each column it added to an existing table.
    bool ensureTables(QString *error, QStringList *upgraded = nullptr);
    // Whether the events carry a hash chain yet; nullopt when that could not be read.
    std::optional<bool> chainStarted(QString *error) const;
    // Every write from now on proves in its own statement that the lock is still the run's (see LockFence).
    void setFence(LockFence fence);
    // The connection was opened again: what was prepared on the old one is made again on first use.
    void reconnected() { setFence(m_fence); }
    // In installed_rank order. An absent history table reads as empty.
    std::optional<QList<AppliedMigration>> readApplied(QString *error) const;
    std::optional<QList<HistoryEvent>> readEvents(QString *error) const;
    // "COUNT LAST-ID LAST-HASH" of the events, without reading them: what changes when an event is added or the
    // last one removed. Empty text for an absent table.
    std::optional<QString> eventsFingerprint(QString *error) const;

    bool insertApplied(const AppliedMigration &row, QString *error);
    std::optional<StatementProgress> readProgress(qint64 installedRank, QString *error) const;
    // Before a statement whose outcome a crash would leave unknown is sent: statement (1-based) is about to run.
    bool recordIntent(qint64 installedRank, int statement, const QString &checksum, QString *error);
    // statementsDone statements have run; clears a recorded intent (and a rollback begun).
    bool updateProgress(qint64 installedRank, int statementsDone, qint64 executionMs, QString *error);
    // A down without a transaction: begun with total statements, done statements of it run, or nothing of it run.
    bool beginRollback(qint64 installedRank, int total, QString *error);
    bool updateRollbackProgress(qint64 installedRank, int done, QString *error);
    bool clearRollback(qint64 installedRank, QString *error);
    bool deleteApplied(qint64 installedRank, QString *error);
    // A modified migration's file accepted: the row records the file's checksum and text from now on.
    bool replaceAppliedText(qint64 installedRank, const QString &checksum, const QString &upSql, const QString &downSql,
                            QString *error);
    // Appends the event at the chain's head, with its hashes. A chain-start event is sealed with the events
    // before it.
    bool appendEvent(const HistoryEvent &event, QString *error);

    // The installed_rank of the row just inserted through this connection.
    std::optional<qint64> lastInsertedRank(const Version &version, const QString &runId, QString *error) const;

private:
    // A statement prepared on first use and reused: a run records every migration the same way.
    QSqlQuery *prepared(std::optional<QSqlQuery> &slot, const QString &sql, QString *error);
    // "INSERT INTO table (columns) VALUES (?, ...)", or with a fence "... SELECT ?, ... FROM <fence>".
    QString insertSql(const QString &table, const QString &columns, int count) const;
    // " AND EXISTS (SELECT 1 FROM <fence>)" for an UPDATE or DELETE, empty without a fence.
    QString fenceCondition() const;
    // Runs a fenced write; one that changed no row says whether the lock was lost or the row was missing.
    bool runFenced(QSqlQuery *query, QVariantList values, const QString &missingRow, QString *error);
    bool fenceHolds() const;
    // Why the history or events table is not Tidemark's; empty when it is (or does not exist).
    QString foreignTableReason(const QString &table, const QString &columns) const;
    bool addMissingColumns(const QString &table, const QList<std::pair<QString, QString>> &columns,
                           QStringList *added, QString *error);
    // The hash the next event chains to: the newest event's, or for a chain-start the seal of all events so far.
    std::optional<QString> chainHead(const HistoryEvent &next, QString *error);

    QSqlDatabase m_db;
    const Dialect &m_dialect;
    TableNames m_tables;
    LockFence m_fence;
    std::optional<QSqlQuery> m_insertApplied;
    std::optional<QSqlQuery> m_recordIntent;
    std::optional<QSqlQuery> m_updateProgress;
    std::optional<QSqlQuery> m_updateRollbackProgress;
    std::optional<QSqlQuery> m_appendEvent;
    std::optional<QSqlQuery> m_chainHead;
};

} // namespace tidemark
