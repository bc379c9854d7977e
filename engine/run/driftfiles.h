#pragma once

#include "conventions/convention.h"
#include "history/historystore.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

namespace tidemark {

// The files a drift action wrote, with what each held before, so that all of them can be put back when the action
// cannot be completed: the folder reads something other than the applied text, or the event cannot be recorded.
class FileChanges
{
public:
    // Writes text over a file that exists, keeping its byte order mark. False with why.
    bool rewrite(const QString &path, const QString &text, QString *error);
    // Writes a new file; never over one that exists. False with why.
    bool create(const QString &path, const QString &text, QString *error);
    // Every file as it was: rewritten ones get their old bytes back, created ones are removed. Empty when all are,
    // else which could not be.
    QString undo();
    QStringList paths() const;
    bool isEmpty() const { return m_changes.isEmpty(); }

private:
    struct Change
    {
        QString path;
        std::optional<QByteArray> before; // nullopt: the file was created
    };
    QList<Change> m_changes;
};

// Where a project's migrations are and how they are read and written.
struct MigrationFolder
{
    const Convention *convention = nullptr;
    QString dir;
};

// A modified migration's files rewritten so that its up (and its down, where the history has one) hold the applied
// text again; the rest of each file is kept as it is. False with why when a file no longer holds, at its line, the
// text the catalog read from it (it changed since).
bool restoreAppliedText(const MigrationFolder &folder, const Migration &file, const AppliedMigration &applied,
                        FileChanges &changes, QString *error);
// A missing migration's files written back from the history in the folder's convention, at the script the history
// names. The up file must be new; another of its files that exists (a down left behind) is kept as it is.
bool restoreMissingFiles(const MigrationFolder &folder, const AppliedMigration &applied, FileChanges &changes,
                         QString *error);
// The migration of that version and kind as the folder reads now; nullopt with why when it is not there.
std::optional<Migration> readMigration(const MigrationFolder &folder, const Version &version, MigrationKind kind,
                                       QString *error);

} // namespace tidemark
