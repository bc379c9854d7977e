#include "rulechecks.h"

#include "core/tr.h"

#include <QCoreApplication>

#include <algorithm>

namespace tidemark {
namespace {

using ObjectType = CatalogObject::Type;

bool reverses(const SchemaRename &a, const SchemaRename &b)
{
    return a.from.type == b.from.type && a.from.name.sameAs(b.to) && a.to.sameAs(b.from.name);
}

} // namespace

void checkRenames(ReviewContext &context)
{
    QList<SchemaRename> upRenames;
    for (const ReviewedStatement &s : context.up.statements)
        upRenames += objectsRenamed(s);
    for (const ReviewedScript *script : context.scripts()) {
        QList<ScriptObject> createdHere; // by the statements before the current one
        for (const ReviewedStatement &s : script->statements) {
            for (const SchemaRename &rename : objectsRenamed(s)) {
                const ScriptObject &from = rename.from;
                if (from.type != ObjectType::Table && from.type != ObjectType::View && from.type != ObjectType::Column)
                    continue; // an index or sequence name is no code's business
                const bool newHere = std::any_of(createdHere.cbegin(), createdHere.cend(), [&](const ScriptObject &o) {
                    return (o.type == from.type && o.name.sameAs(from.name)
                            && (from.table.isEmpty() || o.table.sameAs(from.table)))
                        || (from.type == ObjectType::Column && o.type == ObjectType::Table && o.name.sameAs(from.table));
                });
                const bool undoesUp = script->isDown
                    && std::any_of(upRenames.cbegin(), upRenames.cend(),
                                   [&](const SchemaRename &up) { return reverses(rename, up); });
                if (newHere || undoesUp)
                    continue;
                const QString to = rename.to.written.isEmpty() ? rename.to.name : rename.to.written;
                context.report(RuleId::RenameInUse, *script, s,
                               Tr::tr("renames %1 to %2: code still using the old name fails from the moment this "
                                      "commits")
                                   .arg(from.describe(), to));
            }
            createdHere += objectsCreated(s);
        }
    }
}

} // namespace tidemark
