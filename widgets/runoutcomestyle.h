#pragma once

#include "audit/auditrun.h"

#include <QColor>
#include <QString>
#include <QStringList>

namespace tidemark {

// How a run's outcome reads and looks, the same in the History table, its chart and the run's detail. The outcome
// is the run-end's name (succeeded, failed, cancelled, …); empty when no end was recorded.

// The outcomes in the order filters and legends list them, the empty one (no end recorded) last.
QStringList runOutcomeOrder();
QString runOutcomeTitle(const QString &outcome);       // translated: "Succeeded", "No end recorded"
QString runOutcomeExplanation(const QString &outcome); // translated, one sentence for tooltips
QColor runOutcomeColor(const QString &outcome);

// A history event's type as a person reads it, translated: "Applied", "Run started", "Waited for the lock".
QString historyEventTitle(HistoryEvent::Type type);

} // namespace tidemark
