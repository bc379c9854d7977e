#include "findreplacebar.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace tidemark {

FindReplaceBar::FindReplaceBar(SqlEditor *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_find(new QLineEdit(this)), m_replace(new QLineEdit(this)),
      m_caseSensitive(new QCheckBox(tr("Match case"), this)), m_wholeWords(new QCheckBox(tr("Words"), this)),
      m_regularExpression(new QCheckBox(tr("Regex"), this)), m_count(new QLabel(this)), m_replaceRow(new QWidget(this))
{
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_wholeWords->setToolTip(tr("Whole words only"));
    m_regularExpression->setToolTip(tr("Regular expression"));

    auto *previous = new QToolButton(this);
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+F3)"));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (F3)"));
    auto *close = new QToolButton(this);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close (Esc)"));

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_find, 1);
    findRow->addWidget(previous);
    findRow->addWidget(next);
    findRow->addWidget(m_count);
    findRow->addWidget(m_caseSensitive);
    findRow->addWidget(m_wholeWords);
    findRow->addWidget(m_regularExpression);
    findRow->addWidget(close);

    auto *replaceOne = new QPushButton(tr("Replace"), m_replaceRow);
    auto *replaceEvery = new QPushButton(tr("Replace All"), m_replaceRow);
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->addWidget(m_replace, 1);
    replaceRow->addWidget(replaceOne);
    replaceRow->addWidget(replaceEvery);
    replaceRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addLayout(findRow);
    layout->addWidget(m_replaceRow);
    m_count->setMinimumWidth(fontMetrics().horizontalAdvance(tr("%1 matches").arg(10000)));

    connect(m_find, &QLineEdit::textChanged, this, [this] {
        refreshMatches();
        // Typing moves to the first match from where the search started.
        QTextCursor cursor = m_editor->textCursor();
        cursor.setPosition(cursor.selectionStart());
        m_editor->setTextCursor(cursor);
        m_editor->find(m_find->text(), options());
    });
    connect(m_find, &QLineEdit::returnPressed, this, &FindReplaceBar::findNext);
    connect(m_replace, &QLineEdit::returnPressed, this, &FindReplaceBar::replace);
    for (QCheckBox *box : {m_caseSensitive, m_wholeWords, m_regularExpression})
        connect(box, &QCheckBox::toggled, this, &FindReplaceBar::refreshMatches);
    connect(previous, &QToolButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindReplaceBar::findNext);
    connect(close, &QToolButton::clicked, this, &FindReplaceBar::closeBar);
    connect(replaceOne, &QPushButton::clicked, this, &FindReplaceBar::replace);
    connect(replaceEvery, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    m_find->installEventFilter(this);
    m_replace->installEventFilter(this);
    hide();
}

FindReplaceBar::~FindReplaceBar() = default;

FindOptions FindReplaceBar::options() const
{
    return {m_caseSensitive->isChecked(), m_wholeWords->isChecked(), m_regularExpression->isChecked()};
}

void FindReplaceBar::setReplaceVisible(bool visible)
{
    m_replaceRow->setVisible(visible && !m_editor->isReadOnly());
}

void FindReplaceBar::showFind()
{
    const QString selected = m_editor->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator)) {
        const QSignalBlocker blocker(m_find);
        m_find->setText(selected);
    }
    setReplaceVisible(false);
    show();
    m_find->setFocus();
    m_find->selectAll();
    refreshMatches();
}

void FindReplaceBar::showReplace()
{
    showFind();
    setReplaceVisible(true);
    if (m_replaceRow->isVisible() && !m_find->text().isEmpty())
        m_replace->setFocus();
}

void FindReplaceBar::closeBar()
{
    hide();
    m_editor->setSearchHighlight({}, options());
    m_editor->setFocus();
}

bool FindReplaceBar::findNext()
{
    return m_editor->find(m_find->text(), options());
}

bool FindReplaceBar::findPrevious()
{
    return m_editor->find(m_find->text(), options(), true);
}

bool FindReplaceBar::replace()
{
    const bool replaced = m_editor->replaceCurrent(m_find->text(), m_replace->text(), options());
    refreshMatches();
    return replaced;
}

int FindReplaceBar::replaceAll()
{
    const int count = m_editor->replaceAll(m_find->text(), m_replace->text(), options());
    refreshMatches();
    m_count->setText(tr("%n replaced", nullptr, count));
    return count;
}

void FindReplaceBar::refreshMatches()
{
    m_matches = isVisible() ? m_editor->setSearchHighlight(m_find->text(), options()) : 0;
    m_count->setText(m_find->text().isEmpty() ? QString()
                     : m_matches == 0         ? tr("No matches")
                                              : tr("%n match(es)", nullptr, m_matches));
}

bool FindReplaceBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            closeBar();
            return true;
        }
        if (watched == m_find && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() & Qt::ShiftModifier) {
            findPrevious();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tidemark
