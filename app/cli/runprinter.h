#pragma once

#include "run/plan.h"
#include "run/runevent.h"

#include <QJsonObject>
#include <QTextStream>

namespace tidemark::cli {

// Prints a run as it goes: readable lines for a person, or the run log as JSON Lines.
class RunPrinter
{
public:
    RunPrinter(QTextStream &out, bool json);

    void printPlan(const Plan &plan, bool dryRun);
    void print(const RunEvent &event);

private:
    QTextStream &m_out;
    bool m_json;
    bool m_failed = false;
};

// A diagnostic about the files as the JSON outputs give it: severity, file, line, message.
QJsonObject diagnosticJson(const Diagnostic &diagnostic);

} // namespace tidemark::cli
