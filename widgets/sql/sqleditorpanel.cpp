#include "sqleditorpanel.h"

#include "findreplacebar.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QVBoxLayout>

namespace tidemark {

SqlEditorPanel::SqlEditorPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_editor(new SqlEditor(this)), m_findBar(new FindReplaceBar(m_editor, this))
{
    m_title->setTextFormat(Qt::PlainText);
    m_title->setContentsMargins(4, 2, 4, 2);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_title);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_findBar);

    auto addShortcut = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addShortcut(QKeySequence::Find, [this] { m_findBar->showFind(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_H), [this] { m_findBar->showReplace(); });
    addShortcut(QKeySequence(Qt::Key_F3), [this] {
        if (m_findBar->findField()->text().isEmpty())
            m_findBar->showFind();
        else
            m_findBar->findNext();
    });
    addShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3), [this] { m_findBar->findPrevious(); });
    // Ctrl+L as in Qt Creator: GNOME binds Ctrl+G to find-next.
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), [this] { showGoToLine(); });
}

SqlEditorPanel::~SqlEditorPanel() = default;

void SqlEditorPanel::setTitle(const QString &title)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
}

QString SqlEditorPanel::title() const
{
    return m_title->text();
}

void SqlEditorPanel::showGoToLine()
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Go to Line"));
    dialog->setInputMode(QInputDialog::IntInput);
    dialog->setLabelText(tr("Line (1–%1):").arg(m_editor->blockCount()));
    dialog->setIntRange(1, m_editor->blockCount());
    dialog->setIntValue(m_editor->currentLine());
    connect(dialog, &QInputDialog::intValueSelected, m_editor, [this](int line) { m_editor->goToLine(line); });
    dialog->open();
}

} // namespace tidemark
