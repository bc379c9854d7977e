#pragma once

#include "review/reviewfinding.h"
#include "sql/sqlcheck.h"

#include <QTreeWidget>

namespace tidemark {

// The result of Check for one or more scripts: what the review rules find in the migration, then per script a
// summary line, under it every statement with its line, its first line of text and what to look at
// (destructive: red; runs outside a transaction: orange). Activating a statement or a finding (double-click,
// Enter) emits statementActivated.
class SqlCheckView final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlCheckView)

public:
    struct Script
    {
        QString title;   // "Up — 012_add_index.up.sql"
        SqlCheckResult result;
        QString file;    // its file name, as review findings name it
    };

    explicit SqlCheckView(QWidget *parent = nullptr);
    ~SqlCheckView() override;

    void setResults(const QList<Script> &scripts); // and clears the rehearsal line and the review
    // What the review rules find in the scripts, above them: each finding at its line, with its rule, severity
    // and whether an allow comment accepts it. notReviewed: why the scripts could not be reviewed instead.
    void setReview(const QList<ReviewFinding> &findings, const QString &notReviewed = {});
    // What rehearsing the up script against the database found, first in the list: the outcome, or the failure
    // with its line in the first script (activating it jumps there). Replaces the one before.
    void setRehearsal(const QString &text, bool failed, int line = 0);
    const QList<Script> &results() const { return m_scripts; }

    // "2 statements · 1 destructive · 1 outside a transaction"
    static QString summary(const SqlCheckResult &result);
    // "1 error · 2 warnings · 1 allowed", or that the rules found nothing
    static QString reviewSummary(const QList<ReviewFinding> &findings);

Q_SIGNALS:
    void statementActivated(int script, int line);

private:
    QList<Script> m_scripts;
    QTreeWidgetItem *m_rehearsal = nullptr;
    QTreeWidgetItem *m_review = nullptr;
};

} // namespace tidemark
