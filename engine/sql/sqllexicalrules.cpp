#include "sqllexicalrules.h"

namespace tidemark {

SqlLexicalRules sqlLexicalRules(DatabaseKind dialect)
{
    SqlLexicalRules rules;
    switch (dialect) {
    case DatabaseKind::Sqlite:
        rules.backtickIdentifiers = true;
        rules.bracketIdentifiers = true;
        break;
    case DatabaseKind::Postgres:
        rules.nestedBlockComments = true;
        rules.dollarQuotes = true;
        rules.escapeStrings = true;
        rules.backslashIsMetaCommand = true;
        break;
    case DatabaseKind::MySql:
        rules.backslashEscapes = true;
        rules.doubleQuoteIsString = true;
        rules.backtickIdentifiers = true;
        rules.hashComments = true;
        rules.dashCommentNeedsSpace = true;
        rules.executableComments = true;
        break;
    }
    return rules;
}

} // namespace tidemark
