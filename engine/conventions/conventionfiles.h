#pragma once

#include "core/diagnostic.h"
#include "core/scriptfile.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace tidemark {

// Helpers every convention shares: which version a new migration gets, lines of a script, diagnostics.

// What an empty folder's first migration is numbered with.
enum class FirstVersion { Timestamp, One };

// The version text (as it goes into a file name) of the next migration after the existing ones, which are
// given as written in their file names ("001", "1_12_28", "20240101120000"). The folder's style is kept:
// a timestamp when the latest version is one (14 digits or more), otherwise the latest version with its
// last part raised by one at the same width and with the same separators ("1_12_28" -> "1_12_29",
// "009" -> "010"). A timestamp never goes backwards: when the latest is at or after now, it is raised by one.
QString nextVersionText(const QStringList &existingVersionTexts, const QDateTime &nowUtc, FirstVersion first);

// Always a UTC timestamp (yyyyMMddHHmmss), raised past the latest existing version when that is at or after now.
QString nextTimestampVersion(const QStringList &existingVersionTexts, const QDateTime &nowUtc);

// One line of a script: [start, end) in the QString without its line break, next = where the next line starts.
struct ScriptLine
{
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype next = 0;
    int number = 1; // 1-based

    QStringView text(const QString &script) const { return QStringView(script).mid(start, end - start); }
};

// The lines of a script, split at LF as the statement splitter counts them (a CR before the LF is not part of
// the line); an empty script has no lines.
QList<ScriptLine> scriptLines(const QString &script);

// Blank or only a "--" comment.
bool isBlankOrComment(QStringView line);

// The *.sql files of a folder in name order (patterns match case-insensitively). Broken links are listed, so
// that reading them gives a diagnostic instead of silently skipping them; pipes and sockets are not.
QStringList sqlFileNames(const QString &dir);
QStringList migrationFileNames(const QString &dir, const QStringList &patterns);

Diagnostic conventionError(const QString &file, int line, const QString &message);
Diagnostic conventionWarning(const QString &file, int line, const QString &message);
// Why readScriptFile could not read the file, at the line it names.
Diagnostic scriptFileError(const QString &file, const ScriptFile &script);

} // namespace tidemark
