#include "rulechecks.h"

#include "altertable.h"
#include "core/tr.h"

#include <QCoreApplication>

namespace tidemark {
namespace {

// An ALTER TABLE action for which MariaDB and MySQL choose ALGORITHM=COPY by default, or may: the table is
// copied row by row, and writes wait.
bool copiesTable(const StatementWords &w, TokenRange action)
{
    const qsizetype k = action.begin;
    if (w.isAnyWord(k, {"MODIFY", "CHANGE", "FORCE", "ENGINE"}) || w.isWords(k, {"CONVERT", "TO"})
        || w.isWords(k, {"ORDER", "BY"}) || w.isWords(k, {"PARTITION", "BY"}) || w.isWords(k, {"REMOVE", "PARTITIONING"})
        || w.isWords(k, {"DROP", "PRIMARY", "KEY"}))
        return true;
    if (!w.isWord(k, "ADD"))
        return false;
    qsizetype p = k + 1;
    if (w.isWord(p, "CONSTRAINT") && !w.isWord(++p, "PRIMARY"))
        w.name(p, &p); // ADD CONSTRAINT [name] PRIMARY KEY
    return w.isWords(p, {"PRIMARY", "KEY"});
}

// ALGORITHM=… or LOCK=… as an action of its own: the author chose how the server may alter the table.
bool choosesAlgorithm(const StatementWords &w, TokenRange action)
{
    return w.isAnyWord(action.begin, {"ALGORITHM", "LOCK"});
}

} // namespace

void checkMySqlLocking(ReviewContext &context)
{
    if (context.dialect != DatabaseKind::MySql)
        return;
    for (const ReviewedScript *script : context.scripts()) {
        for (qsizetype i = 0; i < script->statements.size(); ++i) {
            const ReviewedStatement &s = script->statements.at(i);
            const std::optional<AlterTable> alter = readAlterTable(s.words);
            if (!alter || script->createdBefore(i, alter->table))
                continue;
            const TokenRange *copying = nullptr;
            bool chosen = false;
            for (const TokenRange &action : alter->actions) {
                chosen = chosen || choosesAlgorithm(s.words, action);
                if (!copying && copiesTable(s.words, action))
                    copying = &action;
            }
            if (copying && !chosen)
                context.report(RuleId::MySqlAlterCopiesTable, *script, s,
                               Tr::tr("ALTER TABLE %1 %2 without ALGORITHM= or LOCK=: the server may copy the table "
                                      "and block writes to it while it does")
                                   .arg(alter->table.written,
                                        s.words.spelled({copying->begin, std::min(copying->begin + 2, copying->end)})));
        }
    }
}

} // namespace tidemark
