#include "rulechecks.h"

#include "sql/sqlcheck.h"

#include <algorithm>

namespace tidemark {
namespace {

using ObjectType = CatalogObject::Type;

RuleId ruleOf(SqlHazard::Kind kind)
{
    switch (kind) {
    case SqlHazard::Kind::DropTable: return RuleId::DropTable;
    case SqlHazard::Kind::DropColumn: return RuleId::DropColumn;
    case SqlHazard::Kind::DropSchema: return RuleId::DropSchema;
    case SqlHazard::Kind::Truncate: return RuleId::Truncate;
    case SqlHazard::Kind::DeleteWithoutWhere: return RuleId::DeleteWithoutWhere;
    case SqlHazard::Kind::UpdateWithoutWhere: return RuleId::UpdateWithoutWhere;
    }
    return RuleId::DropTable;
}

// The names a hazard's object holds, as written: "a, b", "public.t", "t.c".
QList<ObjectName> namesOf(const QString &written, DatabaseKind dialect)
{
    const QByteArray utf8 = written.toUtf8();
    const StatementWords w(utf8, dialect);
    QList<ObjectName> names;
    for (const TokenRange &part : w.splitAtCommas(0, w.size()))
        names.append(w.name(part.begin));
    return names;
}

bool upCreates(const ReviewContext &context, ObjectType type, const ObjectName &name, const ObjectName &table = {})
{
    return std::any_of(context.upCreates.cbegin(), context.upCreates.cend(), [&](const ScriptObject &o) {
        if (o.type == ObjectType::Table && type == ObjectType::Column && o.name.sameAs(table))
            return true;
        return o.type == type && o.name.sameAs(name) && (table.isEmpty() || o.table.sameAs(table));
    });
}

// A down's hazard that only removes what the up created is the down doing its job.
bool undoesUp(const ReviewContext &context, const SqlHazard &hazard)
{
    const QList<ObjectName> names = namesOf(hazard.object, context.dialect);
    return !names.isEmpty() && std::all_of(names.cbegin(), names.cend(), [&](const ObjectName &name) {
        switch (hazard.kind) {
        case SqlHazard::Kind::DropSchema:
            return upCreates(context, ObjectType::Schema, name);
        case SqlHazard::Kind::DropColumn: { // "t.c": the column's table is the name's last qualifier
            const qsizetype dot = name.schema.lastIndexOf(u'.');
            const ObjectName table{dot < 0 ? QString() : name.schema.left(dot), name.schema.mid(dot + 1), {}};
            return upCreates(context, ObjectType::Column, ObjectName{{}, name.name, {}}, table);
        }
        default:
            return upCreates(context, ObjectType::Table, name);
        }
    });
}

} // namespace

void checkDestructive(ReviewContext &context)
{
    for (const ReviewedScript *script : context.scripts()) {
        for (const ReviewedStatement &statement : script->statements) {
            for (const SqlHazard &hazard : findSqlHazards(statement.text.toByteArray(), context.dialect))
                if (!script->isDown || !undoesUp(context, hazard))
                    context.report(ruleOf(hazard.kind), *script, statement, describeSqlHazard(hazard));
        }
    }
}

} // namespace tidemark
