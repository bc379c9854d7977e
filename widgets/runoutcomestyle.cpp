#include "runoutcomestyle.h"

#include "workbenchpalette.h"

#include <QCoreApplication>

namespace tidemark {
QStringList runOutcomeOrder()
{
    return {QStringLiteral("succeeded"),
            QStringLiteral("failed"),
            QStringLiteral("cancelled"),
            QStringLiteral("stopped"),
            QStringLiteral("refused"),
            QStringLiteral("lock-not-acquired"),
            QString()};
}

QString runOutcomeTitle(const QString &outcome)
{
    if (outcome == u"succeeded")
        return QCoreApplication::translate("tidemark::RunOutcome", "Succeeded");
    if (outcome == u"failed")
        return QCoreApplication::translate("tidemark::RunOutcome", "Failed");
    if (outcome == u"cancelled")
        return QCoreApplication::translate("tidemark::RunOutcome", "Cancelled");
    if (outcome == u"stopped")
        return QCoreApplication::translate("tidemark::RunOutcome", "Stopped");
    if (outcome == u"refused")
        return QCoreApplication::translate("tidemark::RunOutcome", "Refused");
    if (outcome == u"lock-not-acquired")
        return QCoreApplication::translate("tidemark::RunOutcome", "Lock not acquired");
    if (outcome.isEmpty())
        return QCoreApplication::translate("tidemark::RunOutcome", "No end recorded");
    return outcome; // written by a newer Tidemark
}

QString runOutcomeExplanation(const QString &outcome)
{
    if (outcome == u"succeeded")
        return QCoreApplication::translate("tidemark::RunOutcome", "Every migration of the plan ran.");
    if (outcome == u"failed")
        return QCoreApplication::translate("tidemark::RunOutcome",
                                           "A migration failed; it was rolled back where the database allows.");
    if (outcome == u"cancelled")
        return QCoreApplication::translate(
            "tidemark::RunOutcome",
            "Cancelled while it ran; the migration in progress was rolled back where the database allows.");
    if (outcome == u"stopped")
        return QCoreApplication::translate("tidemark::RunOutcome", "Stopped after a migration, as asked.");
    if (outcome == u"refused")
        return QCoreApplication::translate("tidemark::RunOutcome", "The plan was refused; nothing ran.");
    if (outcome == u"lock-not-acquired")
        return QCoreApplication::translate("tidemark::RunOutcome", "Another run held the migration lock; nothing ran.");
    if (outcome.isEmpty())
        return QCoreApplication::translate(
            "tidemark::RunOutcome",
            "The run's end was never written: it was killed, lost its connection or power, or is still "
            "running. Its events show how far it got.");
    return {};
}

QColor runOutcomeColor(const QString &outcome)
{
    if (outcome == u"succeeded")
        return workbenchpalette::successGreen();
    if (outcome == u"failed")
        return workbenchpalette::productionRed();
    if (outcome == u"cancelled" || outcome == u"stopped")
        return workbenchpalette::warningAmber();
    if (outcome.isEmpty())
        return workbenchpalette::missingPurple();
    return workbenchpalette::mutedText(); // nothing ran
}

QString historyEventTitle(HistoryEvent::Type type)
{
    switch (type) {
    case HistoryEvent::Type::Apply: return QCoreApplication::translate("tidemark::RunOutcome", "Applied");
    case HistoryEvent::Type::Rollback: return QCoreApplication::translate("tidemark::RunOutcome", "Rolled back");
    case HistoryEvent::Type::Fail: return QCoreApplication::translate("tidemark::RunOutcome", "Failed");
    case HistoryEvent::Type::Repair: return QCoreApplication::translate("tidemark::RunOutcome", "Repaired");
    case HistoryEvent::Type::Baseline: return QCoreApplication::translate("tidemark::RunOutcome", "Baselined");
    case HistoryEvent::Type::Cancel: return QCoreApplication::translate("tidemark::RunOutcome", "Cancelled");
    case HistoryEvent::Type::Start: return QCoreApplication::translate("tidemark::RunOutcome", "Started");
    case HistoryEvent::Type::Drift: return QCoreApplication::translate("tidemark::RunOutcome", "Drift settled");
    case HistoryEvent::Type::RunStart: return QCoreApplication::translate("tidemark::RunOutcome", "Run started");
    case HistoryEvent::Type::RunEnd: return QCoreApplication::translate("tidemark::RunOutcome", "Run ended");
    case HistoryEvent::Type::LockWait:
        return QCoreApplication::translate("tidemark::RunOutcome", "Waited for the lock");
    case HistoryEvent::Type::Upgrade: return QCoreApplication::translate("tidemark::RunOutcome", "Tables upgraded");
    case HistoryEvent::Type::ChainStart:
        return QCoreApplication::translate("tidemark::RunOutcome", "Hash chain started");
    }
    return {};
}

} // namespace tidemark
