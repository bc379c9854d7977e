#include "reportredaction.h"

#include "connections/redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tidemark {
namespace {

QJsonValue redactedValue(const QJsonValue &value)
{
    if (value.isString())
        return redacted(value.toString());
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(redactedValue(item));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = redactedValue(it.value());
        return object;
    }
    return value;
}

} // namespace

QString redacted(const QString &text)
{
    return redact(text, QString());
}

QString redactedJson(const QString &json)
{
    if (json.isEmpty())
        return json;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return redacted(json); // not Tidemark's JSON: cleaned as plain text
    const QJsonValue clean = redactedValue(document.isObject() ? QJsonValue(document.object())
                                                               : QJsonValue(document.array()));
    return QString::fromUtf8(clean.isObject() ? QJsonDocument(clean.toObject()).toJson(QJsonDocument::Compact)
                                              : QJsonDocument(clean.toArray()).toJson(QJsonDocument::Compact));
}

HistoryEvent redactedEvent(HistoryEvent event)
{
    for (QString *text : {&event.description, &event.script, &event.runId, &event.actor, &event.error,
                          &event.details, &event.checksum, &event.sql})
        *text = redacted(*text);
    event.data = redactedJson(event.data);
    return event;
}

} // namespace tidemark
