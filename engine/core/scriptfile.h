#pragma once

#include <QString>

namespace tidemark {

struct ScriptFile
{
    QString text;
    QString error; // why the file could not be used; empty when text is valid
};

// Reads a script as UTF-8 (a BOM is dropped). Unreadable or invalid UTF-8 files come back with an error.
ScriptFile readScriptFile(const QString &path);

// Writes a new file; never overwrites one that exists. Returns an error message, empty on success.
QString writeNewScriptFile(const QString &path, const QString &text);

} // namespace tidemark
