#include "sqlhighlightlexer.h"

#include "dbmatemarker.h"
#include "gooseannotation.h"
#include "sqllexicalrules.h"

#include <QStringList>

#include <algorithm>

namespace tidemark {
namespace {

// Sorted case-insensitively once, then searched without allocating.
class WordList
{
public:
    explicit WordList(const char *words)
    {
        for (const QString &w : QString::fromLatin1(words).split(u' ', Qt::SkipEmptyParts))
            m_words.append(w);
        std::sort(m_words.begin(), m_words.end(),
                  [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    }

    bool contains(QStringView word) const
    {
        const auto it = std::lower_bound(m_words.cbegin(), m_words.cend(), word, [](const QString &a, QStringView w) {
            return QStringView(a).compare(w, Qt::CaseInsensitive) < 0;
        });
        return it != m_words.cend() && QStringView(*it).compare(word, Qt::CaseInsensitive) == 0;
    }

private:
    QStringList m_words;
};

const char *const commonKeywords =
    "ABORT ACTION ADD AFTER ALL ALTER ALWAYS ANALYZE AND ANY AS ASC ATTACH AUTHORIZATION BEFORE BEGIN BETWEEN BY "
    "CALL CASCADE CASE CAST CHECK COLLATE COLUMN COMMENT COMMIT CONFLICT CONSTRAINT CONTINUE CREATE CROSS CURRENT "
    "CURRENT_DATE CURRENT_TIME CURRENT_TIMESTAMP CURRENT_USER CURSOR DATABASE DECLARE DEFAULT DEFERRABLE DEFERRED "
    "DELETE DESC DETACH DISTINCT DO DROP EACH ELSE ELSIF END ESCAPE EXCEPT EXCLUSIVE EXECUTE EXISTS EXPLAIN FALSE "
    "FETCH FILTER FIRST FOLLOWING FOR FOREIGN FROM FULL FUNCTION GENERATED GRANT GROUP HAVING IF IGNORE IMMEDIATE IN "
    "INDEX INHERITS INITIALLY INNER INSERT INSTEAD INTERSECT INTO IS ISNULL JOIN KEY LANGUAGE LAST LATERAL LEFT LIKE "
    "LIMIT LOCK LOOP MATCH MATERIALIZED MERGE NATURAL NO NOT NOTHING NOTNULL NULL NULLS OF OFFSET ON ONLY OR ORDER "
    "OTHERS OUTER OVER PARTITION PLAN PRECEDING PRIMARY PROCEDURE RAISE RANGE RECURSIVE REFERENCES REINDEX RELEASE "
    "RENAME REPLACE RESTRICT RETURN RETURNING RETURNS REVOKE RIGHT ROLE ROLLBACK ROW ROWS SAVEPOINT SCHEMA SELECT "
    "SEQUENCE SESSION SET SOME START TABLE TEMP TEMPORARY THEN TIES TO TRANSACTION TRIGGER TRUE TRUNCATE UNBOUNDED "
    "UNION UNIQUE UPDATE USER USING VACUUM VALUES VIEW WHEN WHERE WHILE WINDOW WITH WITHOUT";
const char *const sqliteKeywords =
    "AUTOINCREMENT FAIL GLOB INDEXED PRAGMA QUERY RAISE REGEXP ROWID STRICT VIRTUAL";
const char *const postgresKeywords =
    "ATOMIC CLUSTER CONCURRENTLY COPY DOMAIN ENUM EXTENSION ILIKE LISTEN LOCAL NOTIFY OWNED OWNER PERFORM POLICY "
    "PUBLICATION REFRESH RESET SECURITY STABLE STRICT SUBSCRIPTION TABLESPACE TYPE IMMUTABLE VOLATILE SIMILAR "
    "DEFINER INVOKER PARALLEL SAFE SEARCH_PATH VALID VALIDATE EXCLUDE INCLUDE";
const char *const mySqlKeywords =
    "ALGORITHM AUTO_INCREMENT CHANGE CHARACTER CHARSET DELIMITER DETERMINISTIC DUPLICATE ENGINE EVENT FULLTEXT "
    "HANDLER ITERATE LEAVE LOCK MODIFY PROCEDURE REGEXP REPEAT RLIKE SIGNAL SPATIAL SQL_CALC_FOUND_ROWS STRAIGHT_JOIN "
    "UNLOCK UNSIGNED UNTIL USE ZEROFILL LOW_PRIORITY HIGH_PRIORITY QUICK";
const char *const typeNames =
    "BIGINT BIGSERIAL BINARY BIT BLOB BOOL BOOLEAN BYTEA CHAR CHARACTER CIDR CLOB DATE DATETIME DEC DECIMAL DOUBLE "
    "ENUM FLOAT FLOAT4 FLOAT8 INET INT INT2 INT4 INT8 INTEGER INTERVAL JSON JSONB LONGBLOB LONGTEXT MEDIUMBLOB "
    "MEDIUMINT MEDIUMTEXT MONEY NCHAR NUMERIC NVARCHAR PRECISION REAL SERIAL SMALLINT SMALLSERIAL TEXT TIME "
    "TIMESTAMP TIMESTAMPTZ TIMETZ TINYBLOB TINYINT TINYTEXT UUID VARBINARY VARCHAR VARYING XML YEAR";

const WordList &keywords(DatabaseKind dialect)
{
    static const WordList sqlite(QByteArray(commonKeywords).append(' ').append(sqliteKeywords).constData());
    static const WordList postgres(QByteArray(commonKeywords).append(' ').append(postgresKeywords).constData());
    static const WordList mySql(QByteArray(commonKeywords).append(' ').append(mySqlKeywords).constData());
    switch (dialect) {
    case DatabaseKind::Sqlite:
        return sqlite;
    case DatabaseKind::Postgres:
        return postgres;
    case DatabaseKind::MySql:
        return mySql;
    }
    return sqlite;
}

bool isIdentifierStart(QChar c)
{
    return isSqlIdentifierStart(c.unicode());
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isIdentifierChar(QChar c)
{
    return isSqlIdentifierChar(c.unicode());
}

// What goose or dbmate would take for one of theirs, near misses included, so that a misspelt annotation still
// stands out: "-- +goose Up", "--+GOOSE up", "-- migrate:up transaction:false", "  -- Migrate:Down".
bool isAnnotation(QStringView line)
{
    return gooseAnnotation(line) != GooseAnnotation::None || dbmateMarker(line) != DbmateMarker::None;
}

class LineLexer
{
public:
    LineLexer(QStringView line, DatabaseKind dialect, QList<SqlHighlightSpan> &spans, bool embedded)
        : m_line(line), m_dialect(dialect), m_rules(sqlLexicalRules(dialect)), m_spans(spans), m_embedded(embedded)
    {
    }

    // Lexes [from, to) starting in `state`; returns the state at `to`.
    SqlLineState run(int from, int to, SqlLineState state)
    {
        m_to = to;
        int pos = from;
        if (state.kind != SqlLineState::Kind::Normal) {
            pos = resume(pos, state);
            if (pos < 0)
                return state;
        }
        while (pos < m_to) {
            const QChar c = m_line.at(pos);
            const QChar next = at(pos + 1);
            if (c.isSpace()) {
                ++pos;
            } else if (c == u'-' && next == u'-'
                       && (!m_rules.dashCommentNeedsSpace || pos + 2 >= m_to || at(pos + 2).isSpace()
                           || at(pos + 2).unicode() < 0x20)) {
                const bool annotation = !m_embedded && m_line.left(pos).trimmed().isEmpty() && isAnnotation(m_line);
                add(pos, m_to, annotation ? SqlHighlightKind::Annotation : SqlHighlightKind::Comment);
                return {};
            } else if (c == u'#' && m_rules.hashComments) {
                add(pos, m_to, SqlHighlightKind::Comment);
                return {};
            } else if (c == u'/' && next == u'*') {
                SqlLineState open{SqlLineState::Kind::BlockComment, 1, {}};
                const int end = blockComment(pos + 2, open.commentDepth);
                add(pos, end < 0 ? m_to : end, SqlHighlightKind::Comment);
                if (end < 0)
                    return open;
                pos = end;
            } else if (c == u'\'' || (isStringPrefix(c) && next == u'\'')) {
                const bool escape = m_rules.escapeStrings && (c == u'E' || c == u'e');
                SqlLineState open{escape ? SqlLineState::Kind::EscapeString : SqlLineState::Kind::String, 0, {}};
                const int end = quoted(pos + (c == u'\'' ? 1 : 2), u'\'', escape || m_rules.backslashEscapes);
                add(pos, end < 0 ? m_to : end, SqlHighlightKind::String);
                if (end < 0)
                    return open;
                pos = end;
            } else if (c == u'"') {
                const int end = quoted(pos + 1, u'"', m_rules.backslashEscapes);
                add(pos, end < 0 ? m_to : end, doubleQuotedKind());
                if (end < 0)
                    return {SqlLineState::Kind::DoubleQuoted, 0, {}};
                pos = end;
            } else if (c == u'`' && m_rules.backtickIdentifiers) {
                const int end = quoted(pos + 1, u'`', false);
                add(pos, end < 0 ? m_to : end, SqlHighlightKind::QuotedIdentifier);
                if (end < 0)
                    return {SqlLineState::Kind::Backtick, 0, {}};
                pos = end;
            } else if (c == u'[' && m_rules.bracketIdentifiers) {
                const qsizetype close = m_line.mid(pos, m_to - pos).indexOf(u']');
                const int end = close < 0 ? m_to : pos + int(close) + 1;
                add(pos, end, SqlHighlightKind::QuotedIdentifier);
                pos = end;
            } else if (c == u'$' && m_rules.dollarQuotes && dollarTagLength(pos) > 0) {
                const int tagLength = dollarTagLength(pos);
                const QString tag = m_line.mid(pos, tagLength).toString();
                add(pos, pos + tagLength, SqlHighlightKind::DollarTag);
                SqlLineState open{SqlLineState::Kind::DollarQuote, 0, tag};
                pos = dollarBody(pos + tagLength, open);
                if (pos < 0)
                    return open;
            } else if (c.isDigit() || (c == u'.' && next.isDigit())) {
                pos = number(pos);
            } else if (isIdentifierStart(c)) {
                pos = word(pos);
            } else {
                ++pos;
            }
        }
        return {};
    }

private:
    QChar at(int pos) const { return pos < m_to ? m_line.at(pos) : QChar(); }

    void add(int start, int end, SqlHighlightKind kind)
    {
        if (end > start)
            m_spans.append({start, end - start, kind, m_embedded});
    }

    SqlHighlightKind doubleQuotedKind() const
    {
        return m_rules.doubleQuoteIsString ? SqlHighlightKind::String : SqlHighlightKind::QuotedIdentifier;
    }

    bool isStringPrefix(QChar c) const
    {
        // E'…' (PostgreSQL), N'…', X'…', B'…'; only as a word of its own.
        return (c == u'E' || c == u'e' || c == u'N' || c == u'n' || c == u'X' || c == u'x' || c == u'B' || c == u'b');
    }

    // Continues what the previous line left open; the position after it, or -1 when it stays open.
    int resume(int pos, SqlLineState &state)
    {
        int end = -1;
        SqlHighlightKind kind = SqlHighlightKind::String;
        switch (state.kind) {
        case SqlLineState::Kind::Normal:
            return pos;
        case SqlLineState::Kind::String:
            end = quoted(pos, u'\'', m_rules.backslashEscapes);
            break;
        case SqlLineState::Kind::EscapeString:
            end = quoted(pos, u'\'', true);
            break;
        case SqlLineState::Kind::DoubleQuoted:
            end = quoted(pos, u'"', m_rules.backslashEscapes);
            kind = doubleQuotedKind();
            break;
        case SqlLineState::Kind::Backtick:
            end = quoted(pos, u'`', false);
            kind = SqlHighlightKind::QuotedIdentifier;
            break;
        case SqlLineState::Kind::BlockComment:
            end = blockComment(pos, state.commentDepth);
            kind = SqlHighlightKind::Comment;
            break;
        case SqlLineState::Kind::DollarQuote:
            end = dollarBody(pos, state);
            if (end >= 0)
                state = {};
            return end;
        }
        add(pos, end < 0 ? m_to : end, kind);
        if (end >= 0)
            state = {};
        return end;
    }

    // From inside a quote to after its closing quote; -1 when the line ends first.
    int quoted(int pos, QChar quote, bool backslash) const
    {
        while (pos < m_to) {
            const QChar c = m_line.at(pos);
            if (backslash && c == u'\\') {
                pos += 2;
            } else if (c == quote) {
                if (at(pos + 1) != quote)
                    return pos + 1;
                pos += 2;
            } else {
                ++pos;
            }
        }
        return -1;
    }

    // From inside a comment to after its "*/"; -1 when the line ends first (depth says how deep).
    int blockComment(int pos, int &depth) const
    {
        while (pos < m_to) {
            if (m_line.at(pos) == u'*' && at(pos + 1) == u'/') {
                pos += 2;
                if (--depth == 0 || !m_rules.nestedBlockComments) {
                    depth = 0;
                    return pos;
                }
            } else if (m_rules.nestedBlockComments && m_line.at(pos) == u'/' && at(pos + 1) == u'*') {
                pos += 2;
                ++depth;
            } else {
                ++pos;
            }
        }
        return -1;
    }

    // $$ or $tag$ at pos (not inside a word: words swallow '$'): its length, or 0.
    int dollarTagLength(int pos) const
    {
        int k = pos + 1;
        if (k < m_to && isIdentifierStart(m_line.at(k))) {
            while (k < m_to && isSqlDollarTagChar(m_line.at(k).unicode()))
                ++k;
        }
        return k < m_to && m_line.at(k) == u'$' ? k + 1 - pos : 0;
    }

    // The body of a dollar quote from pos: highlighted as embedded SQL up to the closing tag, which is
    // highlighted too. Returns the position after the tag, or -1 when the body goes on past the line.
    int dollarBody(int pos, const SqlLineState &open)
    {
        const qsizetype found = m_line.mid(pos, m_to - pos).indexOf(open.dollarTag);
        const int bodyEnd = found < 0 ? m_to : pos + int(found);
        if (bodyEnd > pos) {
            if (m_embedded) {
                add(pos, bodyEnd, SqlHighlightKind::String); // a quote inside a quoted body: plain text
            } else {
                add(pos, bodyEnd, SqlHighlightKind::DollarBody);
                LineLexer inner(m_line, m_dialect, m_spans, true);
                inner.run(pos, bodyEnd, {});
            }
        }
        if (found < 0)
            return -1;
        add(bodyEnd, bodyEnd + int(open.dollarTag.size()), SqlHighlightKind::DollarTag);
        return bodyEnd + int(open.dollarTag.size());
    }

    int number(int pos)
    {
        const int start = pos;
        if (m_line.at(pos) == u'0' && (at(pos + 1) == u'x' || at(pos + 1) == u'X')) {
            pos += 2;
            while (pos < m_to && isHexDigit(m_line.at(pos)))
                ++pos;
        } else {
            while (pos < m_to && m_line.at(pos).isDigit())
                ++pos;
            if (at(pos) == u'.') {
                ++pos;
                while (pos < m_to && m_line.at(pos).isDigit())
                    ++pos;
            }
            if ((at(pos) == u'e' || at(pos) == u'E')
                && (at(pos + 1).isDigit() || ((at(pos + 1) == u'+' || at(pos + 1) == u'-') && at(pos + 2).isDigit()))) {
                pos += 2;
                while (pos < m_to && m_line.at(pos).isDigit())
                    ++pos;
            }
        }
        if (pos < m_to && isIdentifierStart(m_line.at(pos))) { // 1abc: an identifier, not a number
            while (pos < m_to && isIdentifierChar(m_line.at(pos)))
                ++pos;
            return pos;
        }
        add(start, pos, SqlHighlightKind::Number);
        return pos;
    }

    int word(int pos)
    {
        const int start = pos;
        while (pos < m_to && isIdentifierChar(m_line.at(pos)))
            ++pos;
        const QStringView w = m_line.mid(start, pos - start);
        // A keyword used as a qualified name part (t.key, key.x) is an identifier.
        const bool qualified = (start > 0 && m_line.at(start - 1) == u'.') || at(pos) == u'.';
        if (!qualified && isSqlTypeName(w, m_dialect))
            add(start, pos, SqlHighlightKind::Type);
        else if (!qualified && isSqlKeyword(w, m_dialect))
            add(start, pos, SqlHighlightKind::Keyword);
        return pos;
    }

    QStringView m_line;
    DatabaseKind m_dialect;
    SqlLexicalRules m_rules;
    QList<SqlHighlightSpan> &m_spans;
    bool m_embedded;
    int m_to = 0;
};

} // namespace

bool isSqlKeyword(QStringView word, DatabaseKind dialect)
{
    return keywords(dialect).contains(word);
}

bool isSqlTypeName(QStringView word, DatabaseKind)
{
    static const WordList types(typeNames);
    return types.contains(word);
}

SqlHighlightedLine highlightSqlLine(QStringView line, const SqlLineState &start, DatabaseKind dialect)
{
    SqlHighlightedLine result;
    LineLexer lexer(line, dialect, result.spans, false);
    result.end = lexer.run(0, int(line.size()), start);
    return result;
}

} // namespace tidemark
