#include "schemasnapshot.h"

#include <QStringList>

#include <algorithm>

namespace tidemark {

QString schemaObjectKindName(SchemaObject::Kind kind)
{
    switch (kind) {
    case SchemaObject::Kind::Schema: return QStringLiteral("schema");
    case SchemaObject::Kind::Type: return QStringLiteral("type");
    case SchemaObject::Kind::Sequence: return QStringLiteral("sequence");
    case SchemaObject::Kind::Table: return QStringLiteral("table");
    case SchemaObject::Kind::Index: return QStringLiteral("index");
    case SchemaObject::Kind::View: return QStringLiteral("view");
    case SchemaObject::Kind::Function: return QStringLiteral("function");
    case SchemaObject::Kind::Procedure: return QStringLiteral("procedure");
    case SchemaObject::Kind::Trigger: return QStringLiteral("trigger");
    }
    return {};
}

QString SchemaSnapshot::text() const
{
    QStringList ddl;
    ddl.reserve(objects.size());
    for (const SchemaObject &object : objects)
        ddl << object.ddl;
    return ddl.isEmpty() ? QString() : ddl.join(QStringLiteral("\n\n")) + u'\n';
}

const SchemaObject *SchemaSnapshot::find(SchemaObject::Kind kind, const QString &name) const
{
    const auto it = std::find_if(objects.cbegin(), objects.cend(), [&](const SchemaObject &object) {
        return object.kind == kind && object.name == name;
    });
    return it == objects.cend() ? nullptr : &*it;
}

void sortSchemaObjects(QList<SchemaObject> &objects)
{
    // The DDL breaks ties, so that the order never depends on the order the catalog returned rows in.
    std::sort(objects.begin(), objects.end(), [](const SchemaObject &a, const SchemaObject &b) {
        return std::tie(a.kind, a.name, a.ddl) < std::tie(b.kind, b.name, b.ddl);
    });
}

} // namespace tidemark
