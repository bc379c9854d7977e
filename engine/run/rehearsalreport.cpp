#include "rehearsalreport.h"

#include "core/tr.h"
#include "diff/textdiff.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tidemark {
namespace {

QJsonObject stepJson(const RehearsedStep &step)
{
    QJsonObject json{{QStringLiteral("step"), step.label},
                     {QStringLiteral("direction"), directionName(step.direction)},
                     {QStringLiteral("version"), step.version.toString()},
                     {QStringLiteral("script"), step.script},
                     {QStringLiteral("result"), rehearsedStepResultName(step.result)},
                     {QStringLiteral("statements_run"), step.statementsRun},
                     {QStringLiteral("statements"), step.statementsTotal},
                     {QStringLiteral("ms"), double(step.elapsedUs) / 1000.0},
                     {QStringLiteral("rows"), step.rows}};
    QJsonArray notRun;
    for (const UnrehearsedStatement &s : step.notRun)
        notRun.append(QJsonObject{{QStringLiteral("statement"), s.statement},
                                  {QStringLiteral("line"), s.line},
                                  {QStringLiteral("sql"), s.summary},
                                  {QStringLiteral("why"), s.why}});
    if (!notRun.isEmpty())
        json.insert(QStringLiteral("not_run"), notRun);
    QJsonArray locks;
    for (const HeldLock &lock : step.locks)
        locks.append(QJsonObject{{QStringLiteral("mode"), lock.mode},
                                 {QStringLiteral("relation"), lock.relation},
                                 {QStringLiteral("kind"), lock.kind},
                                 {QStringLiteral("text"), lock.describe()}});
    if (!locks.isEmpty())
        json.insert(QStringLiteral("locks"), locks);
    if (step.result == RehearsedStep::Result::Failed)
        json.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("statement"), step.failedStatement},
                                                         {QStringLiteral("line"), step.failedLine},
                                                         {QStringLiteral("sql"), step.failedSql},
                                                         {QStringLiteral("message"), step.error}});
    return json;
}

} // namespace

QString rehearsedStepResultName(RehearsedStep::Result result)
{
    switch (result) {
    case RehearsedStep::Result::Succeeded: return QStringLiteral("succeeded");
    case RehearsedStep::Result::Failed: return QStringLiteral("failed");
    case RehearsedStep::Result::NotReached: return QStringLiteral("not-reached");
    case RehearsedStep::Result::Blocked: return QStringLiteral("blocked");
    }
    return {};
}

QString rehearsalOutcomeName(RehearsalOutcome outcome)
{
    switch (outcome) {
    case RehearsalOutcome::Succeeded: return QStringLiteral("succeeded");
    case RehearsalOutcome::Failed: return QStringLiteral("failed");
    case RehearsalOutcome::Refused: return QStringLiteral("refused");
    case RehearsalOutcome::LockNotAcquired: return QStringLiteral("lock-not-acquired");
    case RehearsalOutcome::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QString RehearsalReport::schemaDiff() const
{
    if (!schemaRead)
        return {};
    return unifiedDiff(diffTexts(before.text(), after.text(), {true, false, false}), Tr::tr("schema before"),
                       Tr::tr("schema after"));
}

QJsonObject RehearsalReport::toJson() const
{
    QJsonArray stepList;
    for (const RehearsedStep &step : steps)
        stepList.append(stepJson(step));
    QJsonObject json{{QStringLiteral("type"), QStringLiteral("rehearsal")},
                     {QStringLiteral("outcome"), rehearsalOutcomeName(outcome)},
                     {QStringLiteral("message"), message},
                     {QStringLiteral("where"), where},
                     {QStringLiteral("steps"), stepList},
                     {QStringLiteral("left_nothing_behind"), leftNothingBehind}};
    if (!leftBehind.isEmpty())
        json.insert(QStringLiteral("left_behind"), leftBehind);
    if (schemaRead) {
        json.insert(QStringLiteral("schema_before"), before.text());
        json.insert(QStringLiteral("schema_after"), after.text());
        json.insert(QStringLiteral("schema_diff"), schemaDiff());
    }
    if (!notes.isEmpty())
        json.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    return json;
}

} // namespace tidemark
