#include "profilesdialog.h"

#include "profileform.h"
#include "workbenchpalette.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace tidemark {
namespace {

constexpr int IdRole = Qt::UserRole;

} // namespace

ProfilesDialog::ProfilesDialog(ProfileStore store, CredentialStore *credentials, QWidget *parent)
    : QDialog(parent)
    , m_store(std::move(store))
    , m_credentials(credentials ? credentials : new CredentialStore(this))
    , m_probe(new ProbeRunner(this))
    , m_banner(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_form(new ProfileForm(this))
    , m_status(new QLabel(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_duplicate(new QPushButton(tr("D&uplicate"), this))
    , m_delete(new QPushButton(tr("De&lete…"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_connect(new QPushButton(tr("&Connect"), this))
{
    setWindowTitle(tr("Connection Profiles"));
    m_banner->setObjectName(QStringLiteral("keychainBanner"));
    m_list->setObjectName(QStringLiteral("profileList"));
    m_status->setObjectName(QStringLiteral("profileStatus"));
    m_add->setObjectName(QStringLiteral("addButton"));
    m_duplicate->setObjectName(QStringLiteral("duplicateButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_test->setObjectName(QStringLiteral("testButton"));
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: %2; padding: 6px; }")
                                .arg(workbenchpalette::warningBannerBackground().name(),
                                     workbenchpalette::warningBannerText().name()));
    m_banner->hide();
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setMinimumWidth(180);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_delete);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(m_test);
    formButtons->addStretch(1);
    formButtons->addWidget(m_save);
    auto *right = new QVBoxLayout;
    right->addWidget(m_form);
    right->addWidget(m_status);
    right->addStretch(1);
    right->addLayout(formButtons);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(right, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentItemChanged, this, &ProfilesDialog::onSelectionChanged);
    connect(m_add, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &ProfilesDialog::duplicateProfile);
    connect(m_delete, &QPushButton::clicked, this, &ProfilesDialog::deleteProfile);
    connect(m_save, &QPushButton::clicked, this, &ProfilesDialog::saveProfile);
    connect(m_test, &QPushButton::clicked, this, &ProfilesDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfilesDialog::connectToProfile);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProfilesDialog::reject);
    connect(m_form, &ProfileForm::edited, this, &ProfilesDialog::updateButtons);
    connect(m_probe, &ProbeRunner::finished, this, &ProfilesDialog::onTestFinished);
    connect(m_credentials, &CredentialStore::passwordRead, this, &ProfilesDialog::onPasswordRead);
    connect(m_credentials, &CredentialStore::passwordNotFound, this, &ProfilesDialog::onPasswordNotFound);
    connect(m_credentials, &CredentialStore::passwordWritten, this, &ProfilesDialog::onPasswordWritten);
    connect(m_credentials, &CredentialStore::passwordDeleted, this, &ProfilesDialog::passwordSettled);
    connect(m_credentials, &CredentialStore::failed, this, &ProfilesDialog::onCredentialFailed);
    connect(m_credentials, &CredentialStore::availabilityChanged, this, &ProfilesDialog::updateBanner);

    resize(760, 540);
    updateBanner();
    if (m_credentials->availability() == CredentialStore::Availability::Unknown)
        m_credentials->checkAvailability();
    reload(QString());
    if (m_profiles.isEmpty())
        addProfile();
}

ProfilesDialog::~ProfilesDialog() = default;

void ProfilesDialog::selectProfile(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(IdRole).toString() == id)
            m_list->setCurrentRow(row);
}

// Rebuilds the list from the store; the form keeps what it shows.
void ProfilesDialog::reload(const QString &selectId)
{
    m_profiles = m_store.profiles();
    m_switching = true;
    m_list->clear();
    for (const ConnectionProfile &p : std::as_const(m_profiles)) {
        auto *item = new QListWidgetItem(p.name, m_list);
        item->setData(IdRole, p.id);
        item->setData(Qt::DecorationRole, workbenchpalette::profileColor(p));
        item->setToolTip(QStringLiteral("%1 — %2").arg(ConnectionProfile::environmentTitle(p.environment),
                                                        p.redactedUrl()));
        if (p.isProduction()) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        if (p.id == selectId)
            m_list->setCurrentItem(item);
    }
    m_switching = false;
    if (selectId.isEmpty() && !m_profiles.isEmpty() && !m_list->currentItem()) {
        m_list->setCurrentRow(0); // shows it through onSelectionChanged
        return;
    }
    updateButtons();
}

void ProfilesDialog::showProfile(const QString &id)
{
    const std::optional<ConnectionProfile> profile = stored(id);
    if (!profile)
        return;
    m_currentId = id;
    m_currentIsNew = false;
    m_connectWhenRead = false;
    m_form->setProfile(*profile);
    showStatus(QString(), false);
    if (!profile->needsPassword()) {
        m_form->setPasswordState(ProfileForm::PasswordState::NotNeeded);
    } else {
        m_pendingRead = id;
        m_form->setPasswordState(ProfileForm::PasswordState::Reading);
        m_credentials->readPassword(id);
    }
    updateButtons();
}

bool ProfilesDialog::confirmLeavingEdits()
{
    if (!m_form->isEdited())
        return true;
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("Save the changes to \"%1\"?").arg(m_form->profile().name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveProfile();
    return answer == QMessageBox::Discard;
}

void ProfilesDialog::onSelectionChanged()
{
    if (m_switching)
        return;
    const QString id = m_list->currentItem() ? m_list->currentItem()->data(IdRole).toString() : QString();
    if (id.isEmpty() || (id == m_currentId && !m_currentIsNew))
        return;
    if (!confirmLeavingEdits()) {
        m_switching = true;
        if (m_currentIsNew)
            m_list->setCurrentItem(nullptr);
        else
            selectProfile(m_currentId);
        m_switching = false;
        return;
    }
    showProfile(id);
}

void ProfilesDialog::addProfile()
{
    if (!confirmLeavingEdits())
        return;
    ConnectionProfile profile;
    profile.id = ConnectionProfile::newId();
    profile.name = uniqueName(tr("New profile"));
    profile.host = QStringLiteral("localhost");
    m_currentId = profile.id;
    m_currentIsNew = true;
    m_pendingRead.clear();
    m_switching = true;
    m_list->setCurrentItem(nullptr);
    m_list->clearSelection();
    m_switching = false;
    m_form->setProfile(profile);
    m_form->setPasswordState(ProfileForm::PasswordState::NotSaved);
    showStatus(tr("A new profile: fill it in and save it."), false);
    if (auto *name = m_form->findChild<QLineEdit *>(QStringLiteral("profileName"))) {
        name->setFocus();
        name->selectAll();
    }
    updateButtons();
}

bool ProfilesDialog::saveProfile()
{
    const ConnectionProfile profile = m_form->profile();
    QString error;
    if (!m_store.save(profile, &error)) {
        showStatus(error, true);
        return false;
    }
    if (!profile.needsPassword()) {
        m_credentials->deletePassword(profile.id); // a server profile turned into SQLite needs none any more
    } else if (m_form->passwordEdited()) {
        const QString password = m_form->password();
        if (password.isEmpty()) {
            m_credentials->deletePassword(profile.id);
            m_form->setPasswordState(ProfileForm::PasswordState::NotSaved);
        } else {
            m_pendingWrites.insert(profile.id, password);
            m_credentials->writePassword(profile.id, password);
        }
    }
    m_currentIsNew = false;
    m_form->markSaved();
    showStatus(tr("Saved \"%1\".").arg(profile.name), false);
    reload(profile.id);
    Q_EMIT profilesChanged();
    return true;
}

void ProfilesDialog::duplicateProfile()
{
    if (m_currentIsNew || !confirmLeavingEdits())
        return;
    ConnectionProfile copy = m_form->profile();
    copy.id = ConnectionProfile::newId();
    copy.name = uniqueName(tr("%1 (copy)").arg(copy.name));
    const QString password = m_form->password();
    QString error;
    if (!m_store.save(copy, &error)) {
        showStatus(error, true);
        return;
    }
    m_currentId = copy.id;
    m_pendingRead.clear();
    m_form->setProfile(copy);
    if (copy.needsPassword() && !password.isEmpty()) {
        m_form->setPassword(password);
        m_pendingWrites.insert(copy.id, password);
        m_credentials->writePassword(copy.id, password);
    } else {
        m_form->setPasswordState(copy.needsPassword() ? ProfileForm::PasswordState::NotSaved
                                                      : ProfileForm::PasswordState::NotNeeded);
    }
    showStatus(tr("Saved the copy \"%1\".").arg(copy.name), false);
    reload(copy.id);
    Q_EMIT profilesChanged();
}

void ProfilesDialog::deleteProfile()
{
    if (m_currentIsNew) {
        m_form->markSaved();
        m_currentId.clear();
        m_currentIsNew = false;
        reload(QString());
        if (m_profiles.isEmpty())
            addProfile();
        return;
    }
    const std::optional<ConnectionProfile> profile = stored(m_currentId);
    if (!profile)
        return;
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("Delete profile"),
        tr("Delete the profile \"%1\"? Its saved password is deleted from the keychain too.").arg(profile->name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!m_store.remove(profile->id, &error)) {
        showStatus(error, true);
        return;
    }
    m_credentials->deletePassword(profile->id);
    m_form->markSaved();
    m_currentId.clear();
    reload(QString());
    if (m_profiles.isEmpty())
        addProfile();
    showStatus(tr("Deleted \"%1\".").arg(profile->name), false);
    Q_EMIT profilesChanged();
}

void ProfilesDialog::reject()
{
    if (!confirmLeavingEdits())
        return;
    QDialog::reject();
}

void ProfilesDialog::testConnection()
{
    const ConnectionProfile profile = m_form->profile();
    if (const QString invalid = profile.validationError(); !invalid.isEmpty()) {
        showStatus(invalid, true);
        return;
    }
    m_test->setEnabled(false);
    showStatus(tr("Testing the connection to %1…").arg(profile.redactedUrl()), false);
    m_probe->start(profile.toUrl(), profile.needsPassword() ? m_form->password() : QString());
}

void ProfilesDialog::connectToProfile()
{
    if ((m_currentIsNew || m_form->isEdited()) && !saveProfile())
        return;
    if (m_currentId.isEmpty())
        return;
    if (m_pendingRead == m_currentId && !m_form->passwordEdited()) {
        m_connectWhenRead = true; // finishConnect() once the keychain answers
        showStatus(tr("Waiting for the keychain…"), false);
        return;
    }
    finishConnect();
}

void ProfilesDialog::finishConnect()
{
    m_connectWhenRead = false;
    const ConnectionProfile profile = m_form->profile();
    Q_EMIT profileChosen(profile, profile.needsPassword() ? m_form->password() : QString());
    QDialog::accept();
}

void ProfilesDialog::onPasswordRead(const QString &id, const QString &password)
{
    Q_EMIT passwordSettled(id);
    if (id != m_pendingRead)
        return;
    m_pendingRead.clear();
    if (id == m_currentId && !m_form->passwordEdited()) {
        m_form->setPassword(password);
        m_form->setPasswordState(m_credentials->availability() == CredentialStore::Availability::Unavailable
                                     ? ProfileForm::PasswordState::MemoryOnly
                                     : ProfileForm::PasswordState::Saved);
    }
    if (m_connectWhenRead && id == m_currentId)
        finishConnect();
}

void ProfilesDialog::onPasswordNotFound(const QString &id)
{
    Q_EMIT passwordSettled(id);
    if (id != m_pendingRead)
        return;
    m_pendingRead.clear();
    if (id == m_currentId && !m_form->passwordEdited())
        m_form->setPasswordState(ProfileForm::PasswordState::NotSaved);
    if (m_connectWhenRead && id == m_currentId)
        finishConnect();
}

void ProfilesDialog::onPasswordWritten(const QString &id)
{
    m_pendingWrites.remove(id);
    m_credentials->forgetInMemory(id);
    if (id == m_currentId)
        m_form->setPasswordState(ProfileForm::PasswordState::Saved);
    Q_EMIT passwordSettled(id);
}

void ProfilesDialog::onCredentialFailed(const QString &id, CredentialStore::Operation operation,
                                        const QString &message)
{
    const bool unavailable = m_credentials->availability() == CredentialStore::Availability::Unavailable;
    if (operation == CredentialStore::Operation::Write && m_pendingWrites.contains(id)) {
        const QString password = m_pendingWrites.take(id);
        if (unavailable)
            m_credentials->keepInMemory(id, password); // for this session; never on disk
        if (id == m_currentId) {
            m_form->setPasswordState(unavailable ? ProfileForm::PasswordState::MemoryOnly
                                                 : ProfileForm::PasswordState::NotSaved);
            if (!unavailable)
                showStatus(message, true);
        }
    } else if (operation == CredentialStore::Operation::Read && id == m_pendingRead) {
        m_pendingRead.clear();
        if (id == m_currentId && !m_form->passwordEdited())
            m_form->setPasswordState(unavailable ? ProfileForm::PasswordState::Unavailable
                                                 : ProfileForm::PasswordState::NotSaved,
                                     tr("Type the password: %1").arg(message));
        if (m_connectWhenRead && id == m_currentId && !m_form->password().isEmpty())
            finishConnect();
        else if (m_connectWhenRead)
            showStatus(tr("Type the password, then connect."), true);
        m_connectWhenRead = false;
    } else if (operation == CredentialStore::Operation::Delete && id == m_currentId && !unavailable) {
        showStatus(message, true);
    }
    Q_EMIT passwordSettled(id);
}

void ProfilesDialog::onTestFinished(const ProbeResult &result)
{
    m_test->setEnabled(true);
    QString text = result.message;
    if (result.ok() && !result.serverVersion.isEmpty())
        text = tr("%1 (%2, %3 ms)").arg(result.message, result.serverVersion).arg(result.elapsedMs);
    showStatus(text, !result.ok());
    if (!result.ok() && !result.detail.isEmpty())
        m_status->setToolTip(result.detail);
    Q_EMIT testFinished(result);
}

void ProfilesDialog::updateBanner()
{
    const bool unavailable = m_credentials->availability() == CredentialStore::Availability::Unavailable;
    m_banner->setVisible(unavailable);
    m_banner->setText(unavailable ? m_credentials->unavailableReason() : QString());
}

void ProfilesDialog::updateButtons()
{
    const bool existing = !m_currentId.isEmpty() && !m_currentIsNew;
    m_duplicate->setEnabled(existing);
    m_delete->setEnabled(!m_currentId.isEmpty());
    m_save->setEnabled(m_currentIsNew || m_form->isEdited());
    m_connect->setEnabled(!m_currentId.isEmpty());
}

void ProfilesDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setToolTip(QString());
    m_status->setProperty("error", error);
    m_status->setStyleSheet(error ? QStringLiteral("QLabel { color: %1; }").arg(workbenchpalette::errorText().name())
                                  : QString());
}

QString ProfilesDialog::uniqueName(const QString &base) const
{
    const auto taken = [this](const QString &name) {
        return std::any_of(m_profiles.cbegin(), m_profiles.cend(), [&](const ConnectionProfile &p) {
            return p.name.compare(name, Qt::CaseInsensitive) == 0;
        });
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

std::optional<ConnectionProfile> ProfilesDialog::stored(const QString &id) const
{
    for (const ConnectionProfile &p : m_profiles)
        if (p.id == id)
            return p;
    return std::nullopt;
}

} // namespace tidemark
