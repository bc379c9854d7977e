#pragma once

#include "core/databasekind.h"
#include "sqllexicalrules.h"

#include <QByteArray>
#include <QByteArrayView>

namespace tidemark {

// One token of a script: a byte range [begin, end) into the UTF-8 text. Whitespace is never a token.
struct SqlToken
{
    enum class Type : quint8 {
        End,               // end of input
        Word,              // identifier or keyword
        Number,
        Punctuation,       // any other single byte
        Delimiter,         // ';' or the delimiter set by a MySQL DELIMITER line
        String,            // '...', E'...', MySQL "..."
        QuotedIdentifier,  // "...", `...`, [...]
        DollarQuoted,      // PostgreSQL $tag$...$tag$
        Comment,           // --, # (MySQL), /* */
        ExecutableComment, // MySQL /*! ... */: a comment for splitting, text the server runs
        Backslash,         // PostgreSQL: a backslash outside quotes (psql meta-command)
        Unterminated,      // a quote or comment that never ends; see SqlLexer::unterminatedConstruct()
    };

    Type type = Type::End;
    qsizetype begin = 0;
    qsizetype end = 0;
};

// Byte lexer with the quoting and comment rules of one dialect (sqlLexicalRules). It knows nothing about
// statements; SqlSplitter decides where they end. The script must outlive the lexer.
class SqlLexer
{
public:
    enum class Construct : quint8 {
        StringLiteral,
        QuotedIdentifier,
        BacktickIdentifier,
        BracketIdentifier,
        DollarQuote,
        BlockComment,
    };

    SqlLexer(QByteArrayView script, DatabaseKind dialect);

    SqlToken next();

    // What an Unterminated token failed to close.
    Construct unterminatedConstruct() const { return m_unterminated; }

    // MySQL DELIMITER: reads the new delimiter from the rest of the current line and moves past the line.
    // Returns an empty view when the line names no delimiter.
    QByteArrayView readDelimiterDirective();
    bool hasCustomDelimiter() const { return m_customDelimiter; }

private:
    SqlToken make(SqlToken::Type type, qsizetype begin, qsizetype end);
    SqlToken unterminated(Construct construct, qsizetype begin);
    SqlToken quoted(qsizetype begin, qsizetype bodyBegin, char quote, bool backslashEscapes,
                    SqlToken::Type type, Construct construct);
    SqlToken lineComment(qsizetype begin);
    SqlToken blockComment(qsizetype begin);
    SqlToken dollar(qsizetype begin);
    SqlToken word(qsizetype begin);
    SqlToken number(qsizetype begin);
    qsizetype skipIdentifierChars(qsizetype from) const;
    bool delimiterAt(qsizetype pos) const;

    const char *m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_pos = 0;
    SqlLexicalRules m_rules;
    QByteArray m_delimiter = QByteArrayLiteral(";");
    bool m_customDelimiter = false;
    bool m_delimiterStartsLikeIdentifier = false;
    Construct m_unterminated = Construct::StringLiteral;
};

} // namespace tidemark
