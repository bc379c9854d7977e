#include "statementtransaction.h"

#include <QByteArrayList>

#include <cctype>

namespace tidemark {
namespace {

// The statement's words, upper case, up to `count` of them; a statement that starts with anything else has none.
QByteArrayList leadingWords(const QByteArray &text, int count)
{
    QByteArrayList words;
    qsizetype i = 0;
    while (words.size() < count && i < text.size()) {
        while (i < text.size() && (text.at(i) == ' ' || text.at(i) == '\t' || text.at(i) == '\n' || text.at(i) == '\r'))
            ++i;
        const qsizetype start = i;
        while (i < text.size() && (std::isalpha(uchar(text.at(i))) || text.at(i) == '_'))
            ++i;
        if (i == start)
            break;
        words.append(text.mid(start, i - start).toUpper());
    }
    return words;
}

bool mySqlDataStatement(const QByteArray &text)
{
    const QByteArrayList words = leadingWords(text, 2);
    if (words.isEmpty())
        return false;
    static const QByteArrayList data = {"INSERT", "UPDATE", "DELETE", "REPLACE", "SELECT", "WITH", "VALUES", "TABLE", "DO"};
    if (data.contains(words.first()))
        return true;
    // SET of a variable does not commit; SET PASSWORD, SET DEFAULT ROLE and SET autocommit = 1 do, and
    // SET TRANSACTION is refused inside one.
    static const QByteArrayList committing = {"PASSWORD", "DEFAULT", "TRANSACTION"};
    return words.first() == "SET" && (words.size() < 2 || !committing.contains(words.at(1)))
           && !text.toUpper().contains("AUTOCOMMIT");
}

} // namespace

bool canShareTransaction(const SqlStatement &statement, const QByteArray &script, DatabaseKind kind)
{
    if (statement.kind == SqlStatement::Kind::TransactionControl || statement.noTransaction)
        return false;
    return kind != DatabaseKind::MySql || mySqlDataStatement(statement.bytes(script));
}

} // namespace tidemark
