#include "runevent.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tidemark {

QString RunEvent::typeName() const
{
    switch (type) {
    case Type::RunStarted: return QStringLiteral("run_started");
    case Type::LockWaiting: return QStringLiteral("lock_waiting");
    case Type::LockAcquired: return QStringLiteral("lock_acquired");
    case Type::MigrationStarted: return QStringLiteral("migration_started");
    case Type::StatementExecuted: return QStringLiteral("statement_executed");
    case Type::MigrationApplied: return QStringLiteral("migration_applied");
    case Type::MigrationRolledBack: return QStringLiteral("migration_rolled_back");
    case Type::MigrationSkipped: return QStringLiteral("migration_skipped");
    case Type::StatementSettled: return QStringLiteral("statement_settled");
    case Type::MigrationFailed: return QStringLiteral("migration_failed");
    case Type::RunFinished: return QStringLiteral("run_finished");
    }
    return {};
}

QJsonObject RunEvent::toJson() const
{
    QJsonObject json{
        {QStringLiteral("type"), typeName()},
        {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("run_id"), runId},
    };
    if (!version.isEmpty()) {
        json.insert(QStringLiteral("direction"), directionName(direction));
        json.insert(QStringLiteral("version"), version.toString());
        json.insert(QStringLiteral("description"), description);
        json.insert(QStringLiteral("script"), script);
    }
    if (statementIndex >= 0) {
        json.insert(QStringLiteral("statement"), statementIndex + 1);
        json.insert(QStringLiteral("statements"), statementCount);
        json.insert(QStringLiteral("line"), line);
    }
    if (type == Type::StatementExecuted || type == Type::MigrationApplied || type == Type::MigrationRolledBack
        || type == Type::RunFinished)
        json.insert(QStringLiteral("duration_ms"), durationMs);
    if (rows >= 0)
        json.insert(QStringLiteral("rows"), rows);
    if (!holder.isEmpty())
        json.insert(QStringLiteral("holder"), holder);
    if (!message.isEmpty())
        json.insert(QStringLiteral("message"), message);
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    if (!plan.isEmpty())
        json.insert(QStringLiteral("plan"), QJsonArray::fromStringList(plan));
    return json;
}

QByteArray RunLog::toJsonLines() const
{
    QByteArray out;
    for (const RunEvent &event : m_events) {
        out += QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact);
        out += '\n';
    }
    return out;
}

} // namespace tidemark
