#pragma once

#include "sql/sqlcheck.h"

#include <QTreeWidget>

namespace tidemark {

// The result of Check for one or more scripts: per script a summary line, under it every statement with its
// line, its first line of text and what to look at (destructive: red; runs outside a transaction: orange).
// Activating a statement (double-click, Enter) emits statementActivated.
class SqlCheckView final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlCheckView)

public:
    struct Script
    {
        QString title;   // "Up — 012_add_index.up.sql"
        SqlCheckResult result;
    };

    explicit SqlCheckView(QWidget *parent = nullptr);
    ~SqlCheckView() override;

    void setResults(const QList<Script> &scripts); // and clears the rehearsal line
    // What rehearsing the up script against the database found, first in the list: the outcome, or the failure
    // with its line in the first script (activating it jumps there). Replaces the one before.
    void setRehearsal(const QString &text, bool failed, int line = 0);
    const QList<Script> &results() const { return m_scripts; }

    // "2 statements · 1 destructive · 1 outside a transaction"
    static QString summary(const SqlCheckResult &result);

Q_SIGNALS:
    void statementActivated(int script, int line);

private:
    QList<Script> m_scripts;
    QTreeWidgetItem *m_rehearsal = nullptr;
};

} // namespace tidemark
