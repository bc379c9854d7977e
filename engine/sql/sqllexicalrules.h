#pragma once

#include "core/databasekind.h"

namespace tidemark {

// How a dialect quotes and comments, as its server reads a script. The splitter's lexer and the editor's
// highlighter both follow these, so that what the editor shows as a string is what runs as one.
struct SqlLexicalRules
{
    bool backslashEscapes = false;       // MySQL: \' inside '...' and "..."
    bool doubleQuoteIsString = false;    // MySQL: "..." is a string; elsewhere an identifier
    bool backtickIdentifiers = false;    // `...`
    bool bracketIdentifiers = false;     // SQLite: [...]
    bool hashComments = false;           // MySQL: # to the end of the line
    bool dashCommentNeedsSpace = false;  // MySQL: "--" starts a comment only before whitespace
    bool nestedBlockComments = false;    // PostgreSQL: /* /* */ */
    bool executableComments = false;     // MySQL /*! ... */: a comment for splitting, text the server runs
    bool dollarQuotes = false;           // PostgreSQL $tag$...$tag$
    bool escapeStrings = false;          // PostgreSQL E'...', always with backslash escapes
    bool backslashIsMetaCommand = false; // PostgreSQL: a backslash outside quotes (psql meta-command)
};

SqlLexicalRules sqlLexicalRules(DatabaseKind dialect);

// Identifiers, the same in every dialect, for a UTF-8 byte or a UTF-16 code unit: a letter, '_' or anything
// beyond ASCII starts one; digits and '$' may follow ($1 alone is a parameter, a$b is one identifier).
constexpr bool isSqlIdentifierStart(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c >= 0x80;
}

constexpr bool isSqlIdentifierChar(char16_t c)
{
    return isSqlIdentifierStart(c) || (c >= u'0' && c <= u'9') || c == u'$';
}

// The tag of a PostgreSQL dollar quote, $fn$: identifier characters but '$'.
constexpr bool isSqlDollarTagChar(char16_t c)
{
    return c != u'$' && isSqlIdentifierChar(c);
}

} // namespace tidemark
