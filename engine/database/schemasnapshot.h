#pragma once

#include <QList>
#include <QString>

namespace tidemark {

// One object of a database's schema as normalised DDL. The same schema reads as the same text on every read,
// whatever order the catalog returns rows in and whatever the database is named, so that two snapshots compare
// and diff object by object (a rehearsal's before and after, a scratch copy against its original).
struct SchemaObject
{
    enum class Kind : quint8 { Schema, Type, Sequence, Table, Index, View, Function, Procedure, Trigger };

    Kind kind = Kind::Table;
    // Schema-qualified where the database has schemas ("public.orders"), else bare ("orders"). On PostgreSQL a
    // function or procedure carries its arguments ("public.add(a integer)"), as overloads share a name, and a trigger
    // its table ("public.orders.orders_audit"), as trigger names are unique only per table.
    QString name;
    QString ddl;  // the statement that creates it, normalised, ending in ";"

    friend bool operator==(const SchemaObject &, const SchemaObject &) = default;
};

// "table", "view", … as the CLI and the diff view name an object.
QString schemaObjectKindName(SchemaObject::Kind kind);

// The user schema of one database (never the system catalogs, never Tidemark's own tables and what belongs to
// them), objects ordered by kind and then by name.
struct SchemaSnapshot
{
    QList<SchemaObject> objects;

    // Every object's DDL, one blank line between, for a line diff.
    QString text() const;
    const SchemaObject *find(SchemaObject::Kind kind, const QString &name) const;

    friend bool operator==(const SchemaSnapshot &, const SchemaSnapshot &) = default;
};

// Orders objects as SchemaSnapshot keeps them.
void sortSchemaObjects(QList<SchemaObject> &objects);

} // namespace tidemark
