#include "auditcommand.h"

#include "audit/chainverdict.h"
#include "core/tr.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace tidemark::cli {
namespace {

// "event 57 (fail 3 create_orders, 2026-11-12T10:22:01Z, by dba@host)"
QString eventText(const QList<HistoryEvent> &events, qint64 id)
{
    for (const HistoryEvent &e : events)
        if (e.id == id)
            return Tr::tr("event %1 (%2%3, %4, by %5)")
                .arg(id)
                .arg(historyEventName(e.type),
                     e.version.isEmpty() && e.description.isEmpty() ? QString()
                                                                     : u' ' + (e.version.toString() + u' ' + e.description).trimmed(),
                     e.at.toString(Qt::ISODate), e.actor);
    return Tr::tr("event %1").arg(id);
}

} // namespace

int auditCommand(CliContext &context)
{
    const QStringList arguments = context.arguments();
    if (arguments != QStringList{QStringLiteral("verify")})
        return context.fail(UsageError, Tr::tr("audit takes one subcommand: audit verify [--head HASH]"));
    const std::unique_ptr<Session> session = context.openSession(OpenMode::ExistingOnly);
    if (!session)
        return context.exitCode();
    QString error;
    const HistoryStore history(session->database(), session->dialect(), session->project().tables);
    const std::optional<QList<HistoryEvent>> events = history.readEvents(&error);
    if (!events)
        return context.fail(RunFailed, error);
    const QString expectedHead = context.parser().value(QStringLiteral("head")).trimmed().toLower();
    const ChainVerdict verdict = verifyChain(*events, expectedHead);
    const bool holds = verdict.holds && verdict.expectedHeadFound;
    if (context.json()) {
        QJsonObject json{{QStringLiteral("holds"), holds},
                         {QStringLiteral("started"), verdict.started},
                         {QStringLiteral("chained_events"), verdict.chainedEvents},
                         {QStringLiteral("sealed_events"), verdict.sealedEvents},
                         {QStringLiteral("head"), verdict.head}};
        if (!verdict.holds) {
            json.insert(QStringLiteral("broken_at"), verdict.brokenAt);
            json.insert(QStringLiteral("problem"), verdict.problem);
        }
        if (!expectedHead.isEmpty())
            json.insert(QStringLiteral("expected_head_found"), verdict.expectedHeadFound);
        context.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else if (!verdict.holds) {
        context.out() << Tr::tr("audit chain broken at %1: %2").arg(eventText(*events, verdict.brokenAt), verdict.problem)
                      << '\n'
                      << Tr::tr("Someone with rights over %1 changed its rows behind Tidemark's back. The events up to "
                                "the one before it still hold; compare with a report or backup taken earlier.")
                             .arg(session->project().tables.events)
                      << Qt::endl;
    } else if (!verdict.expectedHeadFound) {
        context.out() << Tr::tr("audit chain: the head %1 is not in the chain: events after it were deleted, or the "
                                "chain was rewritten. The chain's head now: %2")
                             .arg(expectedHead, verdict.head.isEmpty() ? Tr::tr("none") : verdict.head)
                      << Qt::endl;
    } else {
        context.out() << Tr::tr("audit chain: %1").arg(verdict.summary()) << Qt::endl;
    }
    return holds ? Success : ValidationFailed;
}

} // namespace tidemark::cli
