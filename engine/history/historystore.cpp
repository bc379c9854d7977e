#include "core/tr.h"
#include "database/sqlerror.h"
#include "eventchain.h"
#include "historystore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace tidemark {
namespace {

bool run(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = databaseMessage(query.lastError());
    return false;
}

// A typed NULL: some drivers cannot bind an untyped one.
QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

Version versionFrom(const QVariant &value)
{
    return Version::parse(value.toString()).value_or(Version());
}

// A repeatable migration has no version: stored as '' (the column is NOT NULL), never as NULL.
QString versionText(const Version &version)
{
    return version.isEmpty() ? QStringLiteral("") : version.toString();
}

// Binds by position, so a reused statement takes new values instead of appending to old ones. The rows it
// changed; nullopt when it failed.
std::optional<int> runWith(QSqlQuery *query, const QVariantList &values, QString *error)
{
    if (!query)
        return std::nullopt;
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    const bool ok = run(*query, error);
    const int rows = ok ? query->numRowsAffected() : 0;
    query->finish();
    return ok ? std::optional<int>(rows) : std::nullopt;
}

// The columns a run writes, as every version since the first wrote them; with the generated key in front, the
// columns that make a table Tidemark's.
constexpr auto writtenHistoryColumns = "version, description, kind, script, checksum, up_sql, down_sql, applied_by, "
                                       "applied_at, execution_ms, statements_done, statements_total, run_id";
constexpr auto firstEventColumns = "event, version, description, script, run_id, actor, at, error, details, "
                                   "error_statement, error_line";
const QString historyColumns = QStringLiteral("installed_rank, ") + QLatin1String(writtenHistoryColumns);
const QString eventColumns = QStringLiteral("id, ") + QLatin1String(firstEventColumns);
// The audit columns (docs/AUDIT.md), added to every events table by ensureTables.
constexpr auto auditEventColumns = "duration_ms, statements, checksum, sql_text, data, prev_hash, hash";
const QString writtenEventColumns = QLatin1String(firstEventColumns) + QStringLiteral(", ") + QLatin1String(auditEventColumns);

QString missingRowMessage(qint64 installedRank)
{
    return Tr::tr("history row %1 is gone").arg(installedRank);
}

} // namespace

HistoryStore::HistoryStore(QSqlDatabase db, const Dialect &dialect, TableNames tables)
    : m_db(std::move(db))
    , m_dialect(dialect)
    , m_tables(std::move(tables))
{
}

QSqlQuery *HistoryStore::prepared(std::optional<QSqlQuery> &slot, const QString &sql, QString *error)
{
    if (!slot) {
        slot.emplace(m_db);
        if (!slot->prepare(sql)) {
            *error = databaseMessage(slot->lastError());
            slot.reset(); // try again next time, e.g. once the table exists
            return nullptr;
        }
    }
    return &*slot;
}

bool HistoryStore::exists() const
{
    return m_dialect.tableExists(m_db, m_tables.history);
}

QString HistoryStore::foreignTableReason(const QString &table, const QString &columns) const
{
    if (!m_dialect.tableExists(m_db, table))
        return {};
    QSqlQuery probe(m_db);
    if (probe.exec(QStringLiteral("SELECT %1 FROM %2 WHERE 1 = 0").arg(columns, table)))
        return {};
    const QString setting = table == m_tables.history ? QStringLiteral("history_table") : QStringLiteral("events_table");
    return Tr::tr("the table %1 exists but is not a Tidemark %2 table (%3). Tidemark changes nothing in it: name "
                  "another table with \"%4\" in tidemark.json")
        .arg(table, setting == QLatin1String("history_table") ? Tr::tr("history") : Tr::tr("events"),
             databaseMessage(probe.lastError()), setting);
}

