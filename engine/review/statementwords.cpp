#include "statementwords.h"

#include <algorithm>

namespace tidemark {

using TokenType = SqlToken::Type;

bool ObjectName::sameAs(const ObjectName &other) const
{
    if (isEmpty() || name != other.name)
        return false;
    return schema.isEmpty() || other.schema.isEmpty() || schema == other.schema;
}

StatementWords::StatementWords(QByteArrayView statement, DatabaseKind dialect)
    : m_dialect(dialect)
{
    SqlLexer lexer(statement, dialect);
    int depth = 0;
    for (SqlToken t = lexer.next(); t.type != TokenType::End && t.type != TokenType::Unterminated; t = lexer.next()) {
        if (t.type == TokenType::Comment || t.type == TokenType::ExecutableComment)
            continue;
        const QByteArrayView text = statement.sliced(t.begin, t.end - t.begin);
        const bool punct = t.type == TokenType::Punctuation && text.size() == 1;
        if (punct && text.at(0) == ')')
            depth = std::max(0, depth - 1);
        m_tokens.append({t.type, text, depth});
        if (punct && text.at(0) == '(')
            ++depth;
    }
}

bool StatementWords::isWord(qsizetype k, const char *word) const
{
    return k >= 0 && k < size() && m_tokens.at(k).type == TokenType::Word
        && qstrnicmp(m_tokens.at(k).text.data(), m_tokens.at(k).text.size(), word, qsizetype(qstrlen(word))) == 0;
}

bool StatementWords::isAnyWord(qsizetype k, std::initializer_list<const char *> words) const
{
    return std::any_of(words.begin(), words.end(), [&](const char *w) { return isWord(k, w); });
}

bool StatementWords::isWords(qsizetype k, std::initializer_list<const char *> words) const
{
    for (const char *w : words)
        if (!isWord(k++, w))
            return false;
    return true;
}

bool StatementWords::isPunct(qsizetype k, char c) const
{
    return k >= 0 && k < size() && m_tokens.at(k).type == TokenType::Punctuation && m_tokens.at(k).text.size() == 1
        && m_tokens.at(k).text.at(0) == c;
}

bool StatementWords::isName(qsizetype k) const
{
    return isType(k, TokenType::Word) || isType(k, TokenType::QuotedIdentifier);
}

bool StatementWords::isType(qsizetype k, SqlToken::Type type) const
{
    return k >= 0 && k < size() && m_tokens.at(k).type == type;
}

qsizetype StatementWords::skipIfExists(qsizetype k) const
{
    if (isWords(k, {"IF", "EXISTS"}))
        return k + 2;
    if (isWords(k, {"IF", "NOT", "EXISTS"}))
        return k + 3;
    return k;
}

qsizetype StatementWords::skipWords(qsizetype k, std::initializer_list<const char *> words) const
{
    while (isAnyWord(k, words))
        ++k;
    return k;
}

QString StatementWords::nameText(qsizetype k, bool folded) const
{
    const Token &t = m_tokens.at(k);
    const QString raw = QString::fromUtf8(t.text);
    if (!folded)
        return raw;
    if (t.type == TokenType::Word)
        return raw.toLower();
    const QChar quote = raw.front();
    QString inner = raw.mid(1, raw.size() - 2);
    if (quote != u'[')
        inner.replace(QString(2, quote), QString(quote));
    return m_dialect == DatabaseKind::Postgres ? inner : inner.toLower();
}

ObjectName StatementWords::name(qsizetype k, qsizetype *next) const
{
    ObjectName result;
    QStringList parts;
    QStringList written;
    while (isName(k)) {
        parts << nameText(k, true);
        written << nameText(k, false);
        ++k;
        if (!isPunct(k, '.') || !isName(k + 1))
            break;
        ++k;
    }
    if (next)
        *next = k;
    if (parts.isEmpty())
        return result;
    result.name = parts.takeLast();
    result.schema = parts.join(u'.');
    result.written = written.join(u'.');
    return result;
}

qsizetype StatementWords::find(const char *word, qsizetype from, qsizetype to) const
{
    const int level = depth(from);
    for (qsizetype k = from; k < std::min(to, size()); ++k)
        if (depth(k) == level && isWord(k, word))
            return k;
    return -1;
}

QList<TokenRange> StatementWords::splitAtCommas(qsizetype from, qsizetype to) const
{
    QList<TokenRange> parts;
    const int level = depth(from);
    to = std::min(to, size());
    qsizetype begin = from;
    for (qsizetype k = from; k < to; ++k) {
        if (depth(k) == level && isPunct(k, ',')) {
            parts.append({begin, k});
            begin = k + 1;
        }
    }
    if (begin < to)
        parts.append({begin, to});
    return parts;
}

QString StatementWords::spelled(TokenRange range) const
{
    QString text;
    for (qsizetype k = range.begin; k < std::min(range.end, size()); ++k) {
        const bool tight = isPunct(k, '(') || isPunct(k, ')') || isPunct(k, ',') || isPunct(k, '.')
            || isPunct(k - 1, '(') || isPunct(k - 1, '.');
        if (!text.isEmpty() && !tight)
            text += u' ';
        text += QString::fromUtf8(m_tokens.at(k).text);
    }
    return text;
}

} // namespace tidemark
