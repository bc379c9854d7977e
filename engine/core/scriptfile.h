#pragma once

#include <QString>

namespace tidemark {

struct ScriptFile
{
    QString text;
    QString error;     // why the file could not be used; empty when text is valid
    int errorLine = 0; // the line the error is on; 0 when it is about the file as a whole
};

// Reads a script as UTF-8 (a BOM is dropped). Unreadable files, invalid UTF-8 and NUL bytes come back with an
// error.
ScriptFile readScriptFile(const QString &path);

// Writes a new file; never overwrites one that exists. Returns an error message, empty on success.
QString writeNewScriptFile(const QString &path, const QString &text);

} // namespace tidemark
