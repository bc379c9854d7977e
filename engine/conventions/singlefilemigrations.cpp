#include "singlefilemigrations.h"

#include "conventionfiles.h"
#include "core/checksum.h"
#include "core/scriptfile.h"
#include "core/tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace tidemark {
namespace {

const QRegularExpression &singleFileNamePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]+)_(.*)\\.sql$"));
    return pattern;
}

} // namespace

bool isGolangMigrateName(const QString &fileName)
{
    return fileName.endsWith(QLatin1String(".up.sql")) || fileName.endsWith(QLatin1String(".down.sql"));
}

bool isSingleFileMigrationName(const QString &fileName)
{
    return singleFileNamePattern().match(fileName).hasMatch() && !isGolangMigrateName(fileName);
}

QStringList singleFileVersionTexts(const QString &dir)
{
    QStringList texts;
    for (const QString &file : sqlFileNames(dir)) {
        const QRegularExpressionMatch m = singleFileNamePattern().match(file);
        if (m.hasMatch())
            texts.append(m.captured(1));
    }
    return texts;
}

Catalog readSingleFileMigrations(const QString &dirPath, const SingleFileFormat &format)
{
    Catalog catalog;
    const QDir dir(dirPath);
    QHash<Version, QString> fileOfVersion;
    for (const QString &file : sqlFileNames(dirPath)) {
        const QRegularExpressionMatch m = singleFileNamePattern().match(file);
        const std::optional<Version> version = m.hasMatch() ? Version::parse(m.captured(1)) : std::nullopt;
        if (!version) {
            const QString tooLarge = m.hasMatch() ? Version::tooLargeError(m.captured(1)) : QString();
            catalog.diagnostics.append(conventionWarning(
                file, 0, !tooLarge.isEmpty() ? Tr::tr("%1; it is not run").arg(tooLarge)
                                             : Tr::tr("not a %1 file name, so it is not run; expected NNN_name.sql or "
                                                      "yyyyMMddHHmmss_name.sql")
                                                   .arg(format.conventionName)));
            continue;
        }
        ScriptFile script = readScriptFile(dir.filePath(file));
        if (!script.error.isEmpty()) {
            catalog.diagnostics.append(scriptFileError(file, script));
            continue;
        }
        if (const QString reason = format.foreignReason(file, script.text); !reason.isEmpty()) {
            catalog.diagnostics.append(conventionWarning(
                file, 0, Tr::tr("%1, so it is not run: this folder is read as %2").arg(reason, format.conventionName)));
            continue;
        }
        if (const auto first = fileOfVersion.constFind(*version); first != fileOfVersion.cend()) {
            catalog.diagnostics.append(conventionError(
                file, 0, Tr::tr("version %1 is used twice: %2 and %3; give one of them a new version")
                             .arg(version->toString(), *first, file)));
            continue;
        }
        fileOfVersion.insert(*version, file);

        FileSections sections = format.parse(script.text);
        for (Diagnostic &d : sections.diagnostics)
            d.file = file;
        const bool usable = !hasErrors(sections.diagnostics);
        catalog.diagnostics.append(sections.diagnostics);
        if (!usable)
            continue;
        Migration migration;
        migration.version = *version;
        migration.description = m.captured(2);
        migration.script = file;
        migration.upSql = std::move(sections.upSql);
        migration.upLine = sections.upLine;
        migration.checksum = scriptChecksum(migration.upSql);
        migration.transactional = sections.transactional;
        migration.downTransactional = sections.downTransactional;
        if (sections.hasDown) {
            migration.hasDown = true;
            migration.downScript = file;
            migration.downSql = std::move(sections.downSql);
            migration.downLine = sections.downLine;
        }
        catalog.migrations.append(std::move(migration));
    }
    std::sort(catalog.migrations.begin(), catalog.migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return catalog;
}

MigrationDraft draftSingleFileMigration(const QString &dirPath, const QString &name, const QDateTime &nowUtc,
                                        bool timestampsOnly, const std::function<QString(const QString &)> &text)
{
    const QString slug = migrationSlug(name);
    if (slug.isEmpty())
        return {{}, Tr::tr("a migration name needs at least one letter or digit")};
    const QStringList existing = singleFileVersionTexts(dirPath);
    const QString version = timestampsOnly ? nextTimestampVersion(existing, nowUtc)
                                           : nextVersionText(existing, nowUtc, FirstVersion::Timestamp);
    return {{{QDir(dirPath).filePath(QStringLiteral("%1_%2.sql").arg(version, slug)), text(name.simplified())}}, {}};
}

} // namespace tidemark
