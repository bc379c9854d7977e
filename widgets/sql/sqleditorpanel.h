#pragma once

#include "sqleditor.h"

#include <QWidget>

class QLabel;

namespace tidemark {

class FindReplaceBar;

// An SqlEditor with its find/replace bar and keyboard shortcuts, and an optional title line above it
// (e.g. "Up — 002_create_products.up.sql"). This is what a detail pane embeds to show or edit one script.
// Shortcuts (while focus is inside the panel): Ctrl+F find, Ctrl+H replace, F3 / Shift+F3 next / previous
// match, Ctrl+L go to line, Escape closes the find bar.
class SqlEditorPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlEditorPanel)

public:
    explicit SqlEditorPanel(QWidget *parent = nullptr);
    ~SqlEditorPanel() override;

    SqlEditor *editor() const { return m_editor; }
    FindReplaceBar *findBar() const { return m_findBar; }

    // Shown above the editor; hidden when empty.
    void setTitle(const QString &title);
    QString title() const;

    // A small non-modal dialog asking for a line number.
    void showGoToLine();

private:
    QLabel *m_title = nullptr;
    SqlEditor *m_editor = nullptr;
    FindReplaceBar *m_findBar = nullptr;
};

} // namespace tidemark
