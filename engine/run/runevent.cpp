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

void RunLog::setContext(const RunContext &context)
{
    const QJsonObject line = context.logLine();
    if (!m_contexts.isEmpty() && m_contexts.constLast().first == m_events.size())
        m_contexts.removeLast(); // no event went with it
    if (m_contexts.isEmpty() || m_contexts.constLast().second != line)
        m_contexts.append({m_events.size(), line});
}

QByteArray RunLog::toJsonLines() const
{
    QByteArray out;
    auto context = m_contexts.cbegin();
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        for (; context != m_contexts.cend() && context->first <= i; ++context) {
            out += QJsonDocument(context->second).toJson(QJsonDocument::Compact);
            out += '\n';
        }
        out += QJsonDocument(m_events.at(i).toJson()).toJson(QJsonDocument::Compact);
        out += '\n';
    }
    return out;
}

} // namespace tidemark
