#pragma once

#include "core/databasekind.h"
#include "sql/sqllexer.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <initializer_list>

namespace tidemark {

// A name as a statement writes it, [schema.]name, each part folded as the database folds it unquoted (to lower
// case; a quoted part keeps its case on PostgreSQL, where case matters).
struct ObjectName
{
    QString schema;
    QString name;
    QString written; // as in the script, for messages: public."Orders"

    bool isEmpty() const { return name.isEmpty(); }
    // The same object: the same name, and the same schema where both name one.
    bool sameAs(const ObjectName &other) const;
};

// Tokens [begin, end) of a statement.
struct TokenRange
{
    qsizetype begin = 0;
    qsizetype end = 0;

    bool isEmpty() const { return begin >= end; }
};

// The tokens of one statement that are SQL, for the review rules to read: comments (MySQL's executable ones too)
// are left out, and strings, quoted identifiers and dollar bodies are single tokens, never read as words. Each
// token knows how many parentheses enclose it. The statement must outlive it.
class StatementWords
{
public:
    StatementWords(QByteArrayView statement, DatabaseKind dialect);

    qsizetype size() const { return m_tokens.size(); }
    DatabaseKind dialect() const { return m_dialect; }

    bool isWord(qsizetype k, const char *word) const;
    bool isAnyWord(qsizetype k, std::initializer_list<const char *> words) const;
    bool isWords(qsizetype k, std::initializer_list<const char *> words) const; // these words from k on, in order
    bool isPunct(qsizetype k, char c) const;
    bool isName(qsizetype k) const; // a word or a quoted identifier
    bool isType(qsizetype k, SqlToken::Type type) const;
    int depth(qsizetype k) const { return k < size() ? m_tokens.at(k).depth : 0; }

    // k past IF EXISTS / IF NOT EXISTS, when they stand there.
    qsizetype skipIfExists(qsizetype k) const;
    qsizetype skipWords(qsizetype k, std::initializer_list<const char *> words) const;

    // The [schema.]name at token k and, in *next, the token after it; empty (and *next = k) when k is no name.
    ObjectName name(qsizetype k, qsizetype *next = nullptr) const;
    // The first token in [from, to) that is `word` at the depth of token from; -1 when there is none.
    qsizetype find(const char *word, qsizetype from, qsizetype to) const;
    // [from, to) cut at the commas at the depth of token from.
    QList<TokenRange> splitAtCommas(qsizetype from, qsizetype to) const;
    // The tokens' text, a blank between words: "varchar(20)", "gen_random_uuid()".
    QString spelled(TokenRange range) const;

private:
    struct Token
    {
        SqlToken::Type type = SqlToken::Type::End;
        QByteArrayView text;
        int depth = 0;
    };

    QString nameText(qsizetype k, bool folded) const;

    QList<Token> m_tokens;
    DatabaseKind m_dialect;
};

} // namespace tidemark
