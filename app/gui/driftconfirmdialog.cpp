#include "driftconfirmdialog.h"

#include "productionguard.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace tidemark {
namespace {

QString shortChecksum(const QString &checksum)
{
    return checksum.left(12);
}

QString question(DriftAction action, const QString &name)
{
    switch (action) {
    case DriftAction::AcceptFile: return DriftConfirmDialog::tr("Accept the edited file of %1?").arg(name);
    case DriftAction::RestoreAppliedText: return DriftConfirmDialog::tr("Give the file of %1 its applied text back?").arg(name);
    case DriftAction::RestoreMissingFile: return DriftConfirmDialog::tr("Write the file of %1 again?").arg(name);
    }
    return {};
}

QString consequence(const MigrationStatus &m, DriftAction action)
{
    const QString applied = m.applied ? shortChecksum(m.applied->checksum) : QString();
    const QString file = m.file ? shortChecksum(m.file->checksum) : QString();
    switch (action) {
    case DriftAction::AcceptFile:
        return DriftConfirmDialog::tr("The history then records the file's text: checksum %1 (as applied) is replaced "
                                      "by %2 (the file's), with the file's up and down. Nothing runs: the database "
                                      "keeps what the applied text did, so accept only an edit that needs nothing "
                                      "more, or one you made in the database by hand.")
            .arg(applied, file);
    case DriftAction::RestoreAppliedText:
        return DriftConfirmDialog::tr("%1 is rewritten: the text now there (checksum %2) is replaced by the text that "
                                      "ran (checksum %3); the rest of the file stays. The edit is lost unless you "
                                      "keep it elsewhere. The history is not changed.")
            .arg(m.file->script, file, applied);
    case DriftAction::RestoreMissingFile:
        return DriftConfirmDialog::tr("%1 is written again, in the folder's format, from the text the history keeps "
                                      "(checksum %2)%3. No file is written over. The history is not changed.")
            .arg(m.applied->script, applied,
                 m.applied->downSql.isEmpty() ? QString() : DriftConfirmDialog::tr(", with its down"));
    }
    return {};
}

QString buttonText(DriftAction action)
{
    switch (action) {
    case DriftAction::AcceptFile: return DriftConfirmDialog::tr("Accept the File");
    case DriftAction::RestoreAppliedText: return DriftConfirmDialog::tr("Restore from Applied Text");
    case DriftAction::RestoreMissingFile: return DriftConfirmDialog::tr("Restore the File");
    }
    return {};
}

} // namespace

DriftConfirmDialog::DriftConfirmDialog(const MigrationStatus &migration, DriftAction action, bool production,
                                       const QString &databaseName, QWidget *parent)
    : QDialog(parent)
    , m_explanation(consequence(migration, action))
{
    setObjectName(QStringLiteral("driftConfirmDialog"));
    const QString name = QStringLiteral("%1 %2").arg(migration.version.toString(), migration.description);
    setWindowTitle(buttonText(action));
    setWindowModality(Qt::WindowModal);

    auto title = new QLabel(question(action, name), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto meaning = new QLabel(m_explanation, this);
    meaning->setObjectName(QStringLiteral("driftConsequence"));
    meaning->setWordWrap(true);
    meaning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto record = new QLabel(tr("The history records it as a drift event, with your name, the time and both "
                                "checksums."),
                             this);
    record->setWordWrap(true);
    record->setForegroundRole(QPalette::PlaceholderText);

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(buttonText(action), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setAutoDefault(false);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &DriftConfirmDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    if (production)
        layout->addWidget(createProductionBanner(databaseName, this));
    layout->addWidget(title);
    layout->addWidget(meaning);
    layout->addWidget(record);
    if (production) {
        m_guard = new ProductionGuard(databaseName, this);
        layout->addWidget(m_guard);
        connect(m_guard, &ProductionGuard::matchChanged, m_confirm, &QPushButton::setEnabled);
        connect(m_guard, &ProductionGuard::confirmed, this, &DriftConfirmDialog::accept);
        m_confirm->setEnabled(false);
    }
    layout->addStretch(1);
    layout->addWidget(buttons);
    if (m_guard)
        m_guard->nameEdit()->setFocus();
    else
        cancel->setFocus();
    resize(std::min(560, (parent ? parent->screen() : screen())->availableGeometry().width() - 40),
           heightForWidth(560));
}

DriftConfirmDialog::~DriftConfirmDialog() = default;

void DriftConfirmDialog::accept()
{
    if (m_guard && !m_guard->matches())
        return;
    QDialog::accept();
}

} // namespace tidemark
