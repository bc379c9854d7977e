// SqliteDialect::schemaSnapshot: the user schema as sqlite_master stores it.
#include "schemaread.h"
#include "sqlitedialect.h"

namespace tidemark {

std::optional<SchemaSnapshot> SqliteDialect::schemaSnapshot(const QSqlDatabase &db, const TableNames &tidemarkTables,
                                                            QString *error) const
{
    // Automatic indexes (of PRIMARY KEY and UNIQUE) have no sql: their table's DDL holds them.
    std::optional<QSqlQuery> query = catalogQuery(
        db,
        QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                       "AND type IN ('table', 'index', 'view', 'trigger') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"),
        error);
    if (!query)
        return std::nullopt;
    const QStringList excluded{tidemarkTables.history, tidemarkTables.events, tidemarkTables.lock};
    SchemaSnapshot snapshot;
    while (query->next()) {
        if (excluded.contains(query->value(2).toString(), Qt::CaseInsensitive)) // SQLite's names ignore ASCII case
            continue;
        const QString type = query->value(0).toString();
        const SchemaObject::Kind kind = type == u"table"   ? SchemaObject::Kind::Table
                                        : type == u"index" ? SchemaObject::Kind::Index
                                        : type == u"view"  ? SchemaObject::Kind::View
                                                           : SchemaObject::Kind::Trigger;
        snapshot.objects.append({kind, query->value(1).toString(), normalisedDdl(query->value(3).toString())});
    }
    if (!readToEnd(*query, error))
        return std::nullopt;
    sortSchemaObjects(snapshot.objects);
    return snapshot;
}

} // namespace tidemark
