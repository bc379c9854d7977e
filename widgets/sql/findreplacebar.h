#pragma once

#include "sqleditor.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace tidemark {

// The find (and replace) strip under an SqlEditor: the text, case / whole words / regular expression,
// previous and next, the number of matches (all highlighted in the editor); replace and replace all on a
// second row, which read-only editors never show. Enter finds the next match, Shift+Enter the previous one,
// Escape closes the bar and clears the highlight.
class FindReplaceBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindReplaceBar)

public:
    explicit FindReplaceBar(SqlEditor *editor, QWidget *parent = nullptr);
    ~FindReplaceBar() override;

    // Shows the bar with the editor's selection (if on one line) as the text, focused and selected.
    void showFind();
    void showReplace();
    void closeBar();

    bool findNext();
    bool findPrevious();
    bool replace();
    int replaceAll();

    FindOptions options() const;
    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }
    int matchCount() const { return m_matches; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refreshMatches();
    void setReplaceVisible(bool visible);

    SqlEditor *m_editor = nullptr;
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;
    QCheckBox *m_caseSensitive = nullptr;
    QCheckBox *m_wholeWords = nullptr;
    QCheckBox *m_regularExpression = nullptr;
    QLabel *m_count = nullptr;
    QWidget *m_replaceRow = nullptr;
    int m_matches = 0;
};

} // namespace tidemark
