#include "rulechecks.h"

#include "altertable.h"
#include "core/tr.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <algorithm>

namespace tidemark {
namespace {

// Functions PostgreSQL marks VOLATILE that column defaults use: a default calling one is evaluated for every
// existing row, so ADD COLUMN rewrites the table (a STABLE one such as now() is evaluated once, since PostgreSQL 11).
bool isVolatileFunction(const QString &name)
{
    static const QStringList functions = {
        QStringLiteral("random"),          QStringLiteral("random_normal"),   QStringLiteral("setseed"),
        QStringLiteral("clock_timestamp"), QStringLiteral("timeofday"),       QStringLiteral("gen_random_uuid"),
        QStringLiteral("gen_random_bytes"), QStringLiteral("uuid_generate_v1"), QStringLiteral("uuid_generate_v1mc"),
        QStringLiteral("uuid_generate_v4"), QStringLiteral("uuidv4"),         QStringLiteral("uuidv7"),
        QStringLiteral("nextval"),         QStringLiteral("txid_current"),    QStringLiteral("pg_current_xact_id"),
    };
    return functions.contains(name);
}

struct Column
{
    ObjectName table;
    QString name;

    bool sameAs(const Column &other) const { return table.sameAs(other.table) && name == other.name; }
};

// What a script's earlier statements proved, for SET NOT NULL: validated CHECK (c IS NOT NULL) constraints.
struct NotNullProofs
{
    QList<Column> validated;
    QHash<QString, Column> notValidYet; // constraint name → its column, added NOT VALID
    QList<ObjectName> validatedUnknown; // VALIDATE CONSTRAINT of a constraint this script did not add
    QStringList added;                  // every constraint this script added

    bool proves(const Column &column) const
    {
        return std::any_of(validated.cbegin(), validated.cend(), [&](const Column &c) { return c.sameAs(column); })
            || std::any_of(validatedUnknown.cbegin(), validatedUnknown.cend(),
                           [&](const ObjectName &t) { return t.sameAs(column.table); });
    }
};

class PostgresLockScan
{
public:
    PostgresLockScan(ReviewContext &context, const ReviewedScript &script) : m_context(context), m_script(script) {}

    void run()
    {
        for (qsizetype i = 0; i < m_script.statements.size(); ++i) {
            const ReviewedStatement &s = m_script.statements.at(i);
            if (s.words.isWord(0, "CREATE"))
                createIndex(i, s);
            else if (const std::optional<AlterTable> alter = readAlterTable(s.words))
                for (const TokenRange &action : alter->actions)
                    alterAction(i, s, alter->table, action);
        }
    }

private:
    bool existing(qsizetype index, const ObjectName &table) const { return !m_script.createdBefore(index, table); }

    void createIndex(qsizetype i, const ReviewedStatement &s)
    {
        const StatementWords &w = s.words;
        const qsizetype k = w.skipWords(1, {"UNIQUE"});
        if (!w.isWord(k, "INDEX") || w.isWord(k + 1, "CONCURRENTLY"))
            return;
        const qsizetype on = w.find("ON", k + 1, w.size());
        if (on < 0)
            return;
        const ObjectName table = w.name(w.skipWords(on + 1, {"ONLY"}));
        if (table.isEmpty() || !existing(i, table))
            return;
        const ObjectName index = w.name(w.skipIfExists(k + 1));
        m_context.report(RuleId::PgIndexNotConcurrent, m_script, s,
                         Tr::tr("CREATE INDEX %1 on %2 without CONCURRENTLY: writes to %2 wait until the index is "
                                "built")
                             .arg(index.isEmpty() ? QString() : index.written, table.written)
                             .simplified());
    }

    void alterAction(qsizetype i, const ReviewedStatement &s, const ObjectName &table, TokenRange action)
    {
        const StatementWords &w = s.words;
        const qsizetype k = action.begin + 1;
        if (w.isWord(action.begin, "ADD"))
            add(i, s, table, action);
        else if (w.isWords(action.begin, {"VALIDATE", "CONSTRAINT"}))
            validate(table, w.name(k + 1));
        else if (w.isWord(action.begin, "ALTER"))
            alterColumn(i, s, table, TokenRange{w.isWord(k, "COLUMN") ? k + 1 : k, action.end});
    }

    void add(qsizetype i, const ReviewedStatement &s, const ObjectName &table, TokenRange action)
    {
        const StatementWords &w = s.words;
        qsizetype k = action.begin + 1;
        ObjectName constraint;
        if (w.isWord(k, "CONSTRAINT"))
            constraint = w.name(k + 1, &k);
        if (w.isAnyWord(k, {"FOREIGN", "CHECK"})) {
            addConstraint(i, s, table, constraint, TokenRange{k, action.end});
            return;
        }
        if (!constraint.isEmpty() || w.isAnyWord(k, {"PRIMARY", "UNIQUE", "EXCLUDE"}))
            return;
        if (w.isWord(k, "COLUMN"))
            ++k;
        const ObjectName column = w.name(w.skipIfExists(k), &k);
        if (!column.isEmpty() && existing(i, table))
            addColumn(s, table, column, TokenRange{k, action.end});
    }

