#include "schemaobjects.h"

#include "altertable.h"
#include "sql/statementtarget.h"

#include <optional>

namespace tidemark {
namespace {

using ObjectType = CatalogObject::Type;

// statementTarget's names are folded as the database folds them (PostgreSQL) or as written; fold the rest as
// ObjectName does.
ObjectName objectName(const QString &schema, const QString &name, DatabaseKind dialect)
{
    const auto fold = [dialect](const QString &part) { return dialect == DatabaseKind::Postgres ? part : part.toLower(); };
    ObjectName result{fold(schema), fold(name), schema.isEmpty() ? name : schema + u'.' + name};
    return result;
}

std::optional<ObjectType> typeWord(const StatementWords &w, qsizetype k)
{
    static const std::pair<const char *, ObjectType> types[] = {
        {"TABLE", ObjectType::Table},       {"INDEX", ObjectType::Index},         {"VIEW", ObjectType::View},
        {"FUNCTION", ObjectType::Function}, {"PROCEDURE", ObjectType::Procedure}, {"TRIGGER", ObjectType::Trigger},
        {"SEQUENCE", ObjectType::Sequence}, {"SCHEMA", ObjectType::Schema},       {"DATABASE", ObjectType::Schema},
        {"TYPE", ObjectType::EnumType},
    };
    for (const auto &[word, type] : types)
        if (w.isWord(k, word))
            return type;
    return std::nullopt;
}

// After ADD or DROP in ALTER TABLE: words that start something other than a column.
bool startsNonColumn(const StatementWords &w, qsizetype k)
{
    return w.isAnyWord(k, {"CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "INDEX", "KEY", "FULLTEXT",
                           "SPATIAL", "EXCLUDE", "PARTITION", "PERIOD", "SYSTEM", "DEFAULT", "NOT", "EXPRESSION",
                           "IDENTITY"});
}

QList<ScriptObject> alterTableObjects(const ReviewedStatement &s, const char *verb)
{
    QList<ScriptObject> objects;
    const std::optional<AlterTable> alter = readAlterTable(s.words);
    if (!alter)
        return objects;
    const StatementWords &w = s.words;
    for (const TokenRange &action : alter->actions) {
        if (!w.isWord(action.begin, verb))
            continue;
        qsizetype k = action.begin + 1;
        if (w.isAnyWord(k, {"INDEX", "KEY"})) { // MySQL: ADD INDEX i (…), DROP INDEX i
            if (const ObjectName index = w.name(w.skipIfExists(k + 1)); !index.isEmpty() && !w.isPunct(k + 1, '('))
                objects.append({ObjectType::Index, index, alter->table, s.line});
            continue;
        }
        if (startsNonColumn(w, k))
            continue;
        if (w.isWord(k, "COLUMN"))
            ++k;
        if (const ObjectName column = w.name(w.skipIfExists(k)); !column.isEmpty())
            objects.append({ObjectType::Column, column, alter->table, s.line});
    }
    return objects;
}

// CREATE INDEX … ON t [USING method] (a, lower(b), c DESC): the names in the list that are no function or keyword.
QStringList indexColumns(const StatementWords &w)
{
    const qsizetype on = w.find("ON", 1, w.size());
    qsizetype open = on;
    while (open >= 0 && open < w.size() && !w.isPunct(open, '('))
        ++open;
    QStringList columns;
    if (open < 0 || open >= w.size())
        return columns;
    const int inside = w.depth(open) + 1;
    for (qsizetype k = open + 1; k < w.size() && w.depth(k) >= inside; ++k) {
        if (!w.isName(k) || w.isPunct(k + 1, '(') || w.isPunct(k + 1, '.')
            || w.isAnyWord(k, {"ASC", "DESC", "NULLS", "FIRST", "LAST", "COLLATE"}))
            continue;
        columns << w.name(k).name;
    }
    return columns;
}

bool isTemporaryCreate(const StatementWords &w)
{
    const qsizetype k = w.skipWords(w.isWords(1, {"OR", "REPLACE"}) ? 3 : 1, {"GLOBAL", "LOCAL"});
    return w.isAnyWord(k, {"TEMP", "TEMPORARY"});
}

// ALTER VIEW|MATERIALIZED VIEW|INDEX|SEQUENCE [IF EXISTS] name RENAME [COLUMN a] TO b
std::optional<SchemaRename> alterObjectRename(const ReviewedStatement &s)
{
    const StatementWords &w = s.words;
    qsizetype k = w.skipWords(1, {"MATERIALIZED"});
    const std::optional<ObjectType> type = typeWord(w, k);
    if (!type || (*type != ObjectType::View && *type != ObjectType::Index && *type != ObjectType::Sequence))
        return std::nullopt;
    const ObjectName object = w.name(w.skipIfExists(k + 1), &k);
    if (!w.isWord(k, "RENAME"))
        return std::nullopt;
    if (w.isWord(k + 1, "TO"))
        return SchemaRename{{*type, object, {}, s.line}, w.name(k + 2)};
    if (w.isWord(k + 1, "COLUMN")) {
        const ObjectName column = w.name(k + 2, &k);
        if (w.isWord(k, "TO"))
            return SchemaRename{{ObjectType::Column, column, object, s.line}, w.name(k + 1)};
    }
    return std::nullopt;
}

} // namespace

QString ScriptObject::describe() const
{
    const auto written = [](const ObjectName &n) { return n.written.isEmpty() ? n.name : n.written; };
    CatalogObject object{type, {}, written(name), written(table)};
    return object.describe();
}

QList<ScriptObject> objectsCreated(const ReviewedStatement &s)
{
    if (!s.words.isWord(0, "CREATE"))
        return alterTableObjects(s, "ADD");
    if (isTemporaryCreate(s.words))
        return {};
    const std::optional<StatementTarget> target = statementTarget(s.text, s.words.dialect());
    if (!target || target->effect != StatementTarget::Effect::Creates || target->replaces)
        return {};
    const CatalogObject &o = target->object;
    const DatabaseKind d = s.words.dialect();
    ScriptObject created{o.type, objectName(o.schema, o.name, d), objectName({}, o.table, d), s.line, {}};
    if (o.type == ObjectType::Index)
        created.columns = indexColumns(s.words);
    return {created};
}

QList<ScriptObject> objectsDropped(const ReviewedStatement &s)
{
    const StatementWords &w = s.words;
    if (!w.isWord(0, "DROP"))
        return alterTableObjects(s, "DROP");
    qsizetype k = w.skipWords(1, {"MATERIALIZED", "TEMPORARY"});
    const std::optional<ObjectType> type = typeWord(w, k);
    if (!type)
        return {};
    k = w.skipIfExists(w.skipWords(k + 1, {"CONCURRENTLY"}));
    const qsizetype on = w.find("ON", k, w.size());
    ObjectName table;
    if (on >= 0)
        table = w.name(w.skipWords(on + 1, {"ONLY"}));
    QList<ScriptObject> objects;
    for (const TokenRange &part : w.splitAtCommas(k, on >= 0 ? on : w.size()))
        if (const ObjectName name = w.name(part.begin); !name.isEmpty())
            objects.append({*type, name, table, s.line});
    return objects;
}

QList<SchemaRename> objectsRenamed(const ReviewedStatement &s)
{
    const StatementWords &w = s.words;
    QList<SchemaRename> renames;
    if (w.isWords(0, {"RENAME", "TABLE"})) {
        for (const TokenRange &part : w.splitAtCommas(2, w.size())) {
            qsizetype k = part.begin;
            const ObjectName from = w.name(k, &k);
            if (!from.isEmpty() && w.isWord(k, "TO"))
                renames.append({{ObjectType::Table, from, {}, s.line}, w.name(k + 1)});
        }
        return renames;
    }
    if (!w.isWord(0, "ALTER"))
        return renames;
    const std::optional<AlterTable> alter = readAlterTable(w);
    if (!alter) {
        if (const std::optional<SchemaRename> rename = alterObjectRename(s))
            renames.append(*rename);
        return renames;
    }
    for (const TokenRange &action : alter->actions) {
        qsizetype k = action.begin + 1;
        if (w.isWord(action.begin, "CHANGE")) { // MySQL: CHANGE [COLUMN] old new definition
            if (w.isWord(k, "COLUMN"))
                ++k;
            const ObjectName from = w.name(w.skipIfExists(k), &k);
            const ObjectName to = w.name(k);
            if (!from.isEmpty() && !to.isEmpty() && !from.sameAs(to))
                renames.append({{ObjectType::Column, from, alter->table, s.line}, to});
            continue;
        }
        if (!w.isWord(action.begin, "RENAME") || w.isWord(k, "CONSTRAINT"))
            continue;
        if (w.isAnyWord(k, {"TO", "AS"})) {
            renames.append({{ObjectType::Table, alter->table, {}, s.line}, w.name(k + 1)});
        } else if (w.isAnyWord(k, {"INDEX", "KEY"})) {
            const ObjectName from = w.name(k + 1, &k);
            if (w.isWord(k, "TO"))
                renames.append({{ObjectType::Index, from, alter->table, s.line}, w.name(k + 1)});
        } else {
            const bool column = w.isWord(k, "COLUMN");
            const ObjectName from = w.name(column ? k + 1 : k, &k);
            if (w.isWord(k, "TO"))
                renames.append({{ObjectType::Column, from, alter->table, s.line}, w.name(k + 1)});
            else if (!column && !from.isEmpty() && w.dialect() == DatabaseKind::MySql) // MySQL: RENAME new_name
                renames.append({{ObjectType::Table, alter->table, {}, s.line}, from});
        }
    }
    return renames;
}

QList<ScriptObject> objectsLeftCreated(const ReviewedScript &script)
{
    QList<ScriptObject> created;
    for (const ReviewedStatement &s : script.statements) {
        for (const ScriptObject &dropped : objectsDropped(s))
            created.removeIf([&](const ScriptObject &o) { return removes(dropped, o, s.words.dialect()); });
        for (const SchemaRename &rename : objectsRenamed(s)) {
            created.removeIf([&](const ScriptObject &o) {
                return o.type == rename.from.type && o.name.sameAs(rename.from.name)
                    && (rename.from.table.isEmpty() || o.table.sameAs(rename.from.table));
            });
            if (rename.from.type == ObjectType::Table)
                for (ScriptObject &o : created)
                    if (o.table.sameAs(rename.from.name))
                        o.table = rename.to;
        }
        created += objectsCreated(s);
    }
    return created;
}

bool removes(const ScriptObject &dropped, const ScriptObject &object, DatabaseKind dialect)
{
    if (dropped.type == ObjectType::Column && object.type == ObjectType::Index && object.table.sameAs(dropped.table)
        && object.columns.contains(dropped.name.name))
        return dialect != DatabaseKind::MySql || object.columns.size() == 1;
    if (dropped.type == object.type && dropped.name.sameAs(object.name))
        return dropped.table.isEmpty() || object.table.isEmpty() || dropped.table.sameAs(object.table);
    const bool onTable = object.type == ObjectType::Column || object.type == ObjectType::Index || object.type == ObjectType::Trigger;
    if (dropped.type == ObjectType::Table && onTable && object.table.sameAs(dropped.name))
        return true;
    const QString &schema = onTable ? object.table.schema : object.name.schema;
    return dropped.type == ObjectType::Schema && !schema.isEmpty() && schema == dropped.name.name;
}

} // namespace tidemark
