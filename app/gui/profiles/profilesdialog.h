#pragma once

#include "connections/connectionprobe.h"
#include "connections/connectionprofile.h"
#include "connections/credentialstore.h"
#include "connections/profilestore.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace tidemark {

class ProfileForm;

// Connection profiles: list, add, edit, duplicate, delete, test the connection, connect. Profiles are saved in
// the ProfileStore, passwords in the OS keychain through the CredentialStore (asynchronously; nothing here waits
// on the keychain or the network). Without a keychain a banner says so and a typed password is kept in memory
// for the session only.
//
//   ProfilesDialog dialog(ProfileStore(), credentials, this);
//   connect(&dialog, &ProfilesDialog::profileChosen, this, &MainWindow::connectToProfile);
//   dialog.open();
class ProfilesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesDialog)

public:
    // credentials may be shared with the rest of the workbench (its in-memory passwords then survive the
    // dialog); without one the dialog makes its own.
    ProfilesDialog(ProfileStore store, CredentialStore *credentials, QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    // Shows the profile with this id, e.g. the one the workbench is connected to.
    void selectProfile(const QString &id);
    QString currentProfileId() const { return m_currentId; }
    QList<ConnectionProfile> profiles() const { return m_profiles; }

    // The buttons' actions, also for tests.
    void addProfile();
    bool saveProfile(); // false with the reason shown when the profile cannot be saved
    void duplicateProfile();
    void deleteProfile(); // asks first
    void testConnection();
    void connectToProfile(); // saves edits, waits for a password still being read, then profileChosen

    // Asks before dropping unsaved edits.
    void reject() override;

    QListWidget *profileList() const { return m_list; }
    ProfileForm *form() const { return m_form; }

Q_SIGNALS:
    // The DBA chose this profile to connect with; the password as typed or read from the keychain (empty for
    // SQLite). The dialog accepts right after.
    void profileChosen(const tidemark::ConnectionProfile &profile, const QString &password);
    void profilesChanged();
    void passwordSettled(const QString &profileId); // the keychain answered a read, write or delete
    void testFinished(const tidemark::ProbeResult &result);

private:
    void reload(const QString &selectId);
    void showProfile(const QString &id);
    bool confirmLeavingEdits();
    void onSelectionChanged();
    void onPasswordRead(const QString &id, const QString &password);
    void onPasswordNotFound(const QString &id);
    void onPasswordWritten(const QString &id);
    void onCredentialFailed(const QString &id, CredentialStore::Operation operation, const QString &message);
    void onTestFinished(const ProbeResult &result);
    void updateBanner();
    void updateButtons();
    void showStatus(const QString &text, bool error);
    void finishConnect();
    QString uniqueName(const QString &base) const;
    std::optional<ConnectionProfile> stored(const QString &id) const;

    ProfileStore m_store;
    CredentialStore *m_credentials = nullptr;
    ProbeRunner *m_probe = nullptr;
    QList<ConnectionProfile> m_profiles;
    QString m_currentId;
    bool m_currentIsNew = false;
    QString m_pendingRead; // the profile whose password is being read
    bool m_connectWhenRead = false;
    QHash<QString, QString> m_pendingWrites; // profile id → password on its way to the keychain
    bool m_switching = false;

    QLabel *m_banner = nullptr;
    QListWidget *m_list = nullptr;
    ProfileForm *m_form = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_connect = nullptr;
};

} // namespace tidemark
