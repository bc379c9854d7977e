#include "flywayconvention.h"

#include "conventionfiles.h"
#include "core/checksum.h"
#include "core/scriptfile.h"
#include "core/tr.h"
#include "flywayname.h"
#include "flywayscriptconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace tidemark {
namespace {

struct Script
{
    QString file;
    FlywayName name;
    QString text;
    bool transactional = true;
};

// Where Flyway would replace a ${placeholder}; 0 when nowhere.
int placeholderLine(const QString &text)
{
    const qsizetype at = text.indexOf(QLatin1String("${"));
    return at < 0 ? 0 : int(QStringView(text).left(at).count(u'\n')) + 1;
}

class FlywayReader
{
public:
    explicit FlywayReader(const QString &dir) : m_dir(dir) {}

    Catalog run();

private:
    void readScript(const QString &file, const QSet<QString> &configs);
    void add(Script script);
    void join();

    QDir m_dir;
    Catalog m_catalog;
    QMap<Version, Script> m_versioned;
    QMap<Version, Script> m_baselines;
    QMap<Version, Script> m_undos;
    QMap<QString, Script> m_repeatables;
    QSet<QString> m_usedConfigs;
};

Catalog FlywayReader::run()
{
    const QStringList files =
        migrationFileNames(m_dir.path(), {QStringLiteral("*.sql"), QStringLiteral("*.sql.conf")});
    QSet<QString> configs;
    for (const QString &file : files)
        if (file.endsWith(QLatin1String(".conf"), Qt::CaseInsensitive))
            configs.insert(file);
    for (const QString &file : files)
        if (!configs.contains(file))
            readScript(file, configs);
    for (const QString &config : std::as_const(configs))
        if (!m_usedConfigs.contains(config))
            m_catalog.diagnostics.append(conventionWarning(
                config, 0, Tr::tr("script configuration without its script %1; it has no effect")
                               .arg(config.chopped(int(QLatin1String(".conf").size())))));
    join();
    return std::move(m_catalog);
}

void FlywayReader::readScript(const QString &file, const QSet<QString> &configs)
{
    const FlywayNameParse parsed = parseFlywayName(file);
    if (!parsed.name) {
        m_catalog.diagnostics.append(
            parsed.intended ? conventionError(file, 0, parsed.error)
                            : conventionWarning(file, 0, Tr::tr("not a Flyway file name, so it is not run; expected "
                                                                "V1__name.sql, U1__name.sql, B1__name.sql or R__name.sql")));
        return;
    }
    Script script{file, *parsed.name, {}, true};
    ScriptFile read = readScriptFile(m_dir.filePath(file));
    if (!read.error.isEmpty()) {
        m_catalog.diagnostics.append(scriptFileError(file, read));
        return;
    }
    script.text = std::move(read.text);
    if (const int line = placeholderLine(script.text))
        m_catalog.diagnostics.append(conventionWarning(
            file, line, Tr::tr("Flyway replaces ${…} placeholders before it runs a script; Tidemark runs the text "
                               "as written")));
    const QString configFile = file + QStringLiteral(".conf");
    if (configs.contains(configFile)) {
        m_usedConfigs.insert(configFile);
        const FlywayScriptConfig config = readFlywayScriptConfig(m_dir.filePath(configFile), configFile);
        m_catalog.diagnostics.append(config.diagnostics);
        if (hasErrors(config.diagnostics))
            return;
        script.transactional = config.transactional;
    }
    add(std::move(script));
}

void FlywayReader::add(Script script)
{
    const auto duplicate = [this, &script](const QString &first, const QString &what) {
        m_catalog.diagnostics.append(conventionError(
            script.file, 0, Tr::tr("%1 is used twice: %2 and %3; give one of them a new one, only the first is read")
                                .arg(what, first, script.file)));
    };
    const QString version = Tr::tr("version %1").arg(script.name.version.toString());
    QMap<Version, Script> *byVersion = nullptr;
    switch (script.name.prefix) {
    case FlywayName::Prefix::Versioned: byVersion = &m_versioned; break;
    case FlywayName::Prefix::Baseline: byVersion = &m_baselines; break;
    case FlywayName::Prefix::Undo: byVersion = &m_undos; break;
    case FlywayName::Prefix::Repeatable:
        if (const auto it = m_repeatables.constFind(script.name.description); it != m_repeatables.cend())
            duplicate(it->file, Tr::tr("the repeatable description \"%1\"").arg(script.name.description));
        else
            m_repeatables.insert(script.name.description, std::move(script));
        return;
    }
    if (const auto it = byVersion->constFind(script.name.version); it != byVersion->cend())
        duplicate(it->file, version);
    else
        byVersion->insert(script.name.version, std::move(script));
}

Migration migrationOf(const Script &script, MigrationKind kind)
{
    Migration m;
    m.version = script.name.version;
    m.description = script.name.description;
    m.kind = kind;
    m.script = script.file;
    m.upSql = script.text;
    m.checksum = scriptChecksum(m.upSql);
    m.transactional = script.transactional;
    return m;
}

void FlywayReader::join()
{
    for (const Script &undo : std::as_const(m_undos))
        if (!m_versioned.contains(undo.name.version))
            m_catalog.diagnostics.append(conventionWarning(
                undo.file, 0, Tr::tr("undo script without a V script of version %1, so it is not run")
                                  .arg(undo.name.version.toString())));
    for (const Script &script : std::as_const(m_repeatables))
        m_catalog.migrations.append(migrationOf(script, MigrationKind::Repeatable)); // QMap: by description
    // Versioned before the baseline of the same version.
    auto versioned = m_versioned.cbegin();
    auto baseline = m_baselines.cbegin();
    while (versioned != m_versioned.cend() || baseline != m_baselines.cend()) {
        if (baseline == m_baselines.cend() || (versioned != m_versioned.cend() && !(baseline.key() < versioned.key()))) {
            Migration m = migrationOf(*versioned, MigrationKind::Versioned);
            if (const auto undo = m_undos.constFind(versioned.key()); undo != m_undos.cend()) {
                m.hasDown = true;
                m.downScript = undo->file;
                m.downSql = undo->text;
                m.downTransactional = undo->transactional;
            } else if (!m_undos.isEmpty()) {
                m_catalog.diagnostics.append(conventionWarning(
                    versioned->file, 0, Tr::tr("has no undo script (U%1__…), so it cannot be rolled back")
                                            .arg(versioned->name.versionText)));
            }
            m_catalog.migrations.append(std::move(m));
            ++versioned;
        } else {
            m_catalog.migrations.append(migrationOf(*baseline, MigrationKind::Baseline));
            ++baseline;
        }
    }
}

} // namespace

