#include "sqlcheck.h"

#include "core/tr.h"
#include "sqllexer.h"
#include "sqlsplitter.h"

#include <QCoreApplication>

#include <algorithm>

namespace tidemark {
namespace {

using Type = SqlToken::Type;

struct Token
{
    Type type = Type::End;
    QByteArrayView text;
};

// The tokens of a statement that are SQL: comments (MySQL's executable /*! */ ones too) are left out.
QList<Token> sqlTokens(QByteArrayView sql, DatabaseKind dialect)
{
    QList<Token> tokens;
    SqlLexer lexer(sql, dialect);
    for (SqlToken t = lexer.next(); t.type != Type::End && t.type != Type::Unterminated; t = lexer.next()) {
        if (t.type != Type::Comment && t.type != Type::ExecutableComment)
            tokens.append({t.type, sql.sliced(t.begin, t.end - t.begin)});
    }
    return tokens;
}

class HazardScan
{
public:
    HazardScan(QByteArrayView sql, DatabaseKind dialect) : m_tokens(sqlTokens(sql, dialect)) {}

    QList<SqlHazard> run()
    {
        qsizetype k = 0;
        if (isWord(0, "WITH")) {
            k = firstAtDepthZero(1, {"DELETE", "UPDATE", "INSERT", "SELECT", "MERGE"});
            if (k < 0)
                return {};
        }
        if (isWord(k, "DROP"))
            drop(k + 1);
        else if (isWord(k, "TRUNCATE"))
            truncate(k + 1);
        else if (isWord(k, "ALTER") && isWord(k + 1, "TABLE"))
            alterTable(k + 2);
        else if (isWord(k, "DELETE"))
            withoutWhere(k, SqlHazard::Kind::DeleteWithoutWhere);
        else if (isWord(k, "UPDATE"))
            withoutWhere(k, SqlHazard::Kind::UpdateWithoutWhere);
        return m_hazards;
    }

private:
    bool isWord(qsizetype k, const char *word) const
    {
        return k >= 0 && k < m_tokens.size() && m_tokens.at(k).type == Type::Word
            && qstrnicmp(m_tokens.at(k).text.data(), m_tokens.at(k).text.size(), word) == 0;
    }
    bool isAnyWord(qsizetype k, std::initializer_list<const char *> words) const
    {
        return std::any_of(words.begin(), words.end(), [&](const char *w) { return isWord(k, w); });
    }
    bool isPunct(qsizetype k, char c) const
    {
        return k >= 0 && k < m_tokens.size() && m_tokens.at(k).type == Type::Punctuation
            && m_tokens.at(k).text.size() == 1 && m_tokens.at(k).text.at(0) == c;
    }
    bool isNamePart(qsizetype k) const
    {
        return k < m_tokens.size()
            && (m_tokens.at(k).type == Type::Word || m_tokens.at(k).type == Type::QuotedIdentifier);
    }
    qsizetype skipWords(qsizetype k, std::initializer_list<const char *> words) const
    {
        while (isAnyWord(k, words))
            ++k;
        return k;
    }
    qsizetype skipIfExists(qsizetype k) const { return isWord(k, "IF") && isWord(k + 1, "EXISTS") ? k + 2 : k; }

    // A dotted name "a", "s.t", "\"S\".t" from token k: its text, and the token after it in *next.
    QString name(qsizetype k, qsizetype *next = nullptr) const
    {
        QString text;
        while (isNamePart(k)) {
            text += QString::fromUtf8(m_tokens.at(k).text);
            if (!isPunct(k + 1, '.') || !isNamePart(k + 2)) {
                ++k;
                break;
            }
            text += u'.';
            k += 2;
        }
        if (next)
            *next = k;
        return text;
    }
    // "a, b, c" for DROP TABLE a, b, c.
    QString nameList(qsizetype k) const
    {
        QStringList names;
        for (;;) {
            const QString n = name(k, &k);
            if (n.isEmpty())
                break;
            names.append(n);
            if (!isPunct(k, ','))
                break;
            ++k;
        }
        return names.join(QStringLiteral(", "));
    }

    qsizetype firstAtDepthZero(qsizetype from, std::initializer_list<const char *> words) const
    {
        int depth = 0;
        for (qsizetype k = from; k < m_tokens.size(); ++k) {
            if (isPunct(k, '('))
                ++depth;
            else if (isPunct(k, ')'))
                depth = std::max(0, depth - 1);
            else if (depth == 0 && isAnyWord(k, words))
                return k;
        }
        return -1;
    }

    void add(SqlHazard::Kind kind, const QString &object) { m_hazards.append({kind, object}); }

    void drop(qsizetype k)
    {
        if (isWord(k, "TABLE"))
            add(SqlHazard::Kind::DropTable, nameList(skipIfExists(k + 1)));
        else if (isAnyWord(k, {"SCHEMA", "DATABASE"}))
            add(SqlHazard::Kind::DropSchema, nameList(skipIfExists(k + 1)));
        // DROP TEMPORARY TABLE (MySQL) only drops the session's own table.
    }

    void truncate(qsizetype k)
    {
        k = skipWords(k, {"TABLE"});
        k = skipWords(k, {"ONLY"});
        add(SqlHazard::Kind::Truncate, nameList(k));
    }

