#pragma once

#include "core/databasekind.h"

#include <QWidget>

namespace tidemark {

class NoticeBar;
class SqlEditor;
class SqlEditorPanel;

// Shows one SQL script, read-only, in the SQL editor of widgets/sql (highlighting for the connection's dialect,
// line numbers, the statements as the runner splits them, find), and can point at lines of it (a failed
// statement) with an error notice above the text. Only this class knows which widget draws the text.
class SqlPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlPanel)

public:
    explicit SqlPanel(QWidget *parent = nullptr);
    ~SqlPanel() override;

    // The dialect of the database the script runs on: highlighting and statement boundaries follow it.
    void setDialect(DatabaseKind dialect);
    // emptyText is shown instead when sql is empty, e.g. "No down script".
    void setSql(const QString &sql, const QString &emptyText = {});
    QString sql() const;
    // Marks lines first to last (1-based, of the text shown), e.g. a failed statement, with a message shown above
    // the text, and scrolls to them. A message with no lines (first 0) shows the message alone.
    void markLines(int first, int last, const QString &message);
    void clearMark() { markLines(0, 0, {}); }
    int markedLine() const; // the first marked line; 0 when none
    QString markMessage() const;

    SqlEditor *editor() const;

private:
    SqlEditorPanel *m_text = nullptr;
    NoticeBar *m_notice = nullptr; // the message of the marked lines
};

} // namespace tidemark