bool HistoryStore::addMissingColumns(const QString &table, const QList<std::pair<QString, QString>> &columns,
                                     QStringList *added, QString *error)
{
    // Each column is looked for on its own, so an upgrade cut short by a crash completes on the next run.
    for (const auto &[column, type] : columns) {
        QSqlQuery probe(m_db);
        if (probe.exec(QStringLiteral("SELECT %1 FROM %2 WHERE 1 = 0").arg(column, table)))
            continue;
        QSqlQuery alter(m_db);
        if (!alter.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3").arg(table, column, type))) {
            *error = Tr::tr("could not add the column %1 to %2: %3").arg(column, table, databaseMessage(alter.lastError()));
            return false;
        }
        added->append(table + u'.' + column);
    }
    return true;
}

bool HistoryStore::ensureTables(QString *error, QStringList *upgraded)
{
    // Before anything is created: the events table's append-only guard must never land on someone else's table.
    for (const auto &[table, columns] : {std::pair{m_tables.history, historyColumns}, std::pair{m_tables.events, eventColumns}}) {
        if (QString reason = foreignTableReason(table, columns); !reason.isEmpty()) {
            *error = reason;
            return false;
        }
    }
    const bool existed = m_dialect.tableExists(m_db, m_tables.events);
    for (const QString &sql : m_dialect.createTablesSql(m_tables)) {
        QSqlQuery query(m_db);
        if (!query.exec(sql)) {
            *error = databaseMessage(query.lastError());
            return false;
        }
    }
    // Columns added after the tables' first version: every database gets them this way, new or old.
    const QString text = m_dialect.longTextType();
    QStringList added;
    const bool ok = addMissingColumns(m_tables.history,
                                      {{QStringLiteral("pending_statement"), QStringLiteral("INTEGER NOT NULL DEFAULT 0")},
                                       {QStringLiteral("pending_checksum"), QStringLiteral("VARCHAR(128)")},
                                       {QStringLiteral("rollback_done"), QStringLiteral("INTEGER")},
                                       {QStringLiteral("rollback_total"), QStringLiteral("INTEGER NOT NULL DEFAULT 0")}},
                                      &added, error)
                    && addMissingColumns(m_tables.events,
                                         {{QStringLiteral("duration_ms"), QStringLiteral("BIGINT")},
                                          {QStringLiteral("statements"), QStringLiteral("INTEGER")},
                                          {QStringLiteral("checksum"), QStringLiteral("VARCHAR(128)")},
                                          {QStringLiteral("sql_text"), text},
                                          {QStringLiteral("data"), text},
                                          {QStringLiteral("prev_hash"), QStringLiteral("VARCHAR(64)")},
                                          {QStringLiteral("hash"), QStringLiteral("VARCHAR(64)")}},
                                         &added, error)
                    // No two events chain to the same one: the chain cannot fork, even between writers without the lock.
                    && m_dialect.createUniqueIndex(m_db, m_tables.events, QStringLiteral("prev_hash"), error);
    if (upgraded && existed)
        *upgraded = added;
    return ok;
}

std::optional<bool> HistoryStore::chainStarted(QString *error) const
{
    if (!m_dialect.tableExists(m_db, m_tables.events))
        return false;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT 1 FROM %1 WHERE hash IS NOT NULL").arg(m_tables.events))) {
        *error = databaseMessage(query.lastError());
        return std::nullopt;
    }
    return query.next();
}

void HistoryStore::setFence(LockFence fence)
{
    m_fence = std::move(fence);
    // Statements prepared without the fence are made again with it.
    m_insertApplied.reset();
    m_recordIntent.reset();
    m_updateProgress.reset();
    m_updateRollbackProgress.reset();
    m_appendEvent.reset();
    m_chainHead.reset();
}

QString HistoryStore::insertSql(const QString &table, const QString &columns, int count) const
{
    QStringList marks(count, QStringLiteral("?"));
    const QString values = marks.join(QStringLiteral(", "));
    if (m_fence.isEmpty())
        return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns, values);
    return QStringLiteral("INSERT INTO %1 (%2) SELECT %3 %4").arg(table, columns, values, m_fence.source);
}

QString HistoryStore::fenceCondition() const
{
    return m_fence.isEmpty() ? QString() : QStringLiteral(" AND EXISTS (SELECT 1 %1)").arg(m_fence.source);
}

