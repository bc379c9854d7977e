#include "jsonlinesreport.h"

#include "eventfields.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tidemark {

QByteArray jsonLinesReport(const ReportContent &content)
{
    QByteArray lines;
    for (const HistoryEvent &event : content.events) {
        QJsonObject object;
        for (const EventField &field : eventFields())
            object.insert(field.name, field.value(event));
        lines += QJsonDocument(object).toJson(QJsonDocument::Compact);
        lines += '\n';
    }
    return lines;
}

} // namespace tidemark
