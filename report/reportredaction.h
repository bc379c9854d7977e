#pragma once

#include "history/historystore.h"

#include <QString>

namespace tidemark {

// What a report shows of text that came from the database or the files, with every password taken out
// (connections/redaction.h). A report has no password to look for: it removes those in URLs and key=value text.
QString redacted(const QString &text);
// A JSON object's text with each string value redacted, so that the text stays JSON.
QString redactedJson(const QString &json);
// Every text field of the event redacted; ids, numbers, hashes and times as they are.
HistoryEvent redactedEvent(HistoryEvent event);

} // namespace tidemark
