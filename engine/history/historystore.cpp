#include "database/sqlerror.h"
#include "historystore.h"

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

const QList<std::pair<HistoryEvent::Type, QString>> &eventNames()
{
    static const QList<std::pair<HistoryEvent::Type, QString>> names = {
        {HistoryEvent::Type::Apply, QStringLiteral("apply")},
        {HistoryEvent::Type::Rollback, QStringLiteral("rollback")},
        {HistoryEvent::Type::Fail, QStringLiteral("fail")},
        {HistoryEvent::Type::Repair, QStringLiteral("repair")},
        {HistoryEvent::Type::Baseline, QStringLiteral("baseline")},
    };
    return names;
}

HistoryEvent::Type eventTypeFrom(const QString &name)
{
    for (const auto &[type, text] : eventNames())
        if (text == name)
            return type;
    return HistoryEvent::Type::Repair;
}

// A repeatable migration has no version: stored as '' (the column is NOT NULL), never as NULL.
QString versionText(const Version &version)
{
    return version.isEmpty() ? QStringLiteral("") : version.toString();
}

// Binds by position, so a reused statement takes new values instead of appending to old ones.
bool runWith(QSqlQuery *query, const QVariantList &values, QString *error)
{
    if (!query)
        return false;
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    const bool ok = run(*query, error);
    query->finish();
    return ok;
}

} // namespace

QString historyEventName(HistoryEvent::Type type)
{
    for (const auto &[t, text] : eventNames())
        if (t == type)
            return text;
    return {};
}

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

bool HistoryStore::ensureTables(QString *error)
{
    for (const QString &sql : m_dialect.createTablesSql(m_tables)) {
        QSqlQuery query(m_db);
        if (!query.exec(sql)) {
            *error = databaseMessage(query.lastError());
            return false;
        }
    }
    return true;
}

std::optional<QList<AppliedMigration>> HistoryStore::readApplied(QString *error) const
{
    QList<AppliedMigration> rows;
    if (!exists())
        return rows;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT installed_rank, version, description, kind, script, checksum, up_sql, down_sql, "
                                 "applied_by, applied_at, execution_ms, statements_done, statements_total, run_id "
                                 "FROM %1 ORDER BY installed_rank")
                      .arg(m_tables.history));
    if (!run(query, error))
        return std::nullopt;
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
        rows.append(std::move(row));
    }
    return rows;
}

std::optional<QList<HistoryEvent>> HistoryStore::readEvents(QString *error) const
{
    QList<HistoryEvent> events;
    if (!m_dialect.tableExists(m_db, m_tables.events))
        return events;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, event, version, description, script, run_id, actor, at, error, details, "
                                 "error_statement, error_line "
                                 "FROM %1 ORDER BY id")
                      .arg(m_tables.events));
    if (!run(query, error))
        return std::nullopt;
    while (query.next()) {
        HistoryEvent event;
        event.id = query.value(0).toLongLong();
        event.type = eventTypeFrom(query.value(1).toString());
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
        events.append(std::move(event));
    }
    return events;
}

bool HistoryStore::insertApplied(const AppliedMigration &row, QString *error)
{
    QSqlQuery *query = prepared(m_insertApplied,
                                QStringLiteral("INSERT INTO %1 (version, description, kind, script, checksum, up_sql, "
                                               "down_sql, applied_by, applied_at, execution_ms, statements_done, "
                                               "statements_total, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                    .arg(m_tables.history),
                                error);
    return runWith(query,
                   {versionText(row.version), row.description, migrationKindName(row.kind), row.script, row.checksum,
                    row.upSql, row.downSql, row.appliedBy, m_dialect.timestampValue(row.appliedAt), row.executionMs,
                    row.statementsDone, row.statementsTotal, row.runId},
                   error);
}

std::optional<int> HistoryStore::readProgress(qint64 installedRank, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT statements_done FROM %1 WHERE installed_rank = ?").arg(m_tables.history));
    query.addBindValue(installedRank);
    if (!run(query, error) || !query.next())
        return std::nullopt;
    return query.value(0).toInt();
}

bool HistoryStore::updateProgress(qint64 installedRank, int statementsDone, qint64 executionMs, QString *error)
{
    QSqlQuery *query = prepared(
        m_updateProgress,
        QStringLiteral("UPDATE %1 SET statements_done = ?, execution_ms = ? WHERE installed_rank = ?").arg(m_tables.history),
        error);
    return runWith(query, {statementsDone, executionMs, installedRank}, error);
}

bool HistoryStore::deleteApplied(qint64 installedRank, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE installed_rank = ?").arg(m_tables.history));
    query.addBindValue(installedRank);
    if (!run(query, error))
        return false;
    if (query.numRowsAffected() != 1) {
        *error = QStringLiteral("history row %1 was already gone").arg(installedRank);
        return false;
    }
    return true;
}

bool HistoryStore::appendEvent(const HistoryEvent &event, QString *error)
{
    QSqlQuery *query = prepared(m_appendEvent,
                                QStringLiteral("INSERT INTO %1 (event, version, description, script, run_id, actor, at, "
                                               "error, details, error_statement, error_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                    .arg(m_tables.events),
                                error);
    return runWith(query,
                   {historyEventName(event.type), textOrNull(event.version.toString()), event.description, event.script,
                    event.runId, event.actor, m_dialect.timestampValue(event.at), textOrNull(event.error),
                    textOrNull(event.details), event.errorStatement, event.errorLine},
                   error);
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
