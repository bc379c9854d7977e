#include "reviewedscript.h"

#include "sql/enumvalue.h"
#include "sql/sqlsplitter.h"

#include <algorithm>

namespace tidemark {
namespace {

// CREATE [TEMP|TEMPORARY|UNLOGGED|GLOBAL|LOCAL] TABLE [IF NOT EXISTS] name: the name; empty for anything else.
ObjectName createdTable(const StatementWords &w)
{
    if (!w.isWord(0, "CREATE"))
        return {};
    const qsizetype k = w.skipWords(1, {"TEMP", "TEMPORARY", "UNLOGGED", "GLOBAL", "LOCAL"});
    return w.isWord(k, "TABLE") ? w.name(w.skipIfExists(k + 1)) : ObjectName();
}

} // namespace

ReviewedScript::ReviewedScript(const QString &sql, const QString &file, int firstLine, bool present,
                               DatabaseKind dialect)
    : file(file)
    , firstLine(firstLine)
    , present(present)
    , utf8(sql.toUtf8())
{
    const SplitResult split = splitMigrationSql(utf8, dialect);
    if (!split.ok()) {
        error = split.error;
        errorLine = firstLine + split.errorLine - 1;
    }
    statements.reserve(split.statements.size());
    for (qsizetype i = 0; i < split.statements.size(); ++i) {
        const SqlStatement &s = split.statements.at(i);
        const QByteArrayView text = QByteArrayView(utf8).sliced(s.offset, s.length);
        ReviewedStatement statement{text, StatementWords(text, dialect)};
        statement.line = firstLine + s.line - 1;
        statement.lastLine = statement.line + int(text.count('\n'));
        statement.noTransaction = s.noTransaction;
        statement.addsEnumValue = s.addsEnumValue;
        if (s.addsEnumValue)
            if (const std::optional<NewEnumValue> value = newEnumValue(utf8, split.statements, i);
                value && value->usedAtLine > 0)
                statement.newEnumValueUsedAt = firstLine + value->usedAtLine - 1;
        if (const ObjectName table = createdTable(statement.words); !table.isEmpty())
            m_createdTables.append({i, table});
        statements.append(std::move(statement));
    }
}

bool ReviewedScript::createdBefore(qsizetype index, const ObjectName &table) const
{
    return std::any_of(m_createdTables.cbegin(), m_createdTables.cend(), [&](const CreatedTable &c) {
        return c.index < index && c.table.sameAs(table);
    });
}

} // namespace tidemark
