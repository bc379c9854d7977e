#include "core/tr.h"
#include "runprinter.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace tidemark::cli {
namespace {


QString name(const RunEvent &event)
{
    return event.version.toString() + u' ' + event.description;
}

} // namespace

RunPrinter::RunPrinter(QTextStream &out, bool json)
    : m_out(out)
    , m_json(json)
{
}

void RunPrinter::printPlan(const Plan &plan, bool dryRun)
{
    if (plan.steps.isEmpty()) {
        m_out << plan.note << Qt::endl;
        return;
    }
    m_out << (dryRun ? Tr::tr("Plan (dry run, nothing is changed):") : Tr::tr("Plan:")) << '\n';
    for (const PlanStep &step : plan.steps)
        m_out << "  " << step.label() << "  "
              << Tr::tr("(statements: %1, %2)")
                     .arg(step.statementCount)
                     .arg(step.transactional ? Tr::tr("in a transaction")
                                             : Tr::tr("without a transaction: %1").arg(step.whyNoTransaction))
              << '\n';
    m_out.flush();
}

void RunPrinter::print(const RunEvent &event)
{
    if (m_json) {
        m_out << QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
        return;
    }
    switch (event.type) {
    case RunEvent::Type::LockWaiting:
        m_out << Tr::tr("waiting for the migration lock held by %1").arg(event.holder) << Qt::endl;
        break;
    case RunEvent::Type::LockAcquired:
        if (!event.message.isEmpty())
            m_out << event.message << Qt::endl;
        break;
    case RunEvent::Type::MigrationStarted:
        m_out << (event.direction == Direction::Up ? Tr::tr("applying %1 … ") : Tr::tr("rolling back %1 … ")).arg(name(event));
        m_out.flush();
        break;
    case RunEvent::Type::MigrationApplied:
    case RunEvent::Type::MigrationRolledBack:
        if (!event.message.isEmpty()) { // recorded without running: a baseline or a repair
            m_out << Tr::tr("recorded %1: %2").arg(name(event), event.message) << Qt::endl;
            break;
        }
        m_out << Tr::tr("ok (statements: %1, %2 ms)").arg(event.statementCount).arg(event.durationMs) << Qt::endl;
        break;
    case RunEvent::Type::MigrationSkipped:
        m_out << Tr::tr("skipped %1: %2").arg(name(event), event.message) << Qt::endl;
        break;
    case RunEvent::Type::StatementSettled:
        m_out << Tr::tr("%1: %2").arg(name(event), event.message) << Qt::endl;
        break;
    case RunEvent::Type::MigrationFailed:
        m_failed = true;
        m_out << Tr::tr("FAILED") << '\n' << "  " << event.error << Qt::endl;
        if (!event.message.isEmpty())
            m_out << "  " << event.message << Qt::endl;
        break;
    case RunEvent::Type::RunFinished:
        if (m_failed)
            break; // the failure was printed in full; the caller reports the outcome
        m_out << event.message << Tr::tr(" (%1 ms)").arg(event.durationMs) << Qt::endl;
        break;
    case RunEvent::Type::RunStarted:
    case RunEvent::Type::StatementExecuted:
        break;
    }
}

QJsonObject diagnosticJson(const Diagnostic &d)
{
    return {
        {QStringLiteral("severity"), d.severity == Diagnostic::Severity::Error ? "error" : "warning"},
        {QStringLiteral("file"), d.file},
        {QStringLiteral("line"), d.line},
        {QStringLiteral("message"), d.message},
    };
}

} // namespace tidemark::cli
