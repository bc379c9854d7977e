#pragma once

#include "core/catalogobject.h"
#include "reviewedscript.h"

#include <QList>
#include <QStringList>

namespace tidemark {

// An object a statement creates, drops or renames, with names folded as ObjectName folds them.
struct ScriptObject
{
    CatalogObject::Type type = CatalogObject::Type::Table;
    ObjectName name;  // a column's own name for Column
    ObjectName table; // the table of a column, and of an index or trigger where the statement names it
    int line = 0;     // the file line of the statement
    QStringList columns = {}; // of an index the statement creates: the names in its column list

    QString describe() const; // "table orders", "column orders.note"
};

struct SchemaRename
{
    ScriptObject from; // its line is the rename's
    ObjectName to;
};

// CREATE of a table, index, view, routine, trigger, sequence, schema or type (statementTarget's), not TEMP and
// not OR REPLACE; ALTER TABLE … ADD [COLUMN] c, every one of a list.
QList<ScriptObject> objectsCreated(const ReviewedStatement &statement);
// DROP of any of those, lists too; ALTER TABLE … DROP [COLUMN] c and DROP INDEX|KEY i.
QList<ScriptObject> objectsDropped(const ReviewedStatement &statement);
// ALTER TABLE|VIEW|INDEX|SEQUENCE … RENAME [TO|AS] …, RENAME [COLUMN] a TO b, RENAME INDEX|KEY a TO b, MySQL's
// CHANGE [COLUMN] a b … with two names, and MySQL's RENAME TABLE a TO b, c TO d.
QList<SchemaRename> objectsRenamed(const ReviewedStatement &statement);

// What the script creates and still has at its end: not what a later statement of it drops or renames.
QList<ScriptObject> objectsLeftCreated(const ReviewedScript &script);
// Whether dropping `dropped` removes `object`: it is the object, its table, or its schema; or a column of an index
// (PostgreSQL drops an index with any of its columns, MariaDB/MySQL only with its last: here, its only one).
bool removes(const ScriptObject &dropped, const ScriptObject &object, DatabaseKind dialect);

} // namespace tidemark
