#pragma once

#include "connections/connectionprofile.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace tidemark {

// The fields of one connection profile, shown for the driver at hand: a file for SQLite; host, port, database,
// user and password for a server; schema and TLS mode for PostgreSQL. The password is the form's own business:
// it is filled from the keychain by the dialog and never part of ConnectionProfile.
class ProfileForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileForm)

public:
    enum class PasswordState { NotNeeded, Reading, Saved, NotSaved, MemoryOnly, Unavailable };

    explicit ProfileForm(QWidget *parent = nullptr);
    ~ProfileForm() override;

    // Shows the profile and empties the password field; not edited afterwards.
    void setProfile(const ConnectionProfile &profile);
    // The fields as a profile, with the id of the profile last set.
    ConnectionProfile profile() const;

    // What the keychain said, without counting as an edit.
    void setPassword(const QString &password);
    QString password() const;
    bool passwordEdited() const { return m_passwordEdited; }
    void setPasswordState(PasswordState state, const QString &detail = QString());

    bool isEdited() const { return m_edited; }
    void markSaved();

    QColor environmentColor() const;
    QString productionNote() const;

Q_SIGNALS:
    void edited();

private:
    void setEdited();
    void updateForDriver();
    void updateEnvironment();
    void chooseColor();
    void browseDatabaseFile();
    void browseProjectFolder();

    QString m_id;
    QString m_color;
    QMap<QString, QString> m_options; // kept as they came, not edited here
    bool m_edited = false;
    bool m_passwordEdited = false;
    bool m_loading = false;

    QLineEdit *m_name = nullptr;
    QComboBox *m_driver = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QToolButton *m_browseDatabase = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_passwordState = nullptr;
    QLineEdit *m_schema = nullptr;
    QComboBox *m_tls = nullptr;
    QComboBox *m_environment = nullptr;
    QPushButton *m_colorButton = nullptr;
    QLabel *m_productionNote = nullptr;
    QLineEdit *m_project = nullptr;
    QList<QWidget *> m_serverOnly; // rows hidden for SQLite
    QList<QWidget *> m_postgresOnly;
};

} // namespace tidemark