    void alterTable(qsizetype k)
    {
        k = skipIfExists(k);
        k = skipWords(k, {"ONLY"});
        const QString table = name(k, &k);
        // ALTER TABLE t DROP [COLUMN] [IF EXISTS] c, …; DROP followed by any of these is not a column.
        const std::initializer_list<const char *> notColumns = {
            "CONSTRAINT", "INDEX", "KEY", "PRIMARY", "FOREIGN", "CHECK", "DEFAULT", "NOT", "EXPRESSION",
            "IDENTITY", "PARTITION", "SYSTEM", "PERIOD", "UNIQUE", "FULLTEXT", "SPATIAL"};
        int depth = 0;
        for (; k < m_tokens.size(); ++k) {
            if (isPunct(k, '('))
                ++depth;
            else if (isPunct(k, ')'))
                depth = std::max(0, depth - 1);
            if (depth != 0 || !isWord(k, "DROP"))
                continue;
            qsizetype c = k + 1;
            if (isWord(c, "COLUMN"))
                ++c;
            else if (isAnyWord(c, notColumns))
                continue;
            const QString column = name(skipIfExists(c));
            if (!column.isEmpty())
                add(SqlHazard::Kind::DropColumn, table + u'.' + column);
        }
    }

    void withoutWhere(qsizetype head, SqlHazard::Kind kind)
    {
        qsizetype k = head + 1;
        if (kind == SqlHazard::Kind::DeleteWithoutWhere) {
            k = skipWords(k, {"LOW_PRIORITY", "QUICK", "IGNORE"});
            k = skipWords(k, {"FROM"});
        } else {
            k = skipWords(k, {"LOW_PRIORITY", "IGNORE"});
            if (isWord(k, "OR")) // SQLite UPDATE OR REPLACE …
                k += 2;
        }
        k = skipWords(k, {"ONLY"});
        const QString table = name(k);
        if (firstAtDepthZero(head + 1, {"WHERE"}) < 0)
            add(kind, table);
    }

    QList<Token> m_tokens;
    QList<SqlHazard> m_hazards;
};

QString summaryOf(const QString &text)
{
    QString first = text.section(u'\n', 0, 0).simplified();
    const bool more = text.contains(u'\n');
    if (first.size() > 100) {
        first.truncate(99);
        return first + QChar(0x2026);
    }
    return more ? first + QStringLiteral(" \u2026") : first;
}

} // namespace

QList<SqlHazard> findSqlHazards(const QByteArray &statementUtf8, DatabaseKind dialect)
{
    const SplitResult parts = splitSql(statementUtf8, dialect);
    if (parts.statements.size() <= 1)
        return HazardScan(statementUtf8, dialect).run();
    QList<SqlHazard> hazards;
    for (const SqlStatement &part : parts.statements)
        hazards += HazardScan(QByteArrayView(statementUtf8).sliced(part.offset, part.length), dialect).run();
    return hazards;
}

QString describeSqlHazard(const SqlHazard &hazard)
{
    switch (hazard.kind) {
    case SqlHazard::Kind::DropTable:
        return Tr::tr("drops table %1").arg(hazard.object);
    case SqlHazard::Kind::DropColumn:
        return Tr::tr("drops column %1").arg(hazard.object);
    case SqlHazard::Kind::DropSchema:
        return Tr::tr("drops schema or database %1").arg(hazard.object);
    case SqlHazard::Kind::Truncate:
        return Tr::tr("empties table %1 (TRUNCATE)").arg(hazard.object);
    case SqlHazard::Kind::DeleteWithoutWhere:
        return Tr::tr("deletes every row of %1 (DELETE without WHERE)").arg(hazard.object);
    case SqlHazard::Kind::UpdateWithoutWhere:
        return Tr::tr("updates every row of %1 (UPDATE without WHERE)").arg(hazard.object);
    }
    return {};
}

int SqlCheckResult::hazardCount() const
{
    int count = 0;
    for (const CheckedStatement &s : statements)
        count += int(s.hazards.size());
    return count;
}

int SqlCheckResult::noTransactionCount() const
{
    return int(std::count_if(statements.cbegin(), statements.cend(),
                             [](const CheckedStatement &s) { return s.noTransaction; }));
}

SqlCheckResult checkMigrationSql(const QString &script, DatabaseKind dialect)
{
    const QByteArray utf8 = script.toUtf8();
    const SplitResult split = splitMigrationSql(utf8, dialect);
    SqlCheckResult result;
    result.error = split.error;
    result.errorLine = split.errorLine;
    for (const SqlStatement &statement : split.statements) {
        const QByteArray bytes = statement.bytes(utf8);
        CheckedStatement checked;
        checked.line = statement.line;
        checked.lastLine = statement.line + int(bytes.count('\n'));
        checked.offset = statement.offset;
        checked.length = statement.length;
        checked.summary = summaryOf(QString::fromUtf8(bytes));
        checked.noTransaction = statement.noTransaction;
        checked.transactionControl = statement.kind == SqlStatement::Kind::TransactionControl;
        checked.hazards = findSqlHazards(bytes, dialect);
        result.statements.append(std::move(checked));
    }
    return result;
}

} // namespace tidemark
