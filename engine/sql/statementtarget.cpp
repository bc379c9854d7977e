#include "statementtarget.h"

#include "sqllexer.h"

#include <QList>

#include <algorithm>

namespace tidemark {
namespace {

// The statement's tokens without comments: words upper-cased, identifiers unquoted (and folded to lower case
// where PostgreSQL folds them), punctuation as itself.
struct Token
{
    QString text;
    bool word = false;  // a bare word (keyword or unquoted identifier), text upper case
    QString identifier; // as a name: a bare word folded as the database folds it, or a quoted one's content
};

QList<Token> tokensOf(QByteArrayView statement, DatabaseKind dialect)
{
    QList<Token> tokens;
    SqlLexer lexer(statement, dialect);
    for (SqlToken t = lexer.next(); t.type != SqlToken::Type::End && tokens.size() < 64; t = lexer.next()) {
        const QString raw = QString::fromUtf8(statement.sliced(t.begin, t.end - t.begin));
        switch (t.type) {
        case SqlToken::Type::Comment:
            continue;
        case SqlToken::Type::Word:
            tokens.append({raw.toUpper(), true, dialect == DatabaseKind::Postgres ? raw.toLower() : raw});
            break;
        case SqlToken::Type::QuotedIdentifier: {
            const QChar quote = raw.front();
            QString name = raw.mid(1, raw.size() - 2);
            if (quote != u'[')
                name.replace(QString(2, quote), QString(quote));
            tokens.append({raw, false, name});
            break;
        }
        case SqlToken::Type::Unterminated:
        case SqlToken::Type::ExecutableComment:
            return {}; // not a statement whose words can be read
        default:
            tokens.append({raw, false, {}});
            break;
        }
    }
    return tokens;
}

class Reader
{
public:
    explicit Reader(QList<Token> tokens) : m_tokens(std::move(tokens)) {}

    bool atWord(const char *word) const { return m_at < m_tokens.size() && m_tokens[m_at].word && m_tokens[m_at].text == QLatin1String(word); }
    bool take(const char *word)
    {
        if (!atWord(word))
            return false;
        ++m_at;
        return true;
    }
    bool takeAll(std::initializer_list<const char *> words)
    {
        const qsizetype start = m_at;
        for (const char *word : words)
            if (!take(word)) {
                m_at = start;
                return false;
            }
        return true;
    }
    // [schema.]name; false when there is none.
    bool takeName(QString *schema, QString *name)
    {
        if (!takeIdentifier(name))
            return false;
        if (m_at < m_tokens.size() && m_tokens[m_at].text == QLatin1String(".")) {
            ++m_at;
            *schema = *name;
            return takeIdentifier(name);
        }
        return true;
    }
    // Whether a ',' at the outermost level follows: a statement of several objects or actions.
    bool listFollows() const
    {
        int depth = 0;
        for (qsizetype i = m_at; i < m_tokens.size(); ++i) {
            const QString &t = m_tokens[i].text;
            if (t == QLatin1String("("))
                ++depth;
            else if (t == QLatin1String(")"))
                --depth;
            else if (t == QLatin1String(",") && depth == 0)
                return true;
        }
        return false;
    }
    void skip() { ++m_at; }

private:
    bool takeIdentifier(QString *name)
    {
        if (m_at >= m_tokens.size() || m_tokens[m_at].identifier.isEmpty())
            return false;
        *name = m_tokens[m_at++].identifier;
        return true;
    }