bool FlywayConvention::recognises(const QStringList &fileNames) const
{
    return std::any_of(fileNames.cbegin(), fileNames.cend(),
                       [](const QString &file) { return parseFlywayName(file).name.has_value(); });
}

Catalog FlywayConvention::read(const QString &dir) const
{
    return FlywayReader(dir).run();
}

MigrationDraft FlywayConvention::draft(const QString &dirPath, const QString &name, const QDateTime &nowUtc) const
{
    const QString slug = migrationSlug(name);
    if (slug.isEmpty())
        return {{}, Tr::tr("a migration name needs at least one letter or digit")};
    QStringList versions;
    bool usesUndo = false;
    for (const QString &file : sqlFileNames(dirPath)) {
        const std::optional<FlywayName> parsed = parseFlywayName(file).name;
        if (!parsed || parsed->prefix == FlywayName::Prefix::Repeatable)
            continue;
        versions.append(parsed->versionText);
        usesUndo = usesUndo || parsed->prefix == FlywayName::Prefix::Undo;
    }
    const QString version = nextVersionText(versions, nowUtc, FirstVersion::One);
    const QDir dir(dirPath);
    const QString title = name.simplified();
    MigrationDraft next;
    next.files.append({dir.filePath(QStringLiteral("V%1__%2.sql").arg(version, slug)), QStringLiteral("-- %1\n").arg(title)});
    if (usesUndo) // a folder with undo scripts gets one for the new migration too
        next.files.append({dir.filePath(QStringLiteral("U%1__%2.sql").arg(version, slug)),
                           QStringLiteral("-- undo: %1\n").arg(title)});
    return next;
}

MigrationDraft FlywayConvention::restoredFiles(const QString &dirPath, const AppliedScript &applied) const
{
    const QFileInfo info(applied.script);
    const std::optional<FlywayName> name = parseFlywayName(info.fileName()).name;
    if (!name || name->prefix == FlywayName::Prefix::Undo)
        return {{}, Tr::tr("%1 is not a Flyway V, B or R script name").arg(applied.script)};
    const QDir dir(dirPath);
    MigrationDraft files;
    files.files.append({dir.filePath(applied.script), applied.upSql});
    // Only a versioned script has an undo: U followed by the rest of its name, beside it.
    if (name->prefix == FlywayName::Prefix::Versioned && !applied.downSql.isEmpty()) {
        const QString undo = u'U' + info.fileName().mid(1);
        const QString path = info.path() == u"." ? undo : info.path() + u'/' + undo;
        files.files.append({dir.filePath(path), applied.downSql});
    }
    return files;
}

} // namespace tidemark
