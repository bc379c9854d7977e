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


bool readTableName(const QJsonObject &json, const char *key, QString &target, QString *error)
{
    const QString value = json.value(QLatin1String(key)).toString(target);
    if (!isPlainIdentifier(value)) {
        *error = Tr::tr("tidemark.json: %1 \"%2\" is not a plain table name (letters, digits and _ only)")
                     .arg(QLatin1String(key), value);
        return false;
    }
    target = value;
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
    project.name = json.value(QLatin1String("name")).toString(project.name);
    project.convention = json.value(QLatin1String("convention")).toString();
    const QString migrations = json.value(QLatin1String("migrations")).toString(QStringLiteral("."));
    project.migrationsDir = QDir::cleanPath(QDir(project.rootDir).filePath(migrations));
    if (!QFileInfo(project.migrationsDir).isDir()) {
        *error = Tr::tr("tidemark.json names migrations folder %1, which does not exist").arg(migrations);
        return std::nullopt;
    }
    if (!readTableName(json, "history_table", project.tables.history, error)
        || !readTableName(json, "events_table", project.tables.events, error)
        || !readTableName(json, "lock_table", project.tables.lock, error))
        return std::nullopt;
    return project;
}

} // namespace tidemark
