#include "enumvalue.h"

#include "sqllexer.h"

#include <algorithm>

namespace tidemark {
namespace {

int lineAt(const QByteArray &script, qsizetype offset)
{
    return 1 + int(std::count(script.cbegin(), script.cbegin() + offset, '\n'));
}

// The first token in [begin, end) of script that names literal, or any string when literal is empty; its offsets
// are into script.
std::optional<SqlToken> findLiteral(const QByteArray &script, qsizetype begin, qsizetype end, QByteArrayView literal)
{
    const QByteArrayView range = QByteArrayView(script).sliced(begin, end - begin);
    SqlLexer lexer(range, DatabaseKind::Postgres);
    for (SqlToken token = lexer.next();
         token.type != SqlToken::Type::End && token.type != SqlToken::Type::Unterminated; token = lexer.next()) {
        const QByteArrayView text = range.sliced(token.begin, token.end - token.begin);
        const bool names = token.type == SqlToken::Type::String ? literal.isEmpty() || text == literal
                           : token.type == SqlToken::Type::DollarQuoted ? !literal.isEmpty() && text.contains(literal)
                                                                         : false;
        if (names)
            return SqlToken{token.type, begin + token.begin, begin + token.end};
    }
    return std::nullopt;
}

} // namespace

std::optional<NewEnumValue> newEnumValue(const QByteArray &script, const QList<SqlStatement> &statements,
                                         qsizetype index)
{
    const SqlStatement &adding = statements.at(index);
    const qsizetype end = adding.offset + adding.length;
    const std::optional<SqlToken> added = findLiteral(script, adding.offset, end, {});
    if (!added)
        return std::nullopt;
    NewEnumValue value{script.mid(added->begin, added->end - added->begin)};
    // The rest of its own statement counts too: a goose block is one statement of several.
    std::optional<SqlToken> use = findLiteral(script, added->end, end, value.literal);
    for (qsizetype i = index + 1; !use && i < statements.size(); ++i) {
        const SqlStatement &later = statements.at(i);
        if (!later.addsEnumValue)
            use = findLiteral(script, later.offset, later.offset + later.length, value.literal);
    }
    if (use)
        value.usedAtLine = lineAt(script, use->begin);
    return value;
}

} // namespace tidemark