bool HistoryStore::fenceHolds() const
{
    if (m_fence.isEmpty())
        return true;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 %1").arg(m_fence.source));
    for (const QVariant &value : m_fence.values)
        query.addBindValue(value);
    return query.exec() && query.next();
}

bool HistoryStore::runFenced(QSqlQuery *query, QVariantList values, const QString &missingRow, QString *error)
{
    values.append(m_fence.values);
    const std::optional<int> rows = runWith(query, values, error);
    if (!rows)
        return false;
    if (*rows == 1)
        return true;
    *error = fenceHolds() ? missingRow
                          : Tr::tr("the migration lock is no longer this run's: another run took it over while this one "
                                   "was stalled past its lease. Nothing more was written");
    return false;
}

std::optional<QList<AppliedMigration>> HistoryStore::readApplied(QString *error) const
{
    QList<AppliedMigration> rows;
    if (!exists())
        return rows;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const auto select = [&](const char *pending) {
        return query.exec(QStringLiteral("SELECT %1, %2 FROM %3 ORDER BY installed_rank")
                              .arg(historyColumns, QLatin1String(pending), m_tables.history));
    };
    if (!select("pending_statement, pending_checksum, rollback_done, rollback_total")) {
        if (QString reason = foreignTableReason(m_tables.history, historyColumns); !reason.isEmpty()) {
            *error = reason;
            return std::nullopt;
        }
        // A table from before statements in flight were recorded (the next run adds the columns): none is.
        if (!select("0, NULL, NULL, 0")) {
            *error = databaseMessage(query.lastError());
            return std::nullopt;
        }
    }
    while (query.next()) {
        AppliedMigration row;
        row.installedRank = query.value(0).toLongLong();
        row.version = versionFrom(query.value(1));
        row.description = query.value(2).toString();
        row.kind = migrationKindFromName(query.value(3).toString());
        row.script = query.value(4).toString();
        row.checksum = query.value(5).toString();
        row.upSql = query.value(6).toString();
        row.downSql = query.value(7).toString();
        row.appliedBy = query.value(8).toString();
        row.appliedAt = m_dialect.readTimestamp(query.value(9));
        row.executionMs = query.value(10).toLongLong();
        row.statementsDone = query.value(11).toInt();
        row.statementsTotal = query.value(12).toInt();
        row.runId = query.value(13).toString();
        row.pendingStatement = query.value(14).toInt();
        row.pendingChecksum = query.value(15).toString();
        if (!query.value(16).isNull())
            row.rollbackDone = query.value(16).toInt();
        row.rollbackTotal = query.value(17).toInt();
        rows.append(std::move(row));
    }
    return rows;
}

std::optional<QString> HistoryStore::eventsFingerprint(QString *error) const
{
    if (!m_dialect.tableExists(m_db, m_tables.events))
        return QString();
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*), MAX(id), (SELECT hash FROM %1 ORDER BY id DESC LIMIT 1) FROM %1")
                        .arg(m_tables.events))
        || !query.next()) {
        *error = databaseMessage(query.lastError());
        return std::nullopt;
    }
    return QStringLiteral("%1 %2 %3")
        .arg(query.value(0).toLongLong())
        .arg(query.value(1).toLongLong())
        .arg(query.value(2).toString());
}

