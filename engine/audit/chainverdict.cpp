#include "chainverdict.h"

#include "core/tr.h"
#include "history/eventchain.h"

#include <QCoreApplication>

namespace tidemark {
namespace {

ChainVerdict broken(ChainVerdict verdict, const HistoryEvent &event, const QString &problem)
{
    verdict.holds = false;
    verdict.brokenAt = event.id;
    verdict.problem = problem;
    return verdict;
}

} // namespace

QString ChainVerdict::summary() const
{
    if (!started)
        return Tr::tr("no hash chain yet: the events were written before Tidemark kept one; the next run that changes "
                      "this database starts it");
    if (!holds)
        return Tr::tr("broken at event %1: %2").arg(brokenAt).arg(problem);
    if (!expectedHeadFound)
        return Tr::tr("the head given is not in the chain: events after it were deleted, or the chain was rewritten");
    return Tr::tr("holds: %1 events chained (%2 sealed before it began), head %3").arg(chainedEvents).arg(sealedEvents).arg(head);
}

ChainVerdict verifyChain(const QList<HistoryEvent> &events, const QString &expectedHead)
{
    ChainVerdict verdict;
    qsizetype start = -1;
    for (qsizetype i = 0; i < events.size() && start < 0; ++i)
        if (events.at(i).type == HistoryEvent::Type::ChainStart && !events.at(i).hash.isEmpty())
            start = i;
    if (start < 0) {
        verdict.expectedHeadFound = expectedHead.isEmpty();
        for (const HistoryEvent &event : events)
            if (!event.hash.isEmpty())
                return broken(verdict, event, Tr::tr("it carries a hash, but no chain-start event precedes it: the "
                                                     "chain's beginning was deleted"));
        return verdict;
    }
    verdict.started = true;
    verdict.chainStartId = events.at(start).id;
    verdict.sealedEvents = int(start);
    verdict.chainedEvents = int(events.size() - start);

    QString seal;
    for (qsizetype i = 0; i < start; ++i)
        seal = chainHash(seal, events.at(i).storedContent);
    bool expectedFound = expectedHead.isEmpty();
    QString previous = seal;
    for (qsizetype i = start; i < events.size(); ++i) {
        const HistoryEvent &event = events.at(i);
        if (event.hash.isEmpty())
            return broken(verdict, event, Tr::tr("it has no hash: it was written by hand, or by a Tidemark older than the chain"));
        if (event.prevHash != previous) {
            const QString problem = i == start
                ? Tr::tr("the %1 events before the chain start were changed or deleted since it sealed them").arg(start)
                : Tr::tr("it does not follow event %1: an event between them was deleted, or this one was inserted")
                      .arg(events.at(i - 1).id);
            return broken(verdict, event, problem);
        }
        if (chainHash(event.prevHash, event.storedContent) != event.hash)
            return broken(verdict, event, Tr::tr("its content was changed after it was written"));
        previous = event.hash;
        expectedFound = expectedFound || event.hash == expectedHead;
    }
    verdict.head = previous;
    verdict.expectedHeadFound = expectedFound;
    return verdict;
}

} // namespace tidemark
