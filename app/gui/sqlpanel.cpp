#include "sqlpanel.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

#include <algorithm>

namespace tidemark {

SqlPanel::SqlPanel(QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
{
    m_text->setObjectName(QStringLiteral("sqlText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setTabStopDistance(4 * m_text->fontMetrics().horizontalAdvance(u' '));
    m_text->setAccessibleName(tr("SQL"));

    m_message->setObjectName(QStringLiteral("sqlMarkMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8e1b1b; border: 1px solid #f1b0ab; "
                                            "border-radius: 3px; padding: 6px 8px; }"));
    m_message->hide();

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_message);
    layout->addWidget(m_text, 1);
}

SqlPanel::~SqlPanel() = default;

void SqlPanel::setSql(const QString &sql, const QString &emptyText)
{
    m_text->setPlainText(sql);
    m_text->setPlaceholderText(emptyText);
    clearMark();
}

QString SqlPanel::sql() const
{
    return m_text->toPlainText();
}

QString SqlPanel::markMessage() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void SqlPanel::markLines(int first, int last, const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    QList<QTextEdit::ExtraSelection> marks;
    QTextBlock block = first > 0 ? m_text->document()->findBlockByNumber(first - 1) : QTextBlock();
    m_markedLine = block.isValid() ? first : 0;
    const QTextBlock firstBlock = block;
    for (int line = first; block.isValid() && line <= std::max(first, last); ++line, block = block.next()) {
        QTextEdit::ExtraSelection mark;
        mark.format.setBackground(QColor(0xfd, 0xd8, 0xd5));
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        mark.cursor = QTextCursor(block);
        marks.append(mark);
    }
    m_text->setExtraSelections(marks);
    if (firstBlock.isValid()) {
        m_text->setTextCursor(QTextCursor(firstBlock));
        m_text->centerCursor();
    }
}

} // namespace tidemark