    QList<Token> m_tokens;
    qsizetype m_at = 0;
};

std::optional<CatalogObject::Type> objectType(Reader &r)
{
    using T = CatalogObject::Type;
    static const std::pair<const char *, T> types[] = {
        {"TABLE", T::Table},         {"INDEX", T::Index},       {"VIEW", T::View},       {"FUNCTION", T::Function},
        {"PROCEDURE", T::Procedure}, {"TRIGGER", T::Trigger},   {"SEQUENCE", T::Sequence}, {"SCHEMA", T::Schema},
        {"TYPE", T::EnumType},
    };
    for (const auto &[word, type] : types)
        if (r.take(word))
            return type;
    return std::nullopt;
}

std::optional<StatementTarget> createTarget(Reader &r)
{
    StatementTarget target;
    target.effect = StatementTarget::Effect::Creates;
    target.replaces = r.takeAll({"OR", "REPLACE"});
    // Words between CREATE and the object type: TEMP, UNIQUE, MATERIALIZED, MySQL's ALGORITHM = ... DEFINER = ...
    static const char *const modifiers[] = {"TEMP", "TEMPORARY", "UNLOGGED", "GLOBAL", "LOCAL", "UNIQUE",
                                            "MATERIALIZED", "RECURSIVE", "FULLTEXT", "SPATIAL", "AGGREGATE"};
    std::optional<CatalogObject::Type> type;
    bool inMySqlClause = false; // ALGORITHM = x, DEFINER = user, SQL SECURITY x: any words until the type
    for (int i = 0; i < 16 && !(type = objectType(r)); ++i) {
        inMySqlClause = inMySqlClause || r.atWord("ALGORITHM") || r.atWord("DEFINER") || r.atWord("SQL");
        const bool modifier = std::any_of(std::begin(modifiers), std::end(modifiers),
                                          [&](const char *word) { return r.atWord(word); });
        if (!modifier && !inMySqlClause)
            return std::nullopt; // CREATE DATABASE, CREATE EVENT TRIGGER, CREATE POLICY ...: no target
        r.skip();
    }
    if (!type)
        return std::nullopt;
    target.object.type = *type;
    target.concurrently = r.take("CONCURRENTLY");
    r.takeAll({"IF", "NOT", "EXISTS"}); // if it existed before, the statement's effect holds all the same
    if (r.atWord("ON") || !r.takeName(&target.object.schema, &target.object.name)) // CREATE INDEX ON t: no name
        return std::nullopt;
    if (*type == CatalogObject::Type::Index || *type == CatalogObject::Type::Trigger) {
        // ... ON [ONLY] table: MySQL names indexes per table
        for (int i = 0; i < 12 && !r.atWord("ON"); ++i)
            r.skip();
        if (r.take("ON")) {
            r.take("ONLY");
            QString schema;
            r.takeName(&schema, &target.object.table);
        }
    }
    return target;
}

std::optional<StatementTarget> dropTarget(Reader &r)
{
    StatementTarget target;
    target.effect = StatementTarget::Effect::Drops;
    r.take("MATERIALIZED");
    const std::optional<CatalogObject::Type> type = objectType(r);
    if (!type)
        return std::nullopt;
    target.object.type = *type;
    target.concurrently = r.take("CONCURRENTLY");
    r.takeAll({"IF", "EXISTS"});
    if (!r.takeName(&target.object.schema, &target.object.name) || r.listFollows())
        return std::nullopt;
    if (r.take("ON")) { // MySQL: DROP INDEX i ON t
        QString schema;
        r.takeName(&schema, &target.object.table);
    }
    return target;
}

// ALTER TABLE [ONLY] [IF EXISTS] t ADD [COLUMN] [IF NOT EXISTS] c ... | DROP [COLUMN] [IF EXISTS] c, one action only.
std::optional<StatementTarget> alterTarget(Reader &r)
{
    if (!r.take("TABLE"))
        return std::nullopt;
    r.take("ONLY");
    r.takeAll({"IF", "EXISTS"});
    StatementTarget target;
    target.object.type = CatalogObject::Type::Column;
    QString schema;
    if (!r.takeName(&schema, &target.object.table) || r.listFollows())
        return std::nullopt;
    if (r.take("ADD"))
        target.effect = StatementTarget::Effect::Creates;
    else if (r.take("DROP"))
        target.effect = StatementTarget::Effect::Drops;
    else
        return std::nullopt;
    static const char *const notColumns[] = {"CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "INDEX", "KEY",
                                             "PARTITION", "FULLTEXT", "SPATIAL", "EXCLUDE", "DEFAULT"};
    for (const char *word : notColumns)
        if (r.atWord(word))
            return std::nullopt;
    r.take("COLUMN");
    if (!r.takeAll({"IF", "NOT", "EXISTS"}))
        r.takeAll({"IF", "EXISTS"});
    if (!r.takeName(&schema, &target.object.name))
        return std::nullopt;
    return target;
}

} // namespace

std::optional<StatementTarget> statementTarget(QByteArrayView statement, DatabaseKind dialect)
{
    Reader r(tokensOf(statement, dialect));
    if (r.take("CREATE"))
        return createTarget(r);
    if (r.take("DROP"))
        return dropTarget(r);
    if (r.take("ALTER"))
        return alterTarget(r);
    return std::nullopt;
}

} // namespace tidemark
