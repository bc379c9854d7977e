#include "profilestore.h"

#include "core/tr.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace tidemark {
namespace {

const QString profilesGroup = QStringLiteral("profiles");

QString driverKey(DatabaseKind driver)
{
    return databaseKindName(driver);
}

std::optional<DatabaseKind> parseDriver(const QString &name)
{
    for (DatabaseKind d : {DatabaseKind::Sqlite, DatabaseKind::Postgres, DatabaseKind::MySql})
        if (name == databaseKindName(d))
            return d;
    return std::nullopt;
}

// The settings of one profile, read inside its group. Unknown values fall back to safe defaults, except
// an unknown environment, which reads as production: a careful default when someone edited the file by hand.
std::optional<ConnectionProfile> readProfile(QSettings &settings, const QString &id)
{
    settings.beginGroup(id);
    ConnectionProfile p;
    p.id = id;
    p.name = settings.value(QStringLiteral("name")).toString();
    const std::optional<DatabaseKind> driver = parseDriver(settings.value(QStringLiteral("driver")).toString());
    p.host = settings.value(QStringLiteral("host")).toString();
    p.port = settings.value(QStringLiteral("port"), 0).toInt();
    p.database = settings.value(QStringLiteral("database")).toString();
    p.user = settings.value(QStringLiteral("user")).toString();
    p.schema = settings.value(QStringLiteral("schema")).toString();
    p.tlsMode = ConnectionProfile::parseTlsMode(settings.value(QStringLiteral("tls")).toString())
                    .value_or(TlsMode::Default);
    p.environment = ConnectionProfile::parseEnvironment(settings.value(QStringLiteral("environment")).toString())
                        .value_or(EnvironmentTag::Production);
    p.color = settings.value(QStringLiteral("color")).toString();
    p.projectDir = settings.value(QStringLiteral("project")).toString();
    settings.beginGroup(QStringLiteral("options"));
    for (const QString &key : settings.childKeys())
        p.options.insert(key, settings.value(key).toString());
    settings.endGroup();
    settings.endGroup();
    if (!driver || p.name.isEmpty())
        return std::nullopt;
    p.driver = *driver;
    return p;
}

void writeProfile(QSettings &settings, const ConnectionProfile &p)
{
    settings.remove(p.id);
    settings.beginGroup(p.id);
    settings.setValue(QStringLiteral("name"), p.name);
    settings.setValue(QStringLiteral("driver"), driverKey(p.driver));
    settings.setValue(QStringLiteral("host"), p.host);
    settings.setValue(QStringLiteral("port"), p.port);
    settings.setValue(QStringLiteral("database"), p.database);
    settings.setValue(QStringLiteral("user"), p.user);
    settings.setValue(QStringLiteral("schema"), p.schema);
    settings.setValue(QStringLiteral("tls"), ConnectionProfile::tlsModeName(p.tlsMode));
    settings.setValue(QStringLiteral("environment"), ConnectionProfile::environmentName(p.environment));
    settings.setValue(QStringLiteral("color"), p.color);
    settings.setValue(QStringLiteral("project"), p.projectDir);
    for (auto it = p.options.cbegin(); it != p.options.cend(); ++it)
        settings.setValue(QStringLiteral("options/") + it.key(), it.value());
    settings.endGroup();
}

bool syncSettings(QSettings &settings, QString *error)
{
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        *error = Tr::tr("could not write the profiles to %1").arg(QDir::toNativeSeparators(settings.fileName()));
        return false;
    }
    // Not secret, but host and user names are nobody else's business.
    QFile::setPermissions(settings.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

} // namespace

ProfileStore::ProfileStore()
    : ProfileStore(defaultFilePath())
{
}

ProfileStore::ProfileStore(QString filePath)
    : m_filePath(std::move(filePath))
{
}

QString ProfileStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/profiles.ini");
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> result;
    if (!QFileInfo::exists(m_filePath))
        return result;
    QSettings settings(m_filePath, QSettings::IniFormat);
    settings.beginGroup(profilesGroup);
    for (const QString &id : settings.childGroups())
        if (std::optional<ConnectionProfile> profile = readProfile(settings, id))
            result.append(std::move(*profile));
    settings.endGroup();
    std::sort(result.begin(), result.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0;
    });
    return result;
}

std::optional<ConnectionProfile> ProfileStore::find(const QString &name) const
{
    const QList<ConnectionProfile> all = profiles();
    for (const ConnectionProfile &p : all)
        if (p.name == name)
            return p;
    std::optional<ConnectionProfile> found;
    for (const ConnectionProfile &p : all) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0) {
            if (found)
                return std::nullopt; // ambiguous; only a hand-edited file can get here
            found = p;
        }
    }
    return found;
}

std::optional<ConnectionProfile> ProfileStore::findById(const QString &id) const
{
    for (const ConnectionProfile &p : profiles())
        if (p.id == id)
            return p;
    return std::nullopt;
}

bool ProfileStore::save(const ConnectionProfile &profile, QString *error)
{
    if (profile.id.isEmpty() || profile.id.contains(u'/') || profile.id.contains(u'\\')) {
        *error = Tr::tr("the profile has no valid id");
        return false;
    }
    if (const QString invalid = profile.validationError(); !invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    for (const ConnectionProfile &other : profiles()) {
        if (other.id != profile.id && other.name.compare(profile.name, Qt::CaseInsensitive) == 0) {
            *error = Tr::tr("there is already a profile named \"%1\"").arg(other.name);
            return false;
        }
    }
    if (!QDir().mkpath(QFileInfo(m_filePath).absolutePath())) {
        *error = Tr::tr("could not create the folder of %1").arg(QDir::toNativeSeparators(m_filePath));
        return false;
    }
    QSettings settings(m_filePath, QSettings::IniFormat);
    settings.setValue(QStringLiteral("format"), 1);
    settings.beginGroup(profilesGroup);
    writeProfile(settings, profile);
    settings.endGroup();
    return syncSettings(settings, error);
}

bool ProfileStore::remove(const QString &id, QString *error)
{
    if (!findById(id)) {
        *error = Tr::tr("there is no such profile");
        return false;
    }
    QSettings settings(m_filePath, QSettings::IniFormat);
    settings.beginGroup(profilesGroup);
    settings.remove(id);
    settings.endGroup();
    return syncSettings(settings, error);
}

} // namespace tidemark
