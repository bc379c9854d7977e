#include "rulechecks.h"

#include "core/tr.h"

#include <QCoreApplication>

namespace tidemark {
namespace {

// The statement's first words, up to its first punctuation, for messages: "CREATE INDEX CONCURRENTLY orders_idx".
QString head(const ReviewedStatement &s, qsizetype words = 4)
{
    qsizetype end = 0;
    while (end < std::min(words, s.words.size()) && s.words.isName(end))
        ++end;
    return s.words.spelled({0, std::max<qsizetype>(end, 1)});
}

bool isDdl(const StatementWords &w)
{
    return w.isAnyWord(0, {"CREATE", "ALTER", "DROP", "RENAME"});
}

// A statement that changes rows, at its own level (a routine or trigger body is part of a CREATE): the index of
// its verb, or -1.
qsizetype dmlVerb(const StatementWords &w)
{
    static const std::initializer_list<const char *> verbs = {"INSERT", "UPDATE", "DELETE", "MERGE", "REPLACE",
                                                              "COPY"};
    if (w.isAnyWord(0, verbs))
        return 0;
    if (!w.isWord(0, "WITH"))
        return -1;
    for (qsizetype k = 1; k < w.size(); ++k)
        if (w.depth(k) == 0 && w.isAnyWord(k, verbs))
            return k;
    return -1;
}

// The table a DML statement writes to.
ObjectName dmlTable(const StatementWords &w, qsizetype verb)
{
    qsizetype k = w.skipWords(verb + 1, {"LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "QUICK", "IGNORE"});
    if (w.isWord(verb, "UPDATE") && w.isWord(k, "OR")) // SQLite: UPDATE OR REPLACE
        k += 2;
    if (w.isWords(verb, {"INSERT"}) && w.isWord(k, "OR")) // SQLite: INSERT OR IGNORE
        k += 2;
    k = w.skipWords(k, {"INTO", "FROM", "ONLY"});
    return w.name(k);
}

void checkNoTransaction(ReviewContext &context, const ReviewedScript &script)
{
    for (const ReviewedStatement &s : script.statements) {
        // ALTER TYPE … ADD VALUE runs in a transaction since PostgreSQL 12, unless the migration then uses the value.
        if (!s.noTransaction || (s.addsEnumValue && !s.newEnumValueUsedAt))
            continue;
        const QString why = s.addsEnumValue
                                ? Tr::tr("%1 adds an enum value that line %2 uses, which PostgreSQL allows only "
                                         "after the transaction that adds it")
                                      .arg(head(s))
                                      .arg(s.newEnumValueUsedAt)
                                : Tr::tr("%1 cannot run inside a transaction").arg(head(s));
        if (script.statements.size() == 1)
            context.report(RuleId::NoTransaction, script, s,
                           Tr::tr("%1: the migration runs without one, so a failure is not rolled back").arg(why));
        else
            context.report(RuleId::NoTransactionMixed, script, s,
                           Tr::tr("%1, so the other %n statement(s) of this script run without one too: a failure "
                                  "leaves them done", nullptr, int(script.statements.size()) - 1)
                               .arg(why));
    }
}

void checkDdlWithDml(ReviewContext &context, const ReviewedScript &script)
{
    const ReviewedStatement *ddl = nullptr;
    const ReviewedStatement *dml = nullptr;
    for (qsizetype i = 0; i < script.statements.size() && !(ddl && dml); ++i) {
        const ReviewedStatement &s = script.statements.at(i);
        if (isDdl(s.words)) {
            ddl = ddl ? ddl : &s;
        } else if (const qsizetype verb = dmlVerb(s.words); verb >= 0 && !dml) {
            // Filling a table the migration has just created is part of creating it: no one reads it yet.
            if (!script.createdBefore(i, dmlTable(s.words, verb)))
                dml = &s;
        }
    }
    if (ddl && dml)
        context.report(RuleId::DdlWithDml, script, *dml,
                       Tr::tr("%1 changes rows in the same script as the schema change %2 (line %3)")
                           .arg(head(*dml, 3), head(*ddl, 3))
                           .arg(ddl->line));
}

} // namespace

void checkTransactions(ReviewContext &context)
{
    for (const ReviewedScript *script : context.scripts()) {
        checkNoTransaction(context, *script);
        checkDdlWithDml(context, *script);
    }
}

} // namespace tidemark