std::optional<QList<HistoryEvent>> HistoryStore::readEvents(QString *error) const
{
    QList<HistoryEvent> events;
    if (!m_dialect.tableExists(m_db, m_tables.events))
        return events;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const auto select = [&](const QString &audit) {
        return query.exec(QStringLiteral("SELECT %1, %2 FROM %3 ORDER BY id").arg(eventColumns, audit, m_tables.events));
    };
    // A table from before the audit columns (the next run adds them) reads with them empty.
    if (!select(QLatin1String(auditEventColumns)) && !select(QStringLiteral("0, 0, '', '', '', '', ''"))) {
        const QString reason = foreignTableReason(m_tables.events, eventColumns);
        *error = reason.isEmpty() ? databaseMessage(query.lastError()) : reason;
        return std::nullopt;
    }
    const QStringList contentColumns = writtenEventColumns.split(QStringLiteral(", ")).mid(0, 16); // not the hashes
    const QStringList integerColumns = {QStringLiteral("error_statement"), QStringLiteral("error_line"),
                                        QStringLiteral("duration_ms"), QStringLiteral("statements")};
    while (query.next()) {
        // What the chain covers, from the values as stored (eventContent makes the same from what is written).
        QJsonObject content;
        for (int i = 0; i < contentColumns.size(); ++i) {
            const QString &name = contentColumns.at(i);
            const QVariant value = query.value(i + 1);
            if (name == QLatin1String("at"))
                content.insert(name, canonicalTimestamp(m_dialect.readTimestamp(value)));
            else if (integerColumns.contains(name))
                content.insert(name, value.toLongLong());
            else
                content.insert(name, value.toString());
        }
        HistoryEvent event;
        event.id = query.value(0).toLongLong();
        const QString name = query.value(1).toString();
        event.type = historyEventType(name).value_or(HistoryEvent::Type::Repair); // a newer Tidemark's: shown as a repair
        event.version = versionFrom(query.value(2));
        event.description = query.value(3).toString();
        event.script = query.value(4).toString();
        event.runId = query.value(5).toString();
        event.actor = query.value(6).toString();
        event.at = m_dialect.readTimestamp(query.value(7));
        event.error = query.value(8).toString();
        event.details = query.value(9).toString();
        event.errorStatement = query.value(10).toInt();
        event.errorLine = query.value(11).toInt();
        event.durationMs = query.value(12).toLongLong();
        event.statements = query.value(13).toInt();
        event.checksum = query.value(14).toString();
        event.sql = query.value(15).toString();
        event.data = query.value(16).toString();
        event.prevHash = query.value(17).toString();
        event.hash = query.value(18).toString();
        event.storedContent = canonicalEventContent(content);
        events.append(std::move(event));
    }
    return events;
}

bool HistoryStore::insertApplied(const AppliedMigration &row, QString *error)
{
    QSqlQuery *query = prepared(m_insertApplied, insertSql(m_tables.history, QLatin1String(writtenHistoryColumns), 13),
                                error);
    return runFenced(query,
                     {versionText(row.version), row.description, migrationKindName(row.kind), row.script, row.checksum,
                      row.upSql, row.downSql, row.appliedBy, m_dialect.timestampValue(row.appliedAt), row.executionMs,
                      row.statementsDone, row.statementsTotal, row.runId},
                     Tr::tr("the history row was not written"), error);
}

std::optional<StatementProgress> HistoryStore::readProgress(qint64 installedRank, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT statements_done, pending_statement, rollback_done FROM %1 WHERE installed_rank = ?")
                      .arg(m_tables.history));
    query.addBindValue(installedRank);
    if (!run(query, error) || !query.next())
        return std::nullopt;
    StatementProgress progress{query.value(0).toInt(), query.value(1).toInt(), std::nullopt};
    if (!query.value(2).isNull())
        progress.rollbackDone = query.value(2).toInt();
    return progress;
}

bool HistoryStore::recordIntent(qint64 installedRank, int statement, const QString &checksum, QString *error)
{
    QSqlQuery *query = prepared(m_recordIntent,
                                QStringLiteral("UPDATE %1 SET pending_statement = ?, pending_checksum = ? "
                                               "WHERE installed_rank = ?%2")
                                    .arg(m_tables.history, fenceCondition()),
                                error);
    return runFenced(query, {statement, checksum, installedRank}, missingRowMessage(installedRank), error);
}

bool HistoryStore::updateProgress(qint64 installedRank, int statementsDone, qint64 executionMs, QString *error)
{
    QSqlQuery *query = prepared(m_updateProgress,
                                QStringLiteral("UPDATE %1 SET statements_done = ?, execution_ms = ?, pending_statement = 0, "
                                               "pending_checksum = NULL, rollback_done = NULL, rollback_total = 0 "
                                               "WHERE installed_rank = ?%2")
                                    .arg(m_tables.history, fenceCondition()),
                                error);
    return runFenced(query, {statementsDone, executionMs, installedRank}, missingRowMessage(installedRank), error);
}

