#include "confirmchangedialog.h"

#include "productionguard.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace tidemark {

ConfirmChangeDialog::ConfirmChangeDialog(const Text &text, bool production, const QString &databaseName,
                                         QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(text.windowTitle);
    setWindowModality(Qt::WindowModal);

    auto layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    if (production)
        layout->addWidget(createProductionBanner(databaseName, this));
    auto question = new QLabel(text.question, this);
    question->setWordWrap(true);
    QFont bold = question->font();
    bold.setBold(true);
    question->setFont(bold);
    layout->addWidget(question);
    for (const Paragraph &paragraph : text.paragraphs) {
        auto label = new QLabel(paragraph.text, this);
        label->setObjectName(paragraph.objectName);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(label);
    }
    auto record = new QLabel(text.record, this);
    record->setWordWrap(true);
    record->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(record);

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(text.confirm, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setAutoDefault(false);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConfirmChangeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (production) {
        m_guard = new ProductionGuard(databaseName, this);
        layout->addWidget(m_guard);
        connect(m_guard, &ProductionGuard::matchChanged, m_confirm, &QPushButton::setEnabled);
        connect(m_guard, &ProductionGuard::confirmed, this, &ConfirmChangeDialog::accept);
        m_confirm->setEnabled(false);
    }
    layout->addStretch(1);
    layout->addWidget(buttons);
    if (m_guard)
        m_guard->nameEdit()->setFocus();
    else
        cancel->setFocus();
    resize(std::min(620, (parent ? parent->screen() : screen())->availableGeometry().width() - 40),
           heightForWidth(620));
}

ConfirmChangeDialog::~ConfirmChangeDialog() = default;

void ConfirmChangeDialog::accept()
{
    if (m_guard && !m_guard->matches())
        return;
    QDialog::accept();
}

} // namespace tidemark
