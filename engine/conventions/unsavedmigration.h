#pragma once

#include "convention.h"

#include <optional>

namespace tidemark {

// A script as an editor holds it: its file name in the migrations folder and its text, saved or not.
struct ScriptText
{
    QString fileName;
    QString text;
};

// The one migration a convention reads from these files, as if they were the only ones in its folder: exactly
// how the editor's text would run once saved (sections, markers, no-transaction). nullopt with why when the
// convention reads no migration from them, or an error.
std::optional<Migration> readUnsavedMigration(const Convention &convention, const QList<ScriptText> &scripts,
                                              QString *error);

} // namespace tidemark
