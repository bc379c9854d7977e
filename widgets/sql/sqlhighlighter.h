#pragma once

#include "sql/sqlhighlightlexer.h"

#include <QHash>
#include <QStringList>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <array>

namespace tidemark {

// Syntax highlighting of SQL for a QTextDocument: keywords, types, strings, quoted identifiers, numbers,
// comments, goose/dbmate annotations and PostgreSQL dollar-quoted bodies, with the quoting rules of the
// dialect. A block's state carries an open string, comment or dollar quote to the next line; dollar tags
// are numbered in the state (0x10000 + n), so an edit that changes a tag re-highlights what follows.
class SqlHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlHighlighter)

public:
    explicit SqlHighlighter(QTextDocument *document, DatabaseKind dialect = DatabaseKind::Sqlite);
    ~SqlHighlighter() override;

    DatabaseKind dialect() const { return m_dialect; }
    void setDialect(DatabaseKind dialect);

    // Colours for a dark or a light background.
    void setDarkBackground(bool dark);
    QTextCharFormat formatFor(SqlHighlightKind kind) const { return m_formats.at(std::size_t(kind)); }

protected:
    void highlightBlock(const QString &text) override;

private:
    int encode(const SqlLineState &state);
    SqlLineState decode(int state) const;
    void makeFormats(bool dark);

    DatabaseKind m_dialect;
    std::array<QTextCharFormat, 9> m_formats;
    QHash<QString, int> m_tagIds;
    QStringList m_tags;
};

} // namespace tidemark
