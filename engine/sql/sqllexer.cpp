#include "sqllexer.h"

#include <array>
#include <cstring>

namespace tidemark {

namespace {

enum CharClass : quint8 {
    Space = 1,
    IdentifierStart = 2,    // letters, '_', and every byte of a UTF-8 multibyte sequence
    IdentifierContinue = 4, // the above, digits and '$'
    Digit = 8,
    DollarTagContinue = 16, // like IdentifierContinue but without '$'
};

constexpr std::array<quint8, 256> makeCharClasses()
{
    std::array<quint8, 256> classes{};
    for (int c = 0; c < 256; ++c) {
        const auto unit = char16_t(c);
        quint8 value = 0;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
            value |= Space;
        if (isSqlIdentifierStart(unit))
            value |= IdentifierStart;
        if (isSqlIdentifierChar(unit))
            value |= IdentifierContinue;
        if (isSqlDollarTagChar(unit))
            value |= DollarTagContinue;
        if (c >= '0' && c <= '9')
            value |= Digit;
        classes[std::size_t(c)] = value;
    }
    return classes;
}

constexpr std::array<quint8, 256> charClasses = makeCharClasses();

inline bool is(char c, CharClass cls)
{
    return charClasses[static_cast<uchar>(c)] & cls;
}

} // namespace

SqlLexer::SqlLexer(QByteArrayView script, DatabaseKind dialect)
    : m_data(script.data()), m_size(script.size()), m_rules(sqlLexicalRules(dialect))
{
    if (m_size >= 3 && std::memcmp(m_data, "\xEF\xBB\xBF", 3) == 0)
        m_pos = 3; // UTF-8 byte order mark
}

SqlToken SqlLexer::next()
{
    qsizetype p = m_pos;
    while (p < m_size && is(m_data[p], Space))
        ++p;
    if (p >= m_size)
        return make(SqlToken::Type::End, m_size, m_size);
    if (m_customDelimiter && delimiterAt(p))
        return make(SqlToken::Type::Delimiter, p, p + m_delimiter.size());

    const char c = m_data[p];
    const char after = p + 1 < m_size ? m_data[p + 1] : '\0';
    switch (c) {
    case ';':
        return make(m_customDelimiter ? SqlToken::Type::Punctuation : SqlToken::Type::Delimiter, p, p + 1);
    case '\'':
        return quoted(p, p + 1, '\'', m_rules.backslashEscapes, SqlToken::Type::String,
                      Construct::StringLiteral);
    case '"':
        if (m_rules.doubleQuoteIsString)
            return quoted(p, p + 1, '"', m_rules.backslashEscapes, SqlToken::Type::String,
                          Construct::StringLiteral);
        return quoted(p, p + 1, '"', false, SqlToken::Type::QuotedIdentifier, Construct::QuotedIdentifier);
    case '`':
        if (m_rules.backtickIdentifiers)
            return quoted(p, p + 1, '`', false, SqlToken::Type::QuotedIdentifier,
                          Construct::BacktickIdentifier);
        break;
    case '[':
        if (m_rules.bracketIdentifiers) {
            const void *close = std::memchr(m_data + p + 1, ']', size_t(m_size - p - 1));
            if (!close)
                return unterminated(Construct::BracketIdentifier, p);
            return make(SqlToken::Type::QuotedIdentifier, p, static_cast<const char *>(close) - m_data + 1);
        }
        break;
    case '-':
        if (after == '-') {
            const char third = p + 2 < m_size ? m_data[p + 2] : ' ';
            if (!m_rules.dashCommentNeedsSpace || is(third, Space) || static_cast<uchar>(third) < 0x20)
                return lineComment(p);
        }
        break;
    case '#':
        if (m_rules.hashComments)
            return lineComment(p);
        break;
    case '/':
        if (after == '*')
            return blockComment(p);
        break;
    case '$':
        if (m_rules.dollarQuotes)
            return dollar(p);
        break;
    case '\\':
        if (m_rules.backslashIsMetaCommand)
            return make(SqlToken::Type::Backslash, p, p + 1);
        break;
    default:
        if (is(c, IdentifierStart))
            return word(p);
        if (is(c, Digit))
            return number(p);
        break;
    }
    return make(SqlToken::Type::Punctuation, p, p + 1);
}

SqlToken SqlLexer::make(SqlToken::Type type, qsizetype begin, qsizetype end)
{
    m_pos = end;
    return {type, begin, end};
}

SqlToken SqlLexer::unterminated(Construct construct, qsizetype begin)
{
    m_unterminated = construct;
    return make(SqlToken::Type::Unterminated, begin, m_size);
}

// A quote closes at the next quote character unless it is doubled (or, with backslash escapes,
// preceded by an escaping backslash).
SqlToken SqlLexer::quoted(qsizetype begin, qsizetype bodyBegin, char quote, bool backslashEscapes,
                          SqlToken::Type type, Construct construct)
{
    qsizetype p = bodyBegin;
    if (!backslashEscapes) {
        for (;;) {
            const void *hit = std::memchr(m_data + p, quote, size_t(m_size - p));
            if (!hit)
                return unterminated(construct, begin);
            p = static_cast<const char *>(hit) - m_data + 1;
            if (p < m_size && m_data[p] == quote) {
                ++p;
                continue;
            }
            return make(type, begin, p);
        }
    }
    while (p < m_size) {
        const char c = m_data[p];
        if (c == '\\') {
            p += 2;
        } else if (c == quote) {
            if (p + 1 < m_size && m_data[p + 1] == quote) {
                p += 2;
                continue;
            }
            return make(type, begin, p + 1);
        } else {
            ++p;
        }
    }
    return unterminated(construct, begin);
}

SqlToken SqlLexer::lineComment(qsizetype begin)
{
    const void *newline = std::memchr(m_data + begin, '\n', size_t(m_size - begin));
    const qsizetype end = newline ? static_cast<const char *>(newline) - m_data : m_size;
    return make(SqlToken::Type::Comment, begin, end);
}

SqlToken SqlLexer::blockComment(qsizetype begin)
{
    const qsizetype bodyBegin = begin + 2;
    const bool executable = m_rules.executableComments && bodyBegin < m_size
        && (m_data[bodyBegin] == '!'
            || (m_data[bodyBegin] == 'M' && bodyBegin + 1 < m_size && m_data[bodyBegin + 1] == '!'));
    const SqlToken::Type type = executable ? SqlToken::Type::ExecutableComment : SqlToken::Type::Comment;

    if (!m_rules.nestedBlockComments) {
        qsizetype p = bodyBegin;
        for (;;) {
            const void *star = std::memchr(m_data + p, '*', size_t(m_size - p));
            if (!star)
                return unterminated(Construct::BlockComment, begin);
            p = static_cast<const char *>(star) - m_data + 1;
            if (p < m_size && m_data[p] == '/')
                return make(type, begin, p + 1);
        }
    }
    int depth = 1;
    for (qsizetype p = bodyBegin; p + 1 < m_size; ++p) {
        if (m_data[p] == '/' && m_data[p + 1] == '*') {
            ++depth;
            ++p;
        } else if (m_data[p] == '*' && m_data[p + 1] == '/') {
            ++p;
            if (--depth == 0)
                return make(type, begin, p + 1);
        }
    }
    return unterminated(Construct::BlockComment, begin);
}

// PostgreSQL: $$ or $tag$ opens a dollar quote closed by the same tag; $1 is a parameter, and a
// '$' inside an identifier (a$b) never reaches here because word() consumes it.
SqlToken SqlLexer::dollar(qsizetype begin)
{
    qsizetype p = begin + 1;
    if (p < m_size && is(m_data[p], IdentifierStart)) {
        while (p < m_size && is(m_data[p], DollarTagContinue))
            ++p;
    }
    if (p >= m_size || m_data[p] != '$')
        return make(SqlToken::Type::Punctuation, begin, begin + 1);

    const qsizetype bodyBegin = p + 1;
    const char *tag = m_data + begin;
    const size_t tagLength = size_t(bodyBegin - begin);
    p = bodyBegin;
    for (;;) {
        const void *hit = std::memchr(m_data + p, '$', size_t(m_size - p));
        if (!hit)
            return unterminated(Construct::DollarQuote, begin);
        p = static_cast<const char *>(hit) - m_data;
        if (size_t(m_size - p) >= tagLength && std::memcmp(m_data + p, tag, tagLength) == 0)
            return make(SqlToken::Type::DollarQuoted, begin, p + qsizetype(tagLength));
        ++p;
    }
}

SqlToken SqlLexer::word(qsizetype begin)
{
    const qsizetype end = skipIdentifierChars(begin + 1);
    if (m_rules.escapeStrings && end == begin + 1 && (m_data[begin] == 'E' || m_data[begin] == 'e')
        && end < m_size && m_data[end] == '\'') {
        return quoted(begin, end + 1, '\'', true, SqlToken::Type::String, Construct::StringLiteral);
    }
    return make(SqlToken::Type::Word, begin, end);
}

SqlToken SqlLexer::number(qsizetype begin)
{
    qsizetype p = begin + 1;
    for (;;) {
        p = skipIdentifierChars(p);
        if (p < m_size && m_data[p] == '.' && !(m_customDelimiter && delimiterAt(p)))
            ++p;
        else
            break;
    }
    return make(SqlToken::Type::Number, begin, p);
}

qsizetype SqlLexer::skipIdentifierChars(qsizetype from) const
{
    qsizetype p = from;
    if (!m_delimiterStartsLikeIdentifier) {
        while (p < m_size && is(m_data[p], IdentifierContinue))
            ++p;
        return p;
    }
    // MySQL "DELIMITER $$" then "END$$": the delimiter ends the word, as in the mysql client.
    while (p < m_size && is(m_data[p], IdentifierContinue) && !delimiterAt(p))
        ++p;
    return p;
}

bool SqlLexer::delimiterAt(qsizetype pos) const
{
    const qsizetype length = m_delimiter.size();
    return m_data[pos] == m_delimiter.front() && m_size - pos >= length
        && std::memcmp(m_data + pos, m_delimiter.constData(), size_t(length)) == 0;
}

QByteArrayView SqlLexer::readDelimiterDirective()
{
    qsizetype p = m_pos;
    while (p < m_size && (m_data[p] == ' ' || m_data[p] == '\t'))
        ++p;
    const qsizetype begin = p;
    while (p < m_size && !is(m_data[p], Space))
        ++p;
    const qsizetype end = p;
    const void *newline = std::memchr(m_data + p, '\n', size_t(m_size - p));
    m_pos = newline ? static_cast<const char *>(newline) - m_data + 1 : m_size;
    if (begin == end)
        return {};

    m_delimiter = QByteArray(m_data + begin, end - begin);
    m_customDelimiter = m_delimiter != ";";
    m_delimiterStartsLikeIdentifier = m_customDelimiter && is(m_delimiter.front(), IdentifierContinue);
    return QByteArrayView(m_data + begin, end - begin);
}

} // namespace tidemark
