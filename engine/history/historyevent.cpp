#include "historyevent.h"

#include <QList>

namespace tidemark {
namespace {

const QList<std::pair<HistoryEvent::Type, QString>> &eventNames()
{
    static const QList<std::pair<HistoryEvent::Type, QString>> names = {
        {HistoryEvent::Type::Apply, QStringLiteral("apply")},
        {HistoryEvent::Type::Rollback, QStringLiteral("rollback")},
        {HistoryEvent::Type::Fail, QStringLiteral("fail")},
        {HistoryEvent::Type::Repair, QStringLiteral("repair")},
        {HistoryEvent::Type::Baseline, QStringLiteral("baseline")},
        {HistoryEvent::Type::Cancel, QStringLiteral("cancel")},
        {HistoryEvent::Type::Start, QStringLiteral("start")},
        {HistoryEvent::Type::Drift, QStringLiteral("drift")},
        {HistoryEvent::Type::RunStart, QStringLiteral("run-start")},
        {HistoryEvent::Type::RunEnd, QStringLiteral("run-end")},
        {HistoryEvent::Type::LockWait, QStringLiteral("lock-wait")},
        {HistoryEvent::Type::Upgrade, QStringLiteral("upgrade")},
        {HistoryEvent::Type::ChainStart, QStringLiteral("chain-start")},
    };
    return names;
}

} // namespace

QString historyEventName(HistoryEvent::Type type)
{
    for (const auto &[t, text] : eventNames())
        if (t == type)
            return text;
    return {};
}

std::optional<HistoryEvent::Type> historyEventType(const QString &name)
{
    for (const auto &[type, text] : eventNames())
        if (text == name)
            return type;
    return std::nullopt;
}

} // namespace tidemark
