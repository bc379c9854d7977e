#include "eventfields.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tidemark {
namespace {

QJsonValue dataValue(const HistoryEvent &e)
{
    if (e.data.isEmpty())
        return QJsonValue::Null;
    const QJsonDocument document = QJsonDocument::fromJson(e.data.toUtf8());
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(e.data);
}

} // namespace

QString reportTimestamp(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

const QList<EventField> &eventFields()
{
    static const QList<EventField> fields = {
        {QStringLiteral("id"), [](const HistoryEvent &e) { return QJsonValue(e.id); }},
        {QStringLiteral("event"), [](const HistoryEvent &e) { return QJsonValue(historyEventName(e.type)); }},
        {QStringLiteral("version"), [](const HistoryEvent &e) { return QJsonValue(e.version.toString()); }},
        {QStringLiteral("description"), [](const HistoryEvent &e) { return QJsonValue(e.description); }},
        {QStringLiteral("script"), [](const HistoryEvent &e) { return QJsonValue(e.script); }},
        {QStringLiteral("run_id"), [](const HistoryEvent &e) { return QJsonValue(e.runId); }},
        {QStringLiteral("actor"), [](const HistoryEvent &e) { return QJsonValue(e.actor); }},
        {QStringLiteral("at"), [](const HistoryEvent &e) { return QJsonValue(reportTimestamp(e.at)); }},
        {QStringLiteral("error"), [](const HistoryEvent &e) { return QJsonValue(e.error); }},
        {QStringLiteral("details"), [](const HistoryEvent &e) { return QJsonValue(e.details); }},
        {QStringLiteral("error_statement"), [](const HistoryEvent &e) { return QJsonValue(e.errorStatement); }},
        {QStringLiteral("error_line"), [](const HistoryEvent &e) { return QJsonValue(e.errorLine); }},
        {QStringLiteral("duration_ms"), [](const HistoryEvent &e) { return QJsonValue(e.durationMs); }},
        {QStringLiteral("statements"), [](const HistoryEvent &e) { return QJsonValue(e.statements); }},
        {QStringLiteral("checksum"), [](const HistoryEvent &e) { return QJsonValue(e.checksum); }},
        {QStringLiteral("sql"), [](const HistoryEvent &e) { return QJsonValue(e.sql); }},
        {QStringLiteral("data"), dataValue},
        {QStringLiteral("prev_hash"), [](const HistoryEvent &e) { return QJsonValue(e.prevHash); }},
        {QStringLiteral("hash"), [](const HistoryEvent &e) { return QJsonValue(e.hash); }},
    };
    return fields;
}

} // namespace tidemark
