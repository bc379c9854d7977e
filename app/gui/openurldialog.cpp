#include "openurldialog.h"

#include "workbenchpalette.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tidemark {

OpenUrlDialog::OpenUrlDialog(const QString &currentUrl, bool production, QWidget *parent)
    : QDialog(parent)
    , m_urlEdit(new QLineEdit(currentUrl, this))
    , m_passwordEdit(new QLineEdit(this))
    , m_production(new QCheckBox(tr("Production database: confirm every change by typing its name"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("openUrlDialog"));
    setWindowTitle(tr("Connect to Database"));

    m_urlEdit->setObjectName(QStringLiteral("urlEdit"));
    m_urlEdit->setPlaceholderText(tr("sqlite:/path/to/app.db or postgres://user@host:5432/database"));
    m_urlEdit->setMinimumWidth(460);
    auto browse = new QPushButton(tr("Browse…"), this);
    browse->setToolTip(tr("Choose an SQLite database file; a new one is created when it does not exist"));
    auto urlRow = new QHBoxLayout;
    urlRow->addWidget(m_urlEdit, 1);
    urlRow->addWidget(browse);

    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setPlaceholderText(tr("used for this connection only, never stored"));

    auto hint = new QLabel(tr("SQLite needs only a file path. For PostgreSQL and MariaDB/MySQL give user, host, "
                              "port and database; never put the password in the URL."),
                           this);
    hint->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(workbenchpalette::productionRed().name()));
    m_error->setWordWrap(true);
    m_error->hide();

    auto form = new QFormLayout;
    auto urlLabel = new QLabel(tr("Database &URL:"), this);
    urlLabel->setBuddy(m_urlEdit); // a row holding a layout gets no buddy by itself
    form->addRow(urlLabel, urlRow);
    form->addRow(tr("&Password:"), m_passwordEdit);
    m_production->setObjectName(QStringLiteral("productionCheck"));
    m_production->setChecked(production);
    form->addRow(QString(), m_production);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &OpenUrlDialog::browseSqliteFile);
    connect(m_urlEdit, &QLineEdit::textChanged, this, &OpenUrlDialog::updatePasswordField);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenUrlDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePasswordField();
}

OpenUrlDialog::~OpenUrlDialog() = default;

QString OpenUrlDialog::password() const
{
    return m_passwordEdit->isEnabled() ? m_passwordEdit->text() : QString();
}

bool OpenUrlDialog::isProduction() const
{
    return m_production->isChecked();
}

void OpenUrlDialog::accept()
{
    QString error;
    const std::optional<ConnectionUrl> url = ConnectionUrl::parse(m_urlEdit->text().trimmed(), &error);
    if (!url) {
        m_error->setText(error);
        m_error->show();
        // Wrapped labels: grow to the height this width needs, Qt does not enforce it by itself.
        resize(width(), std::max(height(), heightForWidth(width())));
        m_urlEdit->setFocus();
        return;
    }
    m_url = *url;
    QDialog::accept();
}

void OpenUrlDialog::browseSqliteFile()
{
    QString error;
    const std::optional<ConnectionUrl> current = ConnectionUrl::parse(m_urlEdit->text().trimmed(), &error);
    const QString start = current && current->dialect == DatabaseKind::Sqlite ? current->path : QString();
    const QString path = QFileDialog::getSaveFileName(this, tr("SQLite Database"), start,
                                                      tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_urlEdit->setText(QStringLiteral("sqlite:") + path);
}

void OpenUrlDialog::updatePasswordField()
{
    const bool sqlite = m_urlEdit->text().trimmed().startsWith(QLatin1String("sqlite:"));
    m_passwordEdit->setEnabled(!sqlite);
    m_error->hide();
}

} // namespace tidemark
