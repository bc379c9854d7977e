#include "gooseconvention.h"

#include "conventionfiles.h"
#include "core/tr.h"
#include "dbmateconvention.h"
#include "goosescript.h"
#include "singlefilemigrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace tidemark {
namespace {

FileSections gooseSections(const QString &text)
{
    GooseScript script = parseGooseScript(text);
    FileSections sections;
    sections.diagnostics = std::move(script.diagnostics);
    sections.upSql = std::move(script.up.text);
    sections.upLine = script.up.firstLine;
    sections.transactional = sections.downTransactional = script.transactional;
    if (script.down.present) {
        sections.hasDown = true;
        sections.downSql = std::move(script.down.text);
        sections.downLine = script.down.firstLine;
        if (!script.down.hasStatements)
            sections.diagnostics.append(conventionWarning(
                {}, script.down.annotationLine,
                Tr::tr("the Down section has no statements: rolling back only removes the history row")));
    } else if (script.up.present) {
        sections.diagnostics.append(conventionWarning(
            {}, 0, Tr::tr("has no \"-- +goose Down\" section, so it cannot be rolled back")));
    }
    return sections;
}

QString foreignToGoose(const QString &fileName, const QString &text)
{
    if (hasGooseAnnotations(text))
        return {};
    if (hasDbmateMarkers(text))
        return Tr::tr("has dbmate sections (-- migrate:up), not goose ones");
    if (isGolangMigrateName(fileName))
        return Tr::tr("is a golang-migrate file (.up.sql / .down.sql) without goose annotations");
    return {};
}

} // namespace

bool GooseConvention::recognises(const QStringList &fileNames) const
{
    return std::any_of(fileNames.cbegin(), fileNames.cend(), isSingleFileMigrationName);
}

Catalog GooseConvention::read(const QString &dir) const
{
    return readSingleFileMigrations(dir, {name(), gooseSections, foreignToGoose});
}

MigrationDraft GooseConvention::draft(const QString &dir, const QString &name, const QDateTime &nowUtc) const
{
    return draftSingleFileMigration(dir, name, nowUtc, false, [](const QString &title) {
        return QStringLiteral("-- +goose Up\n-- %1\n\n-- +goose Down\n-- undo: %1\n").arg(title);
    });
}

MigrationDraft GooseConvention::restoredFiles(const QString &dirPath, const AppliedScript &applied) const
{
    if (!isSingleFileMigrationName(QFileInfo(applied.script).fileName()))
        return {{}, Tr::tr("%1 is not a goose file name (NNN_name.sql)").arg(applied.script)};
    // A section runs from the line after its marker to the next marker, so the up ends on a line break when a down
    // follows it (it always did in the file it was read from).
    QString text = QStringLiteral("-- +goose Up\n") + applied.upSql;
    if (!applied.downSql.isEmpty()) {
        if (!text.endsWith(u'\n'))
            text += u'\n';
        text += QStringLiteral("-- +goose Down\n") + applied.downSql;
    }
    return {{{QDir(dirPath).filePath(applied.script), text}}, {}};
}

} // namespace tidemark
