#pragma once

#include "history/historystore.h"

#include <QList>
#include <QString>

namespace tidemark {

// Whether the events' hash chain holds (history/eventchain.h, docs/AUDIT.md).
struct ChainVerdict
{
    bool started = false;     // a chain-start event exists
    bool holds = true;        // every event from the chain start on matches
    qint64 chainStartId = 0;
    int sealedEvents = 0;     // events before the chain start, sealed by it
    int chainedEvents = 0;    // events from the chain start on
    qint64 brokenAt = 0;      // the id of the first event that does not match; 0 when it holds
    QString problem;          // what does not match there, in words
    QString head;             // the newest event's hash: quote it to prove later that nothing after it was removed
    bool expectedHeadFound = true; // the head given to verifyChain is one of the chain's hashes

    QString summary() const;  // one line: "holds, 42 events, head 3fa4…" or what broke where
};

// Walks the chain in id order. expectedHead: a head printed earlier (a report's, a run's); the chain must still
// contain it, else events after it were deleted or the chain was rewritten.
ChainVerdict verifyChain(const QList<HistoryEvent> &events, const QString &expectedHead = {});

} // namespace tidemark
