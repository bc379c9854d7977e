#pragma once

#include "connectionprofile.h"

#include <QList>
#include <QString>

#include <optional>

namespace tidemark {

// Connection profiles in an INI file under the user's config folder (QSettings), shared by the workbench and
// tidemark-cli. Holds no secret: passwords are in the OS keychain (CredentialStore), keyed by profile id.
// Each call reads or writes the file afresh, so two processes see each other's changes.
class ProfileStore
{
public:
    ProfileStore(); // defaultFilePath()
    explicit ProfileStore(QString filePath);

    // <config location>/Tidemark/tidemark/profiles.ini (QStandardPaths::AppConfigLocation).
    static QString defaultFilePath();
    QString filePath() const { return m_filePath; }

    QList<ConnectionProfile> profiles() const; // sorted by name
    // By name: an exact match first, else the only case-insensitive one.
    std::optional<ConnectionProfile> find(const QString &name) const;
    std::optional<ConnectionProfile> findById(const QString &id) const;

    // Adds or replaces the profile with this id (a new id when it has none is the caller's business:
    // ConnectionProfile::newId()). Refuses an invalid profile or a name another profile has.
    bool save(const ConnectionProfile &profile, QString *error);
    bool remove(const QString &id, QString *error);

private:
    QString m_filePath;
};

} // namespace tidemark
