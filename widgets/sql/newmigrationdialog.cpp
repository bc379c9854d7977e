#include "newmigrationdialog.h"

#include "conventions/convention.h"
#include "conventions/conventionfactory.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace tidemark {
namespace {

const QString placeholder = QStringLiteral("tidemark_preview_name");

// The file names the next migration's draft would have now.
QStringList templateNames(const QString &dir, const Convention &convention)
{
    QStringList names;
    for (const MigrationDraft::File &file : convention.draft(dir, placeholder, QDateTime::currentDateTimeUtc()).files)
        names << QFileInfo(file.path).fileName();
    return names;
}

} // namespace

NewMigrationDialog::NewMigrationDialog(const QString &migrationsDir, const QString &conventionName, QWidget *parent)
    : QDialog(parent), m_dir(migrationsDir), m_name(new QLineEdit(this)), m_preview(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Migration"));
    std::unique_ptr<Convention> convention = conventionName.isEmpty() ? detectConvention(migrationsDir)
                                                                      : conventionByName(conventionName);
    if (!convention)
        convention = detectConvention(migrationsDir);
    m_convention = convention->name();
    m_templateNames = templateNames(migrationsDir, *convention);

    m_name->setPlaceholderText(tr("e.g. add customer phone"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Name:"), m_name);
    auto *folder = new QLabel(tr("%1 (%2)").arg(QDir::toNativeSeparators(migrationsDir), m_convention), this);
    folder->setTextFormat(Qt::PlainText);
    folder->setWordWrap(true);
    form->addRow(tr("Folder:"), folder);
    form->addRow(tr("Files:"), m_preview);
    form->addRow(m_buttons);
    setMinimumWidth(520);

    connect(m_name, &QLineEdit::textChanged, this, &NewMigrationDialog::updatePreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
}

NewMigrationDialog::~NewMigrationDialog() = default;

QString NewMigrationDialog::migrationName() const
{
    return m_name->text().trimmed();
}

void NewMigrationDialog::setMigrationName(const QString &name)
{
    m_name->setText(name);
}

QStringList NewMigrationDialog::previewFileNames() const
{
    const QString slug = migrationSlug(migrationName());
    if (slug.isEmpty())
        return {};
    QStringList names = m_templateNames;
    for (QString &name : names)
        name.replace(placeholder, slug);
    return names;
}

void NewMigrationDialog::updatePreview()
{
    const bool usable = !migrationSlug(migrationName()).isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(usable);
    if (!usable)
        m_preview->setText(migrationName().isEmpty() ? tr("Type a name: it becomes part of the file names.")
                                                     : tr("The name needs at least one letter or digit."));
    else if (m_templateNames.isEmpty())
        m_preview->setText(tr("The next version in this folder, named after %1.").arg(migrationSlug(migrationName())));
    else
        m_preview->setText(previewFileNames().join(u'\n'));
}

} // namespace tidemark
