#include "noticebar.h"

#include "sqltheme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace tidemark {

NoticeBar::NoticeBar(QWidget *parent) : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_buttons(new QHBoxLayout)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttons);
    hide();
}

NoticeBar::~NoticeBar() = default;

void NoticeBar::setMessage(const QString &text, Level level)
{
    m_level = level;
    m_text->setText(text);
    const QStyle::StandardPixmap icon = level == Level::Error     ? QStyle::SP_MessageBoxCritical
                                        : level == Level::Warning ? QStyle::SP_MessageBoxWarning
                                                                  : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    const QColor tint = level == Level::Error     ? QColor(0xdc, 0x26, 0x26)
                        : level == Level::Warning ? QColor(0xf5, 0x9e, 0x0b)
                                                  : QColor(0x3b, 0x82, 0xf6);
    QPalette p = palette();
    const QColor window = parentWidget() ? parentWidget()->palette().color(QPalette::Window) : p.color(QPalette::Window);
    p.setColor(QPalette::Window, sqltheme::mix(window, tint, sqltheme::isDark(p) ? 0.30 : 0.20));
    setPalette(p);
}

QString NoticeBar::text() const
{
    return m_text->text();
}

QPushButton *NoticeBar::addButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    m_buttons->addWidget(button, 0, Qt::AlignVCenter);
    return button;
}

void NoticeBar::clearButtons()
{
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace tidemark
