#include "core/tr.h"
#include "golangmigrateconvention.h"

#include "conventionfiles.h"
#include "core/checksum.h"
#include "core/scriptfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace tidemark {
namespace {

const QRegularExpression &upDownFileNamePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]+)_(.*)\\.(up|down)\\.sql$"));
    return pattern;
}


struct Pair
{
    QString versionText;
    QString description;
    QString up;
    QString down;
};

Diagnostic error(const QString &file, const QString &message)
{
    return {Diagnostic::Severity::Error, file, 0, message};
}

Diagnostic warning(const QString &file, const QString &message)
{
    return {Diagnostic::Severity::Warning, file, 0, message};
}

// Reads one file into the migration; false (with a diagnostic) when it cannot be used.
bool readInto(const QDir &dir, const QString &file, QString &sql, QList<Diagnostic> &diagnostics)
{
    ScriptFile script = readScriptFile(dir.filePath(file));
    if (!script.error.isEmpty()) {
        diagnostics.append(scriptFileError(file, script));
        return false;
    }
    sql = std::move(script.text);
    return true;
}

} // namespace

bool GolangMigrateConvention::recognises(const QStringList &fileNames) const
{
    return std::any_of(fileNames.cbegin(), fileNames.cend(),
                       [](const QString &f) { return upDownFileNamePattern().match(f).hasMatch(); });
}

Catalog GolangMigrateConvention::read(const QString &dirPath) const
{
    Catalog catalog;
    const QDir dir(dirPath);
    QHash<Version, Pair> pairs;
    QList<Version> order;

    for (const QString &file : sqlFileNames(dirPath)) {
        const QRegularExpressionMatch m = upDownFileNamePattern().match(file);
        const std::optional<Version> version = m.hasMatch() ? Version::parse(m.captured(1)) : std::nullopt;
        if (!version) {
            const QString tooLarge = m.hasMatch() ? Version::tooLargeError(m.captured(1)) : QString();
            catalog.diagnostics.append(warning(
                file, !tooLarge.isEmpty() ? Tr::tr("%1; it is not run").arg(tooLarge)
                                          : Tr::tr("not a golang-migrate file name, so it is not run; expected "
                                                   "NNN_name.up.sql or NNN_name.down.sql")));
            continue;
        }
        Pair &pair = pairs[*version];
        if (pair.versionText.isEmpty()) {
            order.append(*version);
            pair.versionText = m.captured(1);
            pair.description = m.captured(2);
        } else if (pair.versionText != m.captured(1) || pair.description != m.captured(2)) {
            catalog.diagnostics.append(error(
                file, Tr::tr("version %1 is used twice: %2 and %3; give one of them a new version")
                          .arg(version->toString(), pair.up.isEmpty() ? pair.down : pair.up, file)));
            continue;
        }
        (m.captured(3) == u"up" ? pair.up : pair.down) = file;
    }

    std::sort(order.begin(), order.end());
    for (const Version &version : order) {
        const Pair &pair = pairs[version];
        if (pair.up.isEmpty()) {
            catalog.diagnostics.append(warning(pair.down, Tr::tr("down file without an up file; it is not run")));
            continue;
        }
        Migration migration;
        migration.version = version;
        migration.description = pair.description;
        migration.script = pair.up;
        if (!readInto(dir, pair.up, migration.upSql, catalog.diagnostics))
            continue;
        if (!pair.down.isEmpty()) {
            if (!readInto(dir, pair.down, migration.downSql, catalog.diagnostics))
                continue;
            migration.downScript = pair.down;
            migration.hasDown = true;
        } else {
            catalog.diagnostics.append(warning(pair.up, Tr::tr("has no down file, so it cannot be rolled back")));
        }
        migration.checksum = scriptChecksum(migration.upSql);
        catalog.migrations.append(std::move(migration));
    }
    return catalog;
}

MigrationDraft GolangMigrateConvention::draft(const QString &dirPath, const QString &name,
                                              const QDateTime &nowUtc) const
{
    const QString slug = migrationSlug(name);
    if (slug.isEmpty())
        return {{}, Tr::tr("a migration name needs at least one letter or digit")};

    // Follow the folder: timestamps if it uses them, otherwise the next number at the same width.
    QStringList versions;
    for (const QString &file : sqlFileNames(dirPath))
        if (const QRegularExpressionMatch m = upDownFileNamePattern().match(file); m.hasMatch())
            versions.append(m.captured(1));
    const QString versionText = nextVersionText(versions, nowUtc, FirstVersion::Timestamp);

    const QDir dir(dirPath);
    const QString base = QStringLiteral("%1_%2").arg(versionText, slug);
    return {{{dir.filePath(base + QStringLiteral(".up.sql")), QStringLiteral("-- %1\n").arg(name.trimmed())},
             {dir.filePath(base + QStringLiteral(".down.sql")), QStringLiteral("-- undo: %1\n").arg(name.trimmed())}},
            {}};
}

MigrationDraft GolangMigrateConvention::restoredFiles(const QString &dirPath, const AppliedScript &applied) const
{
    const QString upSuffix = QStringLiteral(".up.sql");
    if (!upDownFileNamePattern().match(QFileInfo(applied.script).fileName()).hasMatch()
        || !applied.script.endsWith(upSuffix))
        return {{}, Tr::tr("%1 is not a golang-migrate up file name (NNN_name.up.sql)").arg(applied.script)};
    const QDir dir(dirPath);
    MigrationDraft files;
    files.files.append({dir.filePath(applied.script), applied.upSql});
    if (!applied.downSql.isEmpty())
        files.files.append({dir.filePath(applied.script.chopped(int(upSuffix.size())) + QStringLiteral(".down.sql")),
                            applied.downSql});
    return files;
}

} // namespace tidemark
