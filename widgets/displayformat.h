#pragma once

#include <QDateTime>
#include <QString>

namespace tidemark {

// How durations and times read in the GUI, the same in every view.

// "850 ms", "2.4 s", "3 min 12 s"
QString formatDuration(qint64 milliseconds);
// Local time to the minute, "2024-05-01 14:30"; empty for an invalid time.
QString formatShortTime(const QDateTime &at);
// Local time to the second with its UTC counterpart, "2024-05-01 14:30:05 (12:30:05 UTC)".
QString formatFullTime(const QDateTime &at);

} // namespace tidemark
