// Dialect::presence for each database: what its catalog says about one object a statement creates or drops.
#include "core/tr.h"
#include "mysqldialect.h"
#include "postgresdialect.h"
#include "sqlerror.h"
#include "sqlitedialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace tidemark {
namespace {

using Type = CatalogObject::Type;

// Runs a query whose first row, if any, means the object is there; a second column false means INVALID.
std::optional<CatalogPresence> presenceFrom(QSqlQuery &query, const QVariantList &values, QString *error)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = databaseMessage(query.lastError());
        return std::nullopt;
    }
    if (!query.next())
        return CatalogPresence::Absent;
    const bool invalid = query.record().count() > 1 && !query.value(1).isNull() && !query.value(1).toBool();
    return invalid ? CatalogPresence::Invalid : CatalogPresence::Present;
}

std::optional<CatalogPresence> ask(const QSqlDatabase &db, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery query(db);
    if (!query.prepare(sql)) {
        *error = databaseMessage(query.lastError());
        return std::nullopt;
    }
    return presenceFrom(query, values, error);
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

std::optional<CatalogPresence> SqliteDialect::presence(const QSqlDatabase &db, const CatalogObject &object,
                                                       QString *error) const
{
    const QString master = object.schema.isEmpty() ? QStringLiteral("sqlite_master") : object.schema + ".sqlite_master";
    switch (object.type) {
    case Type::Table: case Type::Index: case Type::View: case Type::Trigger: {
        static const char *const types[] = {"table", "index", "view", "", "", "trigger"};
        return ask(db, QStringLiteral("SELECT 1 FROM %1 WHERE type = ? AND name = ? COLLATE NOCASE").arg(master),
                   {QString::fromLatin1(types[int(object.type)]), object.name}, error);
    }
    case Type::Column:
        return ask(db, QStringLiteral("SELECT 1 FROM pragma_table_info(?) WHERE name = ? COLLATE NOCASE"),
                   {object.table, object.name}, error);
    default:
        return std::nullopt; // SQLite has no routines, sequences, schemas or types of its own
    }
}

std::optional<CatalogPresence> PostgresDialect::presence(const QSqlDatabase &db, const CatalogObject &object,
                                                         QString *error) const
{
    // Names resolve through search_path, as the migration's own statements resolve them.
    const QString qualified = object.schema.isEmpty() ? QStringLiteral("quote_ident(?)")
                                                      : QStringLiteral("quote_ident(?) || '.' || quote_ident(?)");
    const QVariantList name = object.schema.isEmpty() ? QVariantList{object.name} : QVariantList{object.schema, object.name};
    const QString inSchema = object.schema.isEmpty() ? QStringLiteral("n.nspname = ANY (current_schemas(false))")
                                                     : QStringLiteral("n.nspname = ?");
    const QVariantList schema = object.schema.isEmpty() ? QVariantList{} : QVariantList{object.schema};
    switch (object.type) {
    case Type::Table: case Type::Index: case Type::View: case Type::Sequence: {
        static const char *const kinds[] = {"'r', 'p', 'f'", "'i', 'I'", "'v', 'm'", "", "", "", "'S'"};
        return ask(db, QStringLiteral("SELECT 1, i.indisvalid FROM pg_catalog.pg_class c "
                                      "LEFT JOIN pg_catalog.pg_index i ON i.indexrelid = c.oid "
                                      "WHERE c.oid = to_regclass(%1) AND c.relkind IN (%2)")
                           .arg(qualified, QLatin1String(kinds[int(object.type)])),
                   name, error);
    }
    case Type::Function: case Type::Procedure:
        return ask(db, QStringLiteral("SELECT 1 FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n "
                                      "ON n.oid = p.pronamespace WHERE p.proname = ? AND p.prokind = ? AND %1")
                           .arg(inSchema),
                   QVariantList{object.name, object.type == Type::Function ? "f" : "p"} + schema, error);
    case Type::Trigger:
        return ask(db, QStringLiteral("SELECT 1 FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid "
                                      "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                                      "WHERE t.tgname = ? AND (?::text IS NULL OR c.relname = ?) AND %1")
                           .arg(inSchema),
                   QVariantList{object.name, textOrNull(object.table), object.table} + schema, error);
    case Type::Schema:
        return ask(db, QStringLiteral("SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = ?"), {object.name}, error);
    case Type::EnumType:
        return ask(db, QStringLiteral("SELECT 1 WHERE to_regtype(%1) IS NOT NULL").arg(qualified), name, error);
    case Type::Column:
        return ask(db, QStringLiteral("SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass(quote_ident(?)) "
                                      "AND attname = ? AND NOT attisdropped"),
                   {object.table, object.name}, error);
    }
    return std::nullopt;
}

std::optional<CatalogPresence> MySqlDialect::presence(const QSqlDatabase &db, const CatalogObject &object,
                                                      QString *error) const
{
    const QString schema = QStringLiteral("COALESCE(?, DATABASE())");
    const QVariant schemaValue = textOrNull(object.schema);
    switch (object.type) {
    case Type::Table: case Type::View: case Type::Sequence: {
        static const char *const tableTypes[] = {"'BASE TABLE'", "", "'VIEW', 'SYSTEM VIEW'", "", "", "", "'SEQUENCE'"};
        return ask(db, QStringLiteral("SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = %1 AND TABLE_NAME = ? "
                                      "AND TABLE_TYPE IN (%2)")
                           .arg(schema, QLatin1String(tableTypes[int(object.type)])),
                   {schemaValue, object.name}, error);
    }
    case Type::Index:
        return ask(db, QStringLiteral("SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = %1 "
                                      "AND INDEX_NAME = ? AND (? IS NULL OR TABLE_NAME = ?)")
                           .arg(schema),
                   {schemaValue, object.name, textOrNull(object.table), object.table}, error);
    case Type::Function: case Type::Procedure:
        return ask(db, QStringLiteral("SELECT 1 FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = %1 "
                                      "AND ROUTINE_NAME = ? AND ROUTINE_TYPE = ?")
                           .arg(schema),
                   {schemaValue, object.name, object.type == Type::Function ? "FUNCTION" : "PROCEDURE"}, error);
    case Type::Trigger:
        return ask(db, QStringLiteral("SELECT 1 FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = %1 "
                                      "AND TRIGGER_NAME = ?")
                           .arg(schema),
                   {schemaValue, object.name}, error);
    case Type::Schema:
        return ask(db, QStringLiteral("SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?"), {object.name},
                   error);
    case Type::Column:
        return ask(db, QStringLiteral("SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                                      "AND TABLE_NAME = ? AND COLUMN_NAME = ?"),
                   {object.table, object.name}, error);
    case Type::EnumType:
        break; // MySQL has no types of its own
    }
    return std::nullopt;
}

} // namespace tidemark
