#include "productionguard.h"

#include "icons.h"
#include "workbenchpalette.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QHBoxLayout>

namespace tidemark {

QWidget *createProductionBanner(const QString &databaseName, QWidget *parent)
{
    auto banner = new QFrame(parent);
    banner->setObjectName(QStringLiteral("productionBanner"));
    banner->setStyleSheet(QStringLiteral("QFrame#productionBanner { background: %1; border-radius: 4px; } "
                                         "QFrame#productionBanner QLabel { color: %2; }")
                              .arg(workbenchpalette::productionRed().name(), workbenchpalette::textOnSignal().name()));
    auto mark = new QLabel(banner);
    mark->setPixmap(icon(u"production").pixmap(32, 32));
    auto title = new QLabel(ProductionGuard::tr("Production database"), banner);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);
    auto text = new QLabel(ProductionGuard::tr("These steps change %1, which is marked as production. Check the "
                                               "plan, then type the database's name to confirm.")
                               .arg(QStringLiteral("<b>%1</b>").arg(databaseName.toHtmlEscaped())),
                           banner);
    text->setWordWrap(true);
    auto layout = new QGridLayout(banner);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setHorizontalSpacing(12);
    layout->setVerticalSpacing(2);
    layout->addWidget(mark, 0, 0, 2, 1, Qt::AlignTop);
    layout->addWidget(title, 0, 1);
    layout->addWidget(text, 1, 1);
    layout->setColumnStretch(1, 1);
    return banner;
}

ProductionGuard::ProductionGuard(const QString &databaseName, QWidget *parent)
    : QWidget(parent)
    , m_databaseName(databaseName)
    , m_name(new QLineEdit(this))
{
    setObjectName(QStringLiteral("productionGuard"));
    m_name->setObjectName(QStringLiteral("confirmNameEdit"));
    m_name->setAccessibleName(tr("Database name to confirm"));
    m_name->installEventFilter(this);
    QFont mono = m_name->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_name->setFont(mono);
    auto prompt = new QLabel(tr("Type %1 to confirm:").arg(QStringLiteral("<b><tt>%1</tt></b>").arg(databaseName.toHtmlEscaped())),
                             this);
    prompt->setBuddy(m_name);
    prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(prompt);
    layout->addWidget(m_name, 1);

    connect(m_name, &QLineEdit::textChanged, this, [this] {
        const QString wrong = QStringLiteral("QLineEdit { color: %1; }").arg(workbenchpalette::productionRed().name());
        m_name->setStyleSheet(matches() || m_name->text().isEmpty() ? QString() : wrong);
        Q_EMIT matchChanged(matches());
    });
}

ProductionGuard::~ProductionGuard() = default;

bool ProductionGuard::matches() const
{
    return !m_databaseName.isEmpty() && m_name->text() == m_databaseName;
}

bool ProductionGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_name && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (matches())
                Q_EMIT confirmed();
            return true; // never the dialog's default button (Cancel) by accident
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tidemark
