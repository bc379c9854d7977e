#pragma once

#include <QList>
#include <QString>

namespace tidemark {

// A problem found in the project's files. Errors stop a run; warnings are shown.
struct Diagnostic
{
    enum class Severity { Warning, Error };

    Severity severity = Severity::Error;
    QString file; // relative to the migrations folder
    int line = 0; // 0 when the problem is the file as a whole
    QString message;

    QString toString() const;
};

bool hasErrors(const QList<Diagnostic> &diagnostics);

} // namespace tidemark
