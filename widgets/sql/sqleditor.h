#pragma once

#include "core/databasekind.h"
#include "statementscanner.h"

#include <QPlainTextEdit>
#include <QTimer>

namespace tidemark {

class SqlHighlighter;

// What find and replace match.
struct FindOptions
{
    bool caseSensitive = false;
    bool wholeWords = false;
    bool regularExpression = false;
};

// A plain-text SQL editor: dialect-aware highlighting, a monospace system font, line numbers, the current
// line highlighted, and in the margin the statements as the runner will split them (a bar per statement;
// orange for one that cannot run inside a transaction, purple for BEGIN/COMMIT, a red mark where the
// splitter gave up; hover for details). The split runs on a worker thread 100 ms after the last edit.
// setReadOnly(true) shows applied migrations (find still works, replace does not).
// Keys: Tab/Shift+Tab indent and unindent, Enter keeps the indentation. Find and go-to-line UI live in
// SqlEditorPanel; the functions here are what it calls.
class SqlEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlEditor)

public:
    explicit SqlEditor(QWidget *parent = nullptr);
    ~SqlEditor() override;

    DatabaseKind dialect() const;
    void setDialect(DatabaseKind dialect);

    // Statement boundaries of the text as last split (see statementsChanged()).
    const StatementScan &statementScan() const { return m_scan; }
    // Splits now, on this thread, and emits statementsChanged().
    void rescanNow();
    void setRescanDelay(int milliseconds) { m_rescanTimer.setInterval(milliseconds); }

    // Finds from the cursor (wrapping around) and selects the match; false when there is none.
    bool find(const QString &text, const FindOptions &options, bool backward = false);
    // Replaces the selection when it is a match, then finds the next one; false when nothing was replaced.
    bool replaceCurrent(const QString &text, const QString &replacement, const FindOptions &options);
    // One undo step; returns how many were replaced.
    int replaceAll(const QString &text, const QString &replacement, const FindOptions &options);
    // Highlights every match (up to 10 000); an empty text clears. Returns the number highlighted.
    int setSearchHighlight(const QString &text, const FindOptions &options);

    // 1-based; the line is centred when it was off screen.
    void goToLine(int line, int column = 1);
    int currentLine() const;

    // Tints lines first..last (1-based), e.g. the statement that failed, and scrolls to the first;
    // setMarkedLines(0, 0) clears. The mark stays on those line numbers while the text is edited.
    void setMarkedLines(int first, int last);
    int markedFirstLine() const { return m_markFirst; }
    int markedLastLine() const { return m_markLast; }

    int gutterWidth() const;

Q_SIGNALS:
    void statementsChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    friend class SqlEditorGutter;

    void paintGutter(QPaintEvent *event);
    QString gutterToolTip(int y) const;
    int lineAt(int y) const;
    void updateGutterGeometry();
    void updateGutter(const QRect &rect, int dy);
    void updateExtraSelections();
    void applyTheme();
    void indentSelection(bool unindent);
    QTextCursor findFrom(const QTextCursor &from, const QString &text, const FindOptions &options, bool backward) const;
    bool selectionMatches(const QString &text, const FindOptions &options) const;

    SqlHighlighter *m_highlighter = nullptr;
    QWidget *m_gutter = nullptr;
    StatementScanner m_scanner;
    StatementScan m_scan;
    QTimer m_rescanTimer;
    QList<QTextEdit::ExtraSelection> m_searchSelections;
    int m_markFirst = 0;
    int m_markLast = 0;
};

} // namespace tidemark
