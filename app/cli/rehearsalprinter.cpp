#include "rehearsalprinter.h"

#include "core/tr.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace tidemark::cli {
namespace {

QString resultWord(RehearsedStep::Result result)
{
    switch (result) {
    case RehearsedStep::Result::Succeeded: return Tr::tr("ok");
    case RehearsedStep::Result::Failed: return Tr::tr("FAILED");
    case RehearsedStep::Result::NotReached: return Tr::tr("not reached");
    case RehearsedStep::Result::Blocked: return Tr::tr("BLOCKED");
    }
    return {};
}

void printStep(QTextStream &out, const RehearsedStep &step)
{
    out << "  " << resultWord(step.result).leftJustified(12) << step.label;
    if (step.result == RehearsedStep::Result::Succeeded || step.result == RehearsedStep::Result::Failed)
        out << "  "
            << Tr::tr("(statements: %1 of %2, %3 ms, rows: %4)")
                   .arg(step.statementsRun)
                   .arg(step.statementsTotal)
                   .arg(QString::number(double(step.elapsedUs) / 1000.0, 'f', 1))
                   .arg(step.rows);
    out << '\n';
    const QString indent(14, u' ');
    for (const HeldLock &lock : step.locks)
        out << indent << lock.describe() << '\n';
    for (const UnrehearsedStatement &s : step.notRun)
        out << indent
            << Tr::tr("not run: statement %1 (line %2) %3: %4").arg(s.statement).arg(s.line).arg(s.summary, s.why)
            << '\n';
    if (step.result == RehearsedStep::Result::Failed) {
        if (step.failedStatement > 0)
            out << indent << Tr::tr("statement %1, line %2: %3").arg(step.failedStatement).arg(step.failedLine).arg(step.error)
                << '\n'
                << indent << step.failedSql.section(u'\n', 0, 0).simplified() << '\n';
        else
            out << indent << step.error << '\n';
    }
    if (step.result == RehearsedStep::Result::Blocked)
        out << indent << step.error << '\n';
}

} // namespace

void printRehearsal(QTextStream &out, const RehearsalReport &report, DatabaseKind kind, bool json)
{
    if (json) {
        out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
        return;
    }
    if (!report.steps.isEmpty()) {
        out << Tr::tr("Rehearsal on %1, %2:").arg(databaseProductName(kind), report.where) << '\n';
        for (const RehearsedStep &step : report.steps)
            printStep(out, step);
    }
    if (report.schemaRead) {
        const QString diff = report.schemaDiff();
        out << '\n'
            << (diff.isEmpty() ? Tr::tr("The plan leaves the schema as it was.") : Tr::tr("Schema, before and after:"))
            << '\n'
            << diff;
    }
    for (const QString &note : report.notes)
        out << Tr::tr("Note: %1").arg(note) << '\n';
    if (!report.steps.isEmpty())
        out << (report.leftNothingBehind
                    ? Tr::tr("Nothing was left behind: the schema and Tidemark's history read as before.")
                    : Tr::tr("WARNING: %1").arg(report.leftBehind))
            << '\n';
    out.flush();
}

} // namespace tidemark::cli
