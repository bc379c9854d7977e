#include "project.h"
#include "tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace tidemark {
namespace {

// A key's text, or fallback when the key is absent; an error naming the key when it holds anything but text.
std::optional<QString> readText(const QJsonObject &json, const char *key, const QString &fallback, QString *error)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined())
        return fallback;
    if (!value.isString()) {
        *error = Tr::tr("tidemark.json: %1 must be a text in quotes, e.g. \"%1\": \"…\"").arg(QLatin1String(key));
        return std::nullopt;
    }
    return value.toString();
}

bool readTableName(const QJsonObject &json, const char *key, QString &target, QString *error)
{
    const std::optional<QString> value = readText(json, key, target, error);
    if (!value)
        return false;
    if (!isPlainIdentifier(*value)) {
        *error = Tr::tr("tidemark.json: %1 \"%2\" is not a plain table name (letters, digits and _ only)")
                     .arg(QLatin1String(key), *value);
        return false;
    }
    target = *value;
    return true;
}

// Each of Tidemark's tables needs a name of its own; SQLite and MariaDB fold case, so compare without it.
bool tablesAreDistinct(const TableNames &tables, QString *error)
{
    const QList<std::pair<const char *, QString>> names = {
        {"history_table", tables.history}, {"events_table", tables.events}, {"lock_table", tables.lock}};
    for (qsizetype i = 0; i < names.size(); ++i) {
        for (qsizetype j = i + 1; j < names.size(); ++j) {
            if (names[i].second.compare(names[j].second, Qt::CaseInsensitive) == 0) {
                *error = Tr::tr("tidemark.json: %1 and %2 both name the table \"%3\"; each needs its own")
                             .arg(QLatin1String(names[i].first), QLatin1String(names[j].first), names[i].second);
                return false;
            }
        }
    }
    return true;
}

} // namespace

bool isPlainIdentifier(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    return pattern.match(name).hasMatch();
}

std::optional<Project> Project::load(const QString &dir, QString *error)
{
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir()) {
        *error = Tr::tr("%1 is a file, not a project folder; name the folder that holds the migrations (or its "
                        "tidemark.json)").arg(QDir::toNativeSeparators(dir));
        return std::nullopt;
    }
    if (!info.isDir()) {
        *error = Tr::tr("project folder %1 does not exist").arg(QDir::toNativeSeparators(dir));
        return std::nullopt;
    }
    Project project;
    project.rootDir = info.canonicalFilePath();
    project.migrationsDir = project.rootDir;
    project.name = info.fileName();

    QFile config(QDir(project.rootDir).filePath(QLatin1String(configFileName)));
    if (!config.exists())
        return project;
    if (!config.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("cannot read %1: %2").arg(config.fileName(), config.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(config.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = Tr::tr("%1 is not a JSON object (%2 at offset %3)")
                     .arg(config.fileName(), parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject json = doc.object();
    const std::optional<QString> name = readText(json, "name", project.name, error);
    if (!name)
        return std::nullopt;
    const std::optional<QString> convention = readText(json, "convention", {}, error);
    if (!convention)
        return std::nullopt;
    const std::optional<QString> migrations = readText(json, "migrations", QStringLiteral("."), error);
    if (!migrations)
        return std::nullopt;
    project.name = *name;
    project.convention = *convention;
    project.migrationsDir = QDir::cleanPath(QDir(project.rootDir).filePath(*migrations));
    if (!QFileInfo(project.migrationsDir).isDir()) {
        *error = Tr::tr("tidemark.json names migrations folder %1, which does not exist").arg(*migrations);
        return std::nullopt;
    }
    if (!readTableName(json, "history_table", project.tables.history, error)
        || !readTableName(json, "events_table", project.tables.events, error)
        || !readTableName(json, "lock_table", project.tables.lock, error)
        || !tablesAreDistinct(project.tables, error))
        return std::nullopt;
    return project;
}

} // namespace tidemark
