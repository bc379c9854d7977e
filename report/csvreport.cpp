#include "csvreport.h"

#include "csv.h"
#include "eventfields.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tidemark {
namespace {

QString cellText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString(); // null: empty
}

} // namespace

QByteArray csvReport(const ReportContent &content)
{
    QStringList header;
    for (const EventField &field : eventFields())
        header << field.name;
    QString text = csvRecord(header);
    for (const HistoryEvent &event : content.events) {
        QStringList row;
        for (const EventField &field : eventFields())
            row << cellText(field.value(event));
        text += csvRecord(row);
    }
    return text.toUtf8();
}

} // namespace tidemark
