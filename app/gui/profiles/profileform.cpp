#include "profileform.h"

#include "workbenchpalette.h"

#include <QColorDialog>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>

namespace tidemark {
namespace {

QWidget *row(QWidget *parent, std::initializer_list<QWidget *> widgets)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : widgets)
        layout->addWidget(w, w == *widgets.begin() ? 1 : 0);
    return box;
}

} // namespace

ProfileForm::ProfileForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_driver(new QComboBox(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_browseDatabase(new QToolButton(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_passwordState(new QLabel(this))
    , m_schema(new QLineEdit(this))
    , m_tls(new QComboBox(this))
    , m_environment(new QComboBox(this))
    , m_colorButton(new QPushButton(this))
    , m_productionNote(new QLabel(this))
    , m_project(new QLineEdit(this))
{
    m_name->setObjectName(QStringLiteral("profileName"));
    m_driver->setObjectName(QStringLiteral("profileDriver"));
    m_host->setObjectName(QStringLiteral("profileHost"));
    m_port->setObjectName(QStringLiteral("profilePort"));
    m_database->setObjectName(QStringLiteral("profileDatabase"));
    m_user->setObjectName(QStringLiteral("profileUser"));
    m_password->setObjectName(QStringLiteral("profilePassword"));
    m_passwordState->setObjectName(QStringLiteral("passwordState"));
    m_schema->setObjectName(QStringLiteral("profileSchema"));
    m_tls->setObjectName(QStringLiteral("profileTls"));
    m_environment->setObjectName(QStringLiteral("profileEnvironment"));
    m_colorButton->setObjectName(QStringLiteral("profileColor"));
    m_productionNote->setObjectName(QStringLiteral("productionNote"));
    m_project->setObjectName(QStringLiteral("profileProject"));

    m_driver->addItem(tr("PostgreSQL"), int(DatabaseKind::Postgres));
    m_driver->addItem(tr("MariaDB / MySQL"), int(DatabaseKind::MySql));
    m_driver->addItem(tr("SQLite"), int(DatabaseKind::Sqlite));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default"));
    m_browseDatabase->setText(tr("…"));
    m_browseDatabase->setToolTip(tr("Choose the SQLite database file"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordState->setWordWrap(true);
    m_schema->setPlaceholderText(tr("the server's search_path"));
    m_tls->addItem(tr("Default (prefer)"), int(TlsMode::Default));
    m_tls->addItem(tr("Disable"), int(TlsMode::Disable));
    m_tls->addItem(tr("Prefer"), int(TlsMode::Prefer));
    m_tls->addItem(tr("Require"), int(TlsMode::Require));
    m_tls->addItem(tr("Verify CA"), int(TlsMode::VerifyCa));
    m_tls->addItem(tr("Verify full"), int(TlsMode::VerifyFull));
    for (EnvironmentTag tag : {EnvironmentTag::Development, EnvironmentTag::Staging, EnvironmentTag::Production})
        m_environment->addItem(ConnectionProfile::environmentTitle(tag), int(tag));
    m_colorButton->setToolTip(tr("The colour that marks this database in the workbench"));
    m_productionNote->setWordWrap(true);
    m_productionNote->setText(productionNote());
    auto *browseProject = new QToolButton(this);
    browseProject->setText(tr("…"));
    browseProject->setToolTip(tr("Choose the migrations folder"));

    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    setMinimumWidth(420);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Driver:"), m_driver);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("Data&base:"), row(this, {m_database, m_browseDatabase}));
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_passwordState);
    form->addRow(tr("&Schema:"), m_schema);
    form->addRow(tr("&TLS mode:"), m_tls);
    form->addRow(tr("&Environment:"), row(this, {m_environment, m_colorButton}));
    form->addRow(QString(), m_productionNote);
    form->addRow(tr("Pro&ject folder:"), row(this, {m_project, browseProject}));
    m_serverOnly = {m_host, m_port, m_user, m_password, m_passwordState};
    m_postgresOnly = {m_schema, m_tls};

    for (QLineEdit *edit : {m_name, m_host, m_database, m_user, m_schema, m_project})
        connect(edit, &QLineEdit::textEdited, this, &ProfileForm::setEdited);
    connect(m_password, &QLineEdit::textEdited, this, [this] {
        m_passwordEdited = true;
        setEdited();
    });
    connect(m_port, &QSpinBox::valueChanged, this, &ProfileForm::setEdited);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &ProfileForm::setEdited);
    connect(m_driver, &QComboBox::currentIndexChanged, this, [this] {
        updateForDriver();
        setEdited();
    });
    connect(m_environment, &QComboBox::currentIndexChanged, this, [this] {
        updateEnvironment();
        setEdited();
    });
    connect(m_colorButton, &QPushButton::clicked, this, &ProfileForm::chooseColor);
    connect(m_browseDatabase, &QToolButton::clicked, this, &ProfileForm::browseDatabaseFile);
    connect(browseProject, &QToolButton::clicked, this, &ProfileForm::browseProjectFolder);
    updateForDriver();
    updateEnvironment();
}

ProfileForm::~ProfileForm() = default;

void ProfileForm::setProfile(const ConnectionProfile &profile)
{
    m_loading = true;
    m_id = profile.id;
    m_color = profile.color;
    m_name->setText(profile.name);
    m_driver->setCurrentIndex(m_driver->findData(int(profile.driver)));
    m_host->setText(profile.host);
    m_port->setValue(profile.port);
    m_database->setText(profile.database);
    m_user->setText(profile.user);
    m_password->clear();
    m_schema->setText(profile.schema);
    m_tls->setCurrentIndex(m_tls->findData(int(profile.tlsMode)));
    m_environment->setCurrentIndex(m_environment->findData(int(profile.environment)));
    m_project->setText(profile.projectDir);
    m_options = profile.options;
    m_loading = false;
    updateForDriver();
    updateEnvironment();
    m_edited = false;
    m_passwordEdited = false;
}

ConnectionProfile ProfileForm::profile() const
{
    ConnectionProfile p;
    p.id = m_id;
    p.name = m_name->text().trimmed();
    p.driver = DatabaseKind(m_driver->currentData().toInt());
    p.database = m_database->text().trimmed();
    p.environment = EnvironmentTag(m_environment->currentData().toInt());
    p.color = m_color;
    p.projectDir = m_project->text().trimmed();
    if (p.driver == DatabaseKind::Sqlite)
        return p;
    p.host = m_host->text().trimmed();
    p.port = m_port->value();
    p.user = m_user->text().trimmed();
    p.options = m_options;
    if (p.driver == DatabaseKind::Postgres) {
        p.schema = m_schema->text().trimmed();
        p.tlsMode = TlsMode(m_tls->currentData().toInt());
    }
    return p;
}

void ProfileForm::setPassword(const QString &password)
{
    m_password->setText(password);
}

QString ProfileForm::password() const
{
    return m_password->text();
}

void ProfileForm::setPasswordState(PasswordState state, const QString &detail)
{
    QString text;
    switch (state) {
    case PasswordState::NotNeeded: break;
    case PasswordState::Reading: text = tr("Reading the password from the keychain…"); break;
    case PasswordState::Saved: text = tr("The password is saved in the keychain."); break;
    case PasswordState::NotSaved: text = tr("No password saved; type one to save it in the keychain."); break;
    case PasswordState::MemoryOnly:
        text = tr("The password is kept in memory until Tidemark quits; it is not saved anywhere.");
        break;
    case PasswordState::Unavailable: text = detail; break;
    }
    m_passwordState->setText(text);
    m_password->setPlaceholderText(state == PasswordState::Reading ? tr("reading…") : QString());
}

void ProfileForm::markSaved()
{
    m_edited = false;
    m_passwordEdited = false;
}

QColor ProfileForm::environmentColor() const
{
    return workbenchpalette::profileColor(profile());
}

QString ProfileForm::productionNote() const
{
    return tr("Production: changes ask for the database name.");
}

void ProfileForm::setEdited()
{
    if (m_loading)
        return;
    m_edited = true;
    Q_EMIT edited();
}

void ProfileForm::updateForDriver()
{
    const auto driver = DatabaseKind(m_driver->currentData().toInt());
    auto *form = static_cast<QFormLayout *>(layout());
    for (QWidget *w : std::as_const(m_serverOnly))
        form->setRowVisible(w, driver != DatabaseKind::Sqlite);
    for (QWidget *w : std::as_const(m_postgresOnly))
        form->setRowVisible(w, driver == DatabaseKind::Postgres);
    m_browseDatabase->setVisible(driver == DatabaseKind::Sqlite);
    m_database->setPlaceholderText(driver == DatabaseKind::Sqlite ? tr("the database file") : tr("the database name"));
    m_host->setPlaceholderText(tr("localhost"));
    m_port->setToolTip(tr("0 uses the driver's default port, %1").arg(ConnectionProfile::defaultPort(driver)));
}

void ProfileForm::updateEnvironment()
{
    const QColor color = environmentColor();
    m_colorButton->setStyleSheet(QStringLiteral("QPushButton { background-color: %1; min-width: 3em; }")
                                     .arg(color.name()));
    m_colorButton->setText(QString());
    m_colorButton->setAccessibleName(tr("Colour %1").arg(color.name()));
    const bool production = EnvironmentTag(m_environment->currentData().toInt()) == EnvironmentTag::Production;
    static_cast<QFormLayout *>(layout())->setRowVisible(m_productionNote, production);
    m_productionNote->setStyleSheet(QStringLiteral("QLabel { color: %1; background-color: %2; padding: 4px; "
                                                   "font-weight: bold; }")
                                        .arg(workbenchpalette::textOnSignal().name(), color.name()));
}

void ProfileForm::chooseColor()
{
    const QColor chosen = QColorDialog::getColor(environmentColor(), this, tr("Profile colour"));
    if (!chosen.isValid())
        return;
    const auto tag = EnvironmentTag(m_environment->currentData().toInt());
    m_color = chosen.name() == workbenchpalette::environmentColor(tag).name() ? QString() : chosen.name();
    updateEnvironment();
    setEdited();
}

void ProfileForm::browseDatabaseFile()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("SQLite database"), m_database->text(),
                                                      tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (file.isEmpty())
        return;
    m_database->setText(file);
    setEdited();
}

void ProfileForm::browseProjectFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Migrations folder"), m_project->text());
    if (dir.isEmpty())
        return;
    m_project->setText(dir);
    setEdited();
}

} // namespace tidemark
