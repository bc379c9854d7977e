#include "sqlsplitter.h"

#include "core/tr.h"
#include "sqlkeyword.h"
#include "sqllexer.h"
#include "sqlstatementhead.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace tidemark {

namespace {

// The statement state machine over SqlLexer tokens; one instance per splitSql() call.
class SqlSplitter
{
public:
    SqlSplitter(const QByteArray &script, DatabaseKind dialect)
        : m_data(script.constData())
        , m_size(script.size())
        , m_dialect(dialect)
        , m_lexer(script, dialect)
        , m_lines(m_data)
    {
    }

    SplitResult run();

private:
    using Body = SqlStatementHead::Body;

    // Line numbers on demand: positions are asked for in increasing order, so every byte is counted once.
    class LineCounter
    {
    public:
        explicit LineCounter(const char *data) : m_data(data) {}

        int lineAt(qsizetype position)
        {
            m_line += int(std::count(m_data + m_counted, m_data + position, '\n'));
            m_counted = position;
            return m_line;
        }

    private:
        const char *m_data;
        qsizetype m_counted = 0;
        int m_line = 1;
    };

    bool beginStatement(const SqlToken &token);
    void onWord(const SqlToken &token);
    void onPunctuation(const SqlToken &token);
    void onBodyKeyword(SqlKeyword keyword);
    void closePendingEnd();
    void onDelimiter(const SqlToken &token);
    void finishStatement();
    void readDelimiterDirective(qsizetype position);
    void fail(const QString &message, qsizetype position);
    QString unterminatedMessage(const SqlToken &token);

    const char *m_data;
    qsizetype m_size;
    DatabaseKind m_dialect;
    SqlLexer m_lexer;
    LineCounter m_lines;
    SplitResult m_result;

