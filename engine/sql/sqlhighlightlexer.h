#pragma once

#include "core/databasekind.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace tidemark {

// What a highlighted stretch of a line is.
enum class SqlHighlightKind : quint8 {
    Keyword,
    Type,             // INTEGER, TEXT, VARCHAR, TIMESTAMPTZ, …
    Number,
    String,           // '…', E'…', MySQL "…"
    QuotedIdentifier, // "…" (SQLite, PostgreSQL), `…`, […]
    Comment,
    Annotation,       // a goose "-- +goose …" or dbmate "-- migrate:…" line
    DollarTag,        // PostgreSQL $tag$ delimiters
    DollarBody,       // the text between them (spans inside it are embedded)
};

struct SqlHighlightSpan
{
    int start = 0; // UTF-16 offset in the line
    int length = 0;
    SqlHighlightKind kind = SqlHighlightKind::Keyword;
    bool embedded = false; // inside a dollar-quoted body: drawn over the body's background

    friend bool operator==(const SqlHighlightSpan &, const SqlHighlightSpan &) = default;
};

// What is still open at the end of a line.
struct SqlLineState
{
    enum class Kind : quint8 {
        Normal,
        String,       // '…' (MySQL: with backslash escapes)
        EscapeString, // PostgreSQL E'…'
        DoubleQuoted, // "…": a string in MySQL, an identifier elsewhere
        Backtick,
        BlockComment,
        DollarQuote,
    };

    Kind kind = Kind::Normal;
    int commentDepth = 0; // BlockComment: nesting depth (PostgreSQL nests /* */; the others stay at 1)
    QString dollarTag;    // DollarQuote: the whole delimiter, "$$" or "$fn$"

    friend bool operator==(const SqlLineState &, const SqlLineState &) = default;
};

struct SqlHighlightedLine
{
    QList<SqlHighlightSpan> spans; // in order of start; an embedded span follows the DollarBody span holding it
    SqlLineState end;
};

// Highlights one line (without its line break) that starts in `start`, with the quoting and comment rules of
// the dialect (as the statement splitter reads them). A dollar-quoted body is highlighted as SQL too, line by
// line: strings and comments inside it do not carry over to the next line.
SqlHighlightedLine highlightSqlLine(QStringView line, const SqlLineState &start, DatabaseKind dialect);

// True for the dialect's keywords and type names (case-insensitive).
bool isSqlKeyword(QStringView word, DatabaseKind dialect);
bool isSqlTypeName(QStringView word, DatabaseKind dialect);

} // namespace tidemark