    void addConstraint(qsizetype i, const ReviewedStatement &s, const ObjectName &table, const ObjectName &name,
                       TokenRange range)
    {
        const StatementWords &w = s.words;
        const bool check = w.isWord(range.begin, "CHECK");
        if (!name.isEmpty())
            m_proofs.added.append(name.name);
        bool notValid = false;
        for (qsizetype k = range.begin; k < range.end; ++k)
            notValid = notValid || (w.depth(k) == w.depth(range.begin) && w.isWords(k, {"NOT", "VALID"}));
        if (check) {
            if (const QString column = notNullColumn(w, range); !column.isEmpty()) {
                if (!notValid)
                    m_proofs.validated.append({table, column});
                else if (!name.isEmpty())
                    m_proofs.notValidYet.insert(name.name, {table, column});
            }
        }
        if (notValid || !existing(i, table))
            return;
        const QString what = check ? QStringLiteral("CHECK") : QStringLiteral("FOREIGN KEY");
        m_context.report(RuleId::PgConstraintNotValid, m_script, s,
                         (name.isEmpty() ? Tr::tr("ADD %1 on %2 without NOT VALID: every row is checked while writes "
                                                  "to %2 wait")
                                               .arg(what, table.written)
                                         : Tr::tr("ADD CONSTRAINT %1 %2 on %3 without NOT VALID: every row is checked "
                                                  "while writes to %3 wait")
                                               .arg(name.written, what, table.written)));
    }

    // CHECK (… c IS NOT NULL …): c.
    static QString notNullColumn(const StatementWords &w, TokenRange range)
    {
        for (qsizetype k = range.begin + 1; k < range.end; ++k)
            if (w.isWords(k, {"IS", "NOT", "NULL"}) && w.isName(k - 1))
                return w.name(k - 1).name;
        return {};
    }

    void validate(const ObjectName &table, const ObjectName &constraint)
    {
        if (const auto known = m_proofs.notValidYet.constFind(constraint.name); known != m_proofs.notValidYet.cend())
            m_proofs.validated.append(*known);
        else if (!m_proofs.added.contains(constraint.name)) // its definition is in an earlier migration
            m_proofs.validatedUnknown.append(table);
    }

    void addColumn(const ReviewedStatement &s, const ObjectName &table, const ObjectName &column, TokenRange rest)
    {
        const StatementWords &w = s.words;
        QString why;
        if (w.isAnyWord(rest.begin, {"SERIAL", "BIGSERIAL", "SMALLSERIAL", "SERIAL2", "SERIAL4", "SERIAL8"})) {
            why = Tr::tr("a %1 column takes a value from a sequence for every row").arg(w.spelled({rest.begin, rest.begin + 1}));
        } else if (const qsizetype identity = w.find("IDENTITY", rest.begin, rest.end); identity >= 0) {
            why = Tr::tr("an identity column takes a value from a sequence for every row");
        } else if (const qsizetype d = w.find("DEFAULT", rest.begin, rest.end); d >= 0) {
            for (qsizetype k = d + 1; k < rest.end && why.isEmpty(); ++k) {
                qsizetype after = k;
                const ObjectName function = w.name(k, &after);
                if (!function.isEmpty() && w.isPunct(after, '(') && isVolatileFunction(function.name))
                    why = Tr::tr("its default calls %1(), which is volatile: evaluated for every row")
                              .arg(function.written);
            }
        }
        if (!why.isEmpty())
            m_context.report(RuleId::PgVolatileDefault, m_script, s,
                             Tr::tr("ADD COLUMN %1 to %2 rewrites the table under an ACCESS EXCLUSIVE lock: %3")
                                 .arg(column.written, table.written, why));
    }

    void alterColumn(qsizetype i, const ReviewedStatement &s, const ObjectName &table, TokenRange range)
    {
        const StatementWords &w = s.words;
        qsizetype k = range.begin;
        const ObjectName column = w.name(k, &k);
        if (column.isEmpty() || !existing(i, table))
            return;
        if (w.isWords(k, {"SET", "NOT", "NULL"})) {
            if (!m_proofs.proves({table, column.name}))
                m_context.report(RuleId::PgSetNotNull, m_script, s,
                                 Tr::tr("SET NOT NULL on %1.%2 scans the whole table under an ACCESS EXCLUSIVE lock; "
                                        "no validated CHECK (%2 IS NOT NULL) comes before it")
                                     .arg(table.written, column.written));
            return;
        }
        qsizetype type = -1;
        if (w.isWords(k, {"SET", "DATA", "TYPE"}))
            type = k + 3;
        else if (w.isWord(k, "TYPE"))
            type = k + 1;
        if (type < 0)
            return;
        qsizetype typeEnd = type;
        while (typeEnd < range.end && !w.isAnyWord(typeEnd, {"USING", "COLLATE"}))
            ++typeEnd;
        if (!rewrites(w, {type, typeEnd}) && w.find("USING", typeEnd, range.end) < 0)
            return;
        m_context.report(RuleId::PgAlterTypeRewrite, m_script, s,
                         Tr::tr("ALTER COLUMN %1.%2 TYPE %3 rewrites the table and its indexes under an ACCESS EXCLUSIVE "
                                "lock")
                             .arg(table.written, column.written, w.spelled({type, typeEnd})));
    }

    // text, varchar and character varying without a length: PostgreSQL changes a string column to them without a
    // rewrite. Any other type may rewrite (the column's old type cannot be seen here).
    static bool rewrites(const StatementWords &w, TokenRange type)
    {
        const qsizetype words = type.end - type.begin;
        if (words == 1 && w.isAnyWord(type.begin, {"TEXT", "VARCHAR"}))
            return false;
        return !(words == 2 && w.isWords(type.begin, {"CHARACTER", "VARYING"}));
    }

    ReviewContext &m_context;
    const ReviewedScript &m_script;
    NotNullProofs m_proofs;
};

} // namespace

void checkPostgresLocking(ReviewContext &context)
{
    if (context.dialect != DatabaseKind::Postgres)
        return;
    for (const ReviewedScript *script : context.scripts())
        PostgresLockScan(context, *script).run();
}

} // namespace tidemark
