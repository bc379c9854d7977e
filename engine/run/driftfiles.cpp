// Writing a drifted migration's files back as the history has them: the applied text into a modified file, or the
// files of a missing one written again.
#include "core/scriptfile.h"
#include "core/tr.h"
#include "driftfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace tidemark {
namespace {

const QByteArray byteOrderMark = QByteArrayLiteral("\xEF\xBB\xBF");

std::optional<QByteArray> readBytes(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

// Replaces the file's content at once: a crash leaves the old file or the new one, never half of it.
QString writeBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Tr::tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

// Where line (1-based) starts in text, as the conventions count lines (at LF); -1 when the text is shorter.
qsizetype lineOffset(const QString &text, int line)
{
    qsizetype offset = 0;
    for (int number = 1; number < line; ++number) {
        const qsizetype end = text.indexOf(u'\n', offset);
        if (end < 0)
            return -1;
        offset = end + 1;
    }
    return offset;
}

// One section of a file to be replaced: what the catalog read at that line, and what goes there instead.
struct SectionEdit
{
    int line = 1;
    QString current;
    QString replacement;
    qsizetype offset = 0;
};

bool applyEdits(const QString &path, const QString &script, QList<SectionEdit> edits, FileChanges &changes,
                QString *error)
{
    const ScriptFile read = readScriptFile(path);
    if (!read.error.isEmpty()) {
        *error = Tr::tr("%1: %2").arg(script, read.error);
        return false;
    }
    const QString &text = read.text;
    for (SectionEdit &edit : edits) {
        edit.offset = lineOffset(text, edit.line);
        if (edit.offset < 0 || QStringView(text).mid(edit.offset, edit.current.size()) != edit.current) {
            *error = Tr::tr("%1 no longer holds, at line %2, the text Tidemark read from it; it changed since: look "
                            "at status again")
                         .arg(script)
                         .arg(edit.line);
            return false;
        }
    }
    // From the end, so that each offset still points into the text as read.
    std::sort(edits.begin(), edits.end(), [](const SectionEdit &a, const SectionEdit &b) { return a.offset > b.offset; });
    QString restored = text;
    for (const SectionEdit &edit : std::as_const(edits))
        restored.replace(edit.offset, edit.current.size(), edit.replacement);
    return changes.rewrite(path, restored, error);
}

} // namespace

bool FileChanges::rewrite(const QString &path, const QString &text, QString *error)
{
    const std::optional<QByteArray> before = readBytes(path, error);
    if (!before)
        return false;
    const QByteArray bytes = (before->startsWith(byteOrderMark) ? byteOrderMark : QByteArray()) + text.toUtf8();
    if (QString failed = writeBytes(path, bytes); !failed.isEmpty()) {
        *error = failed;
        return false;
    }
    m_changes.append({path, *before});
    return true;
}

bool FileChanges::create(const QString &path, const QString &text, QString *error)
{
    if (!QDir().mkpath(QFileInfo(path).path())) {
        *error = Tr::tr("cannot create the folder %1").arg(QFileInfo(path).path());
        return false;
    }
    if (QString failed = writeNewScriptFile(path, text); !failed.isEmpty()) {
        *error = failed;
        return false;
    }
    m_changes.append({path, std::nullopt});
    return true;
}

QString FileChanges::undo()
{
    QStringList failed;
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it) {
        if (!it->before) {
            if (!QFile::remove(it->path))
                failed << Tr::tr("%1 could not be removed").arg(it->path);
        } else if (QString error = writeBytes(it->path, *it->before); !error.isEmpty()) {
            failed << error;
        }
    }
    m_changes.clear();
    return failed.join(QStringLiteral("; "));
}

QStringList FileChanges::paths() const
{
    QStringList paths;
    for (const Change &change : m_changes)
        paths << change.path;
    return paths;
}

bool restoreAppliedText(const MigrationFolder &folder, const Migration &file, const AppliedMigration &applied,
                        FileChanges &changes, QString *error)
{
    const QDir dir(folder.dir);
    QList<std::pair<QString, QList<SectionEdit>>> byFile; // in the order first named: the up's file first
    const auto add = [&byFile](const QString &script, SectionEdit edit) {
        for (auto &[name, edits] : byFile)
            if (name == script) {
                edits.append(std::move(edit));
                return;
            }
        byFile.append({script, {std::move(edit)}});
    };
    if (file.upSql != applied.upSql)
        add(file.script, {file.upLine, file.upSql, applied.upSql});
    std::optional<MigrationDraft::File> newDown;
    if (!applied.downSql.isEmpty() && applied.downSql != file.downSql) {
        if (file.hasDown && !file.downScript.isEmpty()) {
            add(file.downScript, {file.downLine, file.downSql, applied.downSql});
        } else {
            // No down now: a convention with a down file of its own gets it back; a single-file one keeps the file's
            // sections, since its up is what the checksum covers.
            const MigrationDraft files =
                folder.convention->restoredFiles(folder.dir, {file.script, applied.upSql, applied.downSql});
            if (files.error.isEmpty() && files.files.size() > 1 && !QFileInfo::exists(files.files.at(1).path))
                newDown = files.files.at(1);
        }
    }
    for (const auto &[script, edits] : std::as_const(byFile))
        if (!applyEdits(dir.filePath(script), script, edits, changes, error))
            return false;
    return !newDown || changes.create(newDown->path, newDown->text, error);
}

bool restoreMissingFiles(const MigrationFolder &folder, const AppliedMigration &applied, FileChanges &changes,
                         QString *error)
{
    const MigrationDraft files = folder.convention->restoredFiles(folder.dir, {applied.script, applied.upSql, applied.downSql});
    if (!files.error.isEmpty()) {
        *error = files.error;
        return false;
    }
    for (qsizetype i = 0; i < files.files.size(); ++i) {
        const MigrationDraft::File &file = files.files.at(i);
        if (i > 0 && QFileInfo::exists(file.path))
            continue; // a down left behind: never written over
        if (!changes.create(file.path, file.text, error))
            return false;
    }
    return true;
}

std::optional<Migration> readMigration(const MigrationFolder &folder, const Version &version, MigrationKind kind,
                                       QString *error)
{
    const Catalog catalog = folder.convention->read(folder.dir);
    for (const Migration &migration : catalog.migrations)
        if (migration.version == version && migration.kind == kind)
            return migration;
    QStringList problems;
    for (const Diagnostic &diagnostic : catalog.diagnostics)
        if (diagnostic.severity == Diagnostic::Severity::Error)
            problems << diagnostic.toString();
    *error = problems.isEmpty() ? Tr::tr("the folder has no migration %1").arg(version.toString())
                                : Tr::tr("the folder has no migration %1: %2")
                                      .arg(version.toString(), problems.join(QStringLiteral("; ")));
    return std::nullopt;
}

} // namespace tidemark
