#pragma once

#include "history/historystore.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace tidemark {

// One field of an event as the CSV and JSON Lines reports write it: the CSV column and the JSON key are its name,
// in this order (docs/REPORTS.md lists them).
struct EventField
{
    QString name;
    QJsonValue (*value)(const HistoryEvent &event); // a number for counts and ids, else text (data: an object)
};

const QList<EventField> &eventFields();

// A timestamp as every report writes it: UTC, ISO-8601 with milliseconds and Z.
QString reportTimestamp(const QDateTime &at);

} // namespace tidemark