bool HistoryStore::beginRollback(qint64 installedRank, int total, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE %1 SET rollback_done = 0, rollback_total = ?, pending_statement = 0 "
                                 "WHERE installed_rank = ?%2")
                      .arg(m_tables.history, fenceCondition()));
    return runFenced(&query, {total, installedRank}, missingRowMessage(installedRank), error);
}

bool HistoryStore::updateRollbackProgress(qint64 installedRank, int done, QString *error)
{
    QSqlQuery *query = prepared(m_updateRollbackProgress,
                                QStringLiteral("UPDATE %1 SET rollback_done = ?, pending_statement = 0, pending_checksum = NULL "
                                               "WHERE installed_rank = ?%2")
                                    .arg(m_tables.history, fenceCondition()),
                                error);
    return runFenced(query, {done, installedRank}, missingRowMessage(installedRank), error);
}

bool HistoryStore::clearRollback(qint64 installedRank, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE %1 SET rollback_done = NULL, rollback_total = 0, pending_statement = 0, "
                                 "pending_checksum = NULL WHERE installed_rank = ?%2")
                      .arg(m_tables.history, fenceCondition()));
    return runFenced(&query, {installedRank}, missingRowMessage(installedRank), error);
}

bool HistoryStore::deleteApplied(qint64 installedRank, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE installed_rank = ?%2").arg(m_tables.history, fenceCondition()));
    return runFenced(&query, {installedRank}, Tr::tr("history row %1 was already gone").arg(installedRank), error);
}

bool HistoryStore::replaceAppliedText(qint64 installedRank, const QString &checksum, const QString &upSql,
                                      const QString &downSql, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE %1 SET checksum = ?, up_sql = ?, down_sql = ? WHERE installed_rank = ?%2")
                      .arg(m_tables.history, fenceCondition()));
    return runFenced(&query, {checksum, upSql, downSql, installedRank}, missingRowMessage(installedRank),
                     error);
}

std::optional<QString> HistoryStore::chainHead(const HistoryEvent &next, QString *error)
{
    if (next.type == HistoryEvent::Type::ChainStart) {
        // The seal: the chain run over every event so far, as if each had carried its hash.
        const std::optional<QList<HistoryEvent>> earlier = readEvents(error);
        if (!earlier)
            return std::nullopt;
        QString seal;
        for (const HistoryEvent &event : *earlier)
            seal = chainHash(seal, event.storedContent);
        return seal;
    }
    QSqlQuery *query = prepared(m_chainHead,
                                QStringLiteral("SELECT hash FROM %1 WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1")
                                    .arg(m_tables.events),
                                error);
    if (!query || !run(*query, error))
        return std::nullopt;
    const QString head = query->next() ? query->value(0).toString() : QString();
    query->finish();
    return head;
}

bool HistoryStore::appendEvent(const HistoryEvent &event, QString *error)
{
    const std::optional<QString> prevHash = chainHead(event, error);
    if (!prevHash)
        return false;
    const QString hash = chainHash(*prevHash, canonicalEventContent(eventContent(event)));
    QSqlQuery *query = prepared(m_appendEvent, insertSql(m_tables.events, writtenEventColumns, 18), error);
    return runFenced(query,
                     {historyEventName(event.type), textOrNull(event.version.toString()), event.description, event.script,
                      event.runId, event.actor, m_dialect.timestampValue(event.at), textOrNull(event.error),
                      textOrNull(event.details), event.errorStatement, event.errorLine, event.durationMs,
                      event.statements, textOrNull(event.checksum), textOrNull(event.sql), textOrNull(event.data),
                      prevHash->isNull() ? QStringLiteral("") : *prevHash, hash},
                     Tr::tr("the event was not written"), error);
}

std::optional<qint64> HistoryStore::lastInsertedRank(const Version &version, const QString &runId,
                                                     QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT MAX(installed_rank) FROM %1 WHERE version = ? AND run_id = ?")
                      .arg(m_tables.history));
    query.addBindValue(versionText(version));
    query.addBindValue(runId);
    if (!query.exec() || !query.next() || query.value(0).isNull()) {
        *error = databaseMessage(query.lastError());
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

} // namespace tidemark