    // The statement being read.
    bool m_inStatement = false;
    qsizetype m_begin = 0;
    qsizetype m_end = 0;
    int m_line = 1;
    SqlStatementHead m_head;
    bool m_readingHead = false;
    Body m_body = Body::Undecided;
    int m_blockDepth = 0;     // open BEGIN / CASE of a compound body
    int m_parenDepth = 0;
    bool m_pendingEnd = false; // MySQL END read; the next word tells whether it closes a block (END IF does not)
};

SplitResult SqlSplitter::run()
{
    for (;;) {
        const SqlToken token = m_lexer.next();
        switch (token.type) {
        case SqlToken::Type::End:
            if (m_inStatement)
                finishStatement();
            return std::move(m_result);
        case SqlToken::Type::Unterminated:
            fail(unterminatedMessage(token), token.begin);
            return std::move(m_result);
        case SqlToken::Type::Comment:
            continue; // inside a statement it is kept by the tokens around it
        case SqlToken::Type::Delimiter:
            onDelimiter(token);
            continue;
        default:
            break;
        }
        // A ';' is punctuation only under a MySQL custom delimiter. Like the mysql client, drop it at the
        // edges of a statement ("END;$$"); inside one it is kept by the tokens around it.
        if (token.type == SqlToken::Type::Punctuation && m_data[token.begin] == ';')
            continue;
        if (!m_inStatement && !beginStatement(token)) {
            if (!m_result.ok())
                return std::move(m_result);
            continue;
        }
        m_end = token.end;
        if (token.type == SqlToken::Type::Word)
            onWord(token);
        else if (token.type == SqlToken::Type::Punctuation)
            onPunctuation(token);
        else if (m_pendingEnd)
            closePendingEnd();
    }
}

// Returns false when the token starts no statement: a MySQL DELIMITER line, or an error.
bool SqlSplitter::beginStatement(const SqlToken &token)
{
    m_inStatement = true;
    m_begin = token.begin;
    m_line = m_lines.lineAt(token.begin);
    m_head.clear();
    m_readingHead = token.type == SqlToken::Type::Word;
    m_body = m_readingHead ? Body::Undecided : Body::Plain;
    m_blockDepth = 0;
    m_parenDepth = 0;
    m_pendingEnd = false;

    if (token.type == SqlToken::Type::Backslash) {
        qsizetype end = token.end;
        while (end < m_size && !std::isspace(uchar(m_data[end])) && end - token.begin < 40)
            ++end;
        const QString command = QString::fromUtf8(m_data + token.begin, end - token.begin);
        fail(Tr::tr("psql meta-command %1 is not SQL; Tidemark runs plain SQL only — remove it or run the "
                    "file with psql")
                 .arg(command),
             token.begin);
        return false;
    }
    if (m_dialect == DatabaseKind::MySql && token.type == SqlToken::Type::Word
        && sqlKeyword(m_data + token.begin, token.end - token.begin) == SqlKeyword::Delimiter) {
        m_inStatement = false;
        readDelimiterDirective(token.begin);
        return false;
    }
    return true;
}

void SqlSplitter::readDelimiterDirective(qsizetype position)
{
    if (m_lexer.readDelimiterDirective().isEmpty())
        fail(Tr::tr("DELIMITER on line %1 names no delimiter").arg(m_line), position);
}

void SqlSplitter::onWord(const SqlToken &token)
{
    const bool trackingBody = m_body == Body::Compound && m_parenDepth == 0;
    if (!m_readingHead && !trackingBody) {
        if (m_pendingEnd)
            closePendingEnd();
        return;
    }
    const SqlKeyword keyword = sqlKeyword(m_data + token.begin, token.end - token.begin);
    if (m_readingHead) {
        if (m_head.isEmpty() && !SqlStatementHead::isWorthReading(keyword)) {
            m_readingHead = false;
            m_body = Body::Plain;
            return;
        }
        m_head.append(keyword);
        m_readingHead = !m_head.isFull();
        if (m_body == Body::Undecided) {
            m_body = m_head.body(m_dialect);
            if (m_body == Body::OpenedCompound) {
                m_body = Body::Compound;
                m_blockDepth = 1;
            }
        }
    }
    if (m_body == Body::Compound && m_parenDepth == 0)
        onBodyKeyword(keyword);
}

void SqlSplitter::onBodyKeyword(SqlKeyword keyword)
{
    if (m_pendingEnd) {
        m_pendingEnd = false;
        switch (keyword) {
        case SqlKeyword::If: case SqlKeyword::Loop: case SqlKeyword::While: case SqlKeyword::Repeat:
            return; // MySQL END IF / END LOOP / ...: closes a block that was never counted
        case SqlKeyword::Case:
            --m_blockDepth; // END CASE closes the CASE statement
            return;
        default:
            --m_blockDepth;
            break;
        }
    }
    switch (keyword) {
    case SqlKeyword::Begin:
        ++m_blockDepth;
        break;
    case SqlKeyword::Case: // as psql: a CASE only matters inside a block
        if (m_blockDepth > 0)
            ++m_blockDepth;
        break;
    case SqlKeyword::End:
        if (m_blockDepth == 0)
            break;
        if (m_dialect == DatabaseKind::MySql)
            m_pendingEnd = true; // END IF, END LOOP, END CASE ... decide on the next word
        else
            --m_blockDepth;
        break;
    default:
        break;
    }
}

void SqlSplitter::closePendingEnd()
{
    m_pendingEnd = false;
    --m_blockDepth;
}

void SqlSplitter::onPunctuation(const SqlToken &token)
{
    if (m_pendingEnd)
        closePendingEnd();
    const char c = m_data[token.begin];
    if (c == '(') {
        ++m_parenDepth;
    } else if (c == ')' && m_parenDepth > 0) {
        --m_parenDepth;
    }
}

void SqlSplitter::onDelimiter(const SqlToken &token)
{
    if (!m_inStatement)
        return; // an empty statement
    // A custom MySQL delimiter always ends the statement, as in the mysql client.
    if (!m_lexer.hasCustomDelimiter()) {
        if (m_pendingEnd)
            closePendingEnd();
        // psql keeps reading while parentheses are open (CREATE RULE ... DO (a; b)).
        const bool insideParentheses = m_dialect == DatabaseKind::Postgres && m_parenDepth > 0;
        if (m_blockDepth > 0 || insideParentheses) {
            m_end = token.end;
            return;
        }
    }
    finishStatement();
}

void SqlSplitter::finishStatement()
{
    SqlStatement statement;
    statement.offset = m_begin;
    statement.length = m_end - m_begin;
    statement.line = m_line;
    statement.kind = m_head.kind(m_dialect);
    statement.noTransaction = m_head.noTransaction(m_dialect);
    statement.addsEnumValue = m_head.addsEnumValue(m_dialect);
    m_result.statements.append(statement);
    m_inStatement = false;
}

void SqlSplitter::fail(const QString &message, qsizetype position)
{
    m_result.error = message;
    m_result.errorLine = m_lines.lineAt(position);
}

QString SqlSplitter::unterminatedMessage(const SqlToken &token)
{
    const QString line = QString::number(m_lines.lineAt(token.begin));
    switch (m_lexer.unterminatedConstruct()) {
    case SqlLexer::Construct::StringLiteral:
        return Tr::tr("Unterminated string literal starting on line %1").arg(line);
    case SqlLexer::Construct::QuotedIdentifier:
        return Tr::tr("Unterminated quoted identifier starting on line %1").arg(line);
    case SqlLexer::Construct::BacktickIdentifier:
        return Tr::tr("Unterminated backtick-quoted identifier starting on line %1").arg(line);
    case SqlLexer::Construct::BracketIdentifier:
        return Tr::tr("Unterminated [bracketed] identifier starting on line %1").arg(line);
    case SqlLexer::Construct::DollarQuote: {
        const char *tagEnd = static_cast<const char *>(std::memchr(m_data + token.begin + 1, '$',
                                                                   size_t(token.end - token.begin - 1)));
        const QString tag = QString::fromUtf8(m_data + token.begin, tagEnd - (m_data + token.begin) + 1);
        return Tr::tr("Unterminated dollar-quoted string %1 starting on line %2").arg(tag, line);
    }
    case SqlLexer::Construct::BlockComment:
        return Tr::tr("Unterminated block comment starting on line %1").arg(line);
    }
    return {};
}

} // namespace

SplitResult splitSql(const QByteArray &utf8Script, DatabaseKind dialect)
{
    return SqlSplitter(utf8Script, dialect).run();
}

} // namespace tidemark
