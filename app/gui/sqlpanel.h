#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace tidemark {

// Shows one SQL script, read-only, in a fixed-width font, and can point at one line of it (a failed statement).
// The seam for the SQL editor of widgets/sql: only this class knows which widget draws the text.
class SqlPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlPanel)

public:
    explicit SqlPanel(QWidget *parent = nullptr);
    ~SqlPanel() override;

    // emptyText is shown instead when sql is empty, e.g. "No down script".
    void setSql(const QString &sql, const QString &emptyText = {});
    QString sql() const;
    // Marks lines first to last (1-based, of the text shown), e.g. a failed statement, with a message shown above
    // the text, and scrolls to them. A message with no lines (first 0) shows the message alone.
    void markLines(int first, int last, const QString &message);
    void clearMark() { markLines(0, 0, {}); }
    int markedLine() const { return m_markedLine; } // the first marked line; 0 when none
    QString markMessage() const;

private:
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_message = nullptr;
    int m_markedLine = 0;
};

} // namespace tidemark
