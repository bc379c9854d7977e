#pragma once

#include "core/diagnostic.h"
#include "sql/gooseannotation.h"

#include <QString>

namespace tidemark {

// A goose file split into its sections. A section's text is exactly the file's text from the line after its
// annotation up to (not including) the next Up/Down annotation line or the end of the file, so the
// StatementBegin/End and NO TRANSACTION lines inside it stay in it, and line L of the text is line
// firstLine + L - 1 of the file.
struct GooseSection
{
    bool present = false;       // its annotation is in the file
    int annotationLine = 0;
    int firstLine = 0;          // file line of the text's first line
    QString text;
    bool hasStatements = false; // something other than blank lines and comments
};

struct GooseScript
{
    GooseSection up;
    GooseSection down;
    bool transactional = true;     // false with -- +goose NO TRANSACTION
    QList<Diagnostic> diagnostics; // file left empty for the caller to fill in
};

GooseScript parseGooseScript(const QString &text);

// True when the text has an Up or Down annotation goose would read.
bool hasGooseAnnotations(const QString &text);

} // namespace tidemark
