// PostgresDialect::schemaSnapshot: the user schema read from the catalog, with search_path set to pg_catalog for the
// while, so that every other name prints schema-qualified whatever the session's search_path.
#include "postgresdialect.h"
#include "postgresschema.h"
#include "schemaread.h"

#include <QHash>

namespace tidemark {
namespace {

using Kind = SchemaObject::Kind;

// Every schema but the system's (pg_catalog, information_schema, pg_toast*, pg_temp*), for the alias n.
constexpr auto userSchema = "n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'";

// Not a member of an extension: CREATE EXTENSION makes those, not the migrations.
QString notInExtension(const char *catalog, const char *oid)
{
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = '%1'::regclass AND e.objid = %2 "
                          "AND e.deptype = 'e')")
        .arg(QLatin1String(catalog), QLatin1String(oid));
}

// A string literal that reads the same whatever standard_conforming_strings says.
QString literal(QString text)
{
    return QStringLiteral("E'") + text.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'")) + u'\'';
}

// Tidemark's tables and its trigger function, by oid, as "0,…" for NOT IN (…).
struct TidemarkOids
{
    QString tables = QStringLiteral("0");
    QString functions = QStringLiteral("0");
};

std::optional<TidemarkOids> tidemarkOids(const QSqlDatabase &db, const TableNames &t, QString *error)
{
    // Run with the session's own search_path, which says where the tables are (postgresTargetSchemaSql).
    const QString schema = QLatin1String(postgresTargetSchemaSql);
    std::optional<QSqlQuery> query = catalogQuery(
        db,
        QStringLiteral("SELECT 'r', c.oid FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
                       "ON n.oid = c.relnamespace WHERE n.nspname = %1 AND c.relname IN (%2, %3, %4) "
                       "UNION ALL SELECT 'f', p.oid FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n "
                       "ON n.oid = p.pronamespace WHERE n.nspname = %1 AND p.proname = %5")
            .arg(schema, literal(t.history.toLower()), literal(t.events.toLower()), literal(t.lock.toLower()),
                 literal(postgresEventsGuardName(t.events.toLower()))),
        error);
    if (!query)
        return std::nullopt;
    TidemarkOids oids;
    while (query->next())
        (query->value(0).toString() == u"r" ? oids.tables : oids.functions) += u',' + query->value(1).toString();
    return readToEnd(*query, error) ? std::optional(oids) : std::nullopt;
}

// Sets search_path to pg_catalog alone while the snapshot reads, so that every name the catalog functions print
// outside pg_catalog is schema-qualified whatever the session's search_path (a migration may change it), and
// restores the session's own afterwards, kept meanwhile in a setting of the session. Inside a transaction that
// failed, the rollback restores it.
class CatalogSearchPath
{
public:
    explicit CatalogSearchPath(const QSqlDatabase &db) : m_db(db) {}
    ~CatalogSearchPath()
    {
        QString ignored;
        if (m_set)
            catalogQuery(m_db,
                         QStringLiteral("SELECT pg_catalog.set_config('search_path', "
                                        "pg_catalog.current_setting('tidemark.saved_search_path'), false)"),
                         &ignored);
    }
    Q_DISABLE_COPY_MOVE(CatalogSearchPath)

    bool set(QString *error)
    {
        m_set = catalogQuery(m_db,
                             QStringLiteral("SELECT pg_catalog.set_config('tidemark.saved_search_path', "
                                            "pg_catalog.current_setting('search_path'), false)"),
                             error)
                && catalogQuery(m_db, QStringLiteral("SELECT pg_catalog.set_config('search_path', 'pg_catalog', false)"),
                                error);
        return m_set;
    }

private:
    QSqlDatabase m_db;
    bool m_set = false;
};

// Queries that render whole objects: each row is a kind letter, the object's name and its DDL.
QStringList objectQueries(const TidemarkOids &oids)
{
    const QString user = QLatin1String(userSchema);
    const QString collate = QStringLiteral("' COLLATE ' || %1::regcollation::text");
    return {
        QStringLiteral("SELECT 's', n.nspname, format('CREATE SCHEMA %I', n.nspname) FROM pg_namespace n "
                       "WHERE %1 AND n.nspname <> 'public' AND %2")
            .arg(user, notInExtension("pg_namespace", "n.oid")),
        // Enums, domains, composite types and ranges; arrays and the row types of tables come with their own.
        QStringLiteral(
            "SELECT 'y', n.nspname || '.' || t.typname, CASE t.typtype "
            "WHEN 'e' THEN format('CREATE TYPE %I.%I AS ENUM (%s)', n.nspname, t.typname, (SELECT "
            "string_agg(quote_literal(l.enumlabel), ', ' ORDER BY l.enumsortorder) FROM pg_enum l WHERE l.enumtypid = t.oid)) "
            "WHEN 'd' THEN format('CREATE DOMAIN %I.%I AS %s', n.nspname, t.typname, format_type(t.typbasetype, t.typtypmod)) "
            "|| CASE WHEN t.typcollation <> b.typcollation THEN %3 ELSE '' END "
            "|| coalesce(' DEFAULT ' || t.typdefault, '') || CASE WHEN t.typnotnull THEN ' NOT NULL' ELSE '' END "
            "|| coalesce((SELECT string_agg(format(' CONSTRAINT %I %s', k.conname, pg_get_constraintdef(k.oid)), '' "
            "ORDER BY k.conname) FROM pg_constraint k WHERE k.contypid = t.oid AND k.contype = 'c'), '') "
            "WHEN 'c' THEN format('CREATE TYPE %I.%I AS (%s)', n.nspname, t.typname, (SELECT string_agg(format('%I %s', "
            "a.attname, format_type(a.atttypid, a.atttypmod)) || CASE WHEN a.attcollation <> at.typcollation THEN %4 ELSE '' END, "
            "', ' ORDER BY a.attnum) FROM pg_attribute a JOIN pg_type at ON at.oid = a.atttypid "
            "WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped)) "
            "ELSE format('CREATE TYPE %I.%I AS RANGE (subtype = %s)', n.nspname, t.typname, (SELECT "
            "format_type(r.rngsubtype, NULL) FROM pg_range r WHERE r.rngtypid = t.oid)) END "
            "FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace LEFT JOIN pg_type b ON b.oid = t.typbasetype "
            "WHERE %1 AND %2 AND (t.typtype IN ('e', 'd', 'r') OR (t.typtype = 'c' "
            "AND (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = 'c'))")
            .arg(user, notInExtension("pg_type", "t.oid"), collate.arg(QLatin1String("t.typcollation")),
                 collate.arg(QLatin1String("a.attcollation"))),
        // Sequences of serial and identity columns belong to the column's default.
        QStringLiteral("SELECT 'q', n.nspname || '.' || c.relname, format('CREATE SEQUENCE %I.%I AS %s INCREMENT BY %s "
                       "MINVALUE %s MAXVALUE %s START WITH %s CACHE %s%s', n.nspname, c.relname, format_type(s.seqtypid, NULL), "
                       "s.seqincrement, s.seqmin, s.seqmax, s.seqstart, s.seqcache, CASE WHEN s.seqcycle THEN ' CYCLE' ELSE '' END) "
                       "FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE %1 AND %2 AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass "
                       "AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0 "
                       "AND d.deptype IN ('a', 'i'))")
            .arg(user, notInExtension("pg_class", "c.oid")),
        // An index that backs a primary key, unique or exclusion constraint is in its table's DDL.
        QStringLiteral("SELECT 'i', n.nspname || '.' || ci.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i "
                       "JOIN pg_class ci ON ci.oid = i.indexrelid JOIN pg_namespace n ON n.oid = ci.relnamespace "
                       "WHERE %1 AND %2 AND i.indrelid NOT IN (%3) AND NOT EXISTS (SELECT 1 FROM pg_constraint k "
                       "WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x'))")
            .arg(user, notInExtension("pg_class", "i.indrelid"), oids.tables),
        QStringLiteral("SELECT 'v', n.nspname || '.' || c.relname, format('CREATE %sVIEW %I.%I%s AS', CASE c.relkind "
                       "WHEN 'm' THEN 'MATERIALIZED ' ELSE '' END, n.nspname, c.relname, ' WITH (' || "
                       "array_to_string(c.reloptions, ', ') || ')') || E'\\n' || pg_get_viewdef(c.oid, true) "
                       "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('v', 'm') "
                       "AND %1 AND %2")
            .arg(user, notInExtension("pg_class", "c.oid")),
        // Named with their arguments, as overloads are told apart; aggregates have no pg_get_functiondef.
        QStringLiteral("SELECT CASE p.prokind WHEN 'p' THEN 'p' ELSE 'f' END, format('%s.%s(%s)', n.nspname, p.proname, "
                       "pg_get_function_identity_arguments(p.oid)), pg_get_functiondef(p.oid) FROM pg_proc p "
                       "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.prokind IN ('f', 'p', 'w') AND %1 AND %2 "
                       "AND p.oid NOT IN (%3)")
            .arg(user, notInExtension("pg_proc", "p.oid"), oids.functions),
        // Named after their table too, as a trigger's name is unique only on its table.
        QStringLiteral("SELECT 't', format('%s.%s.%s', n.nspname, c.relname, t.tgname), pg_get_triggerdef(t.oid) "
                       "FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE NOT t.tgisinternal AND %1 AND %2 AND t.tgrelid NOT IN (%3)")
            .arg(user, notInExtension("pg_class", "c.oid"), oids.tables),
    };
}

Kind kindOf(const QString &letter)
{
    static const QHash<QString, Kind> kinds{
        {QStringLiteral("s"), Kind::Schema}, {QStringLiteral("y"), Kind::Type},      {QStringLiteral("q"), Kind::Sequence},
        {QStringLiteral("i"), Kind::Index},  {QStringLiteral("v"), Kind::View},      {QStringLiteral("f"), Kind::Function},
        {QStringLiteral("p"), Kind::Procedure}, {QStringLiteral("t"), Kind::Trigger},
    };
    return kinds.value(letter, Kind::Table);
}

// The lines inside a table's parentheses, by the table's oid: columns in attnum order, or constraints by name.
using TableLines = QHash<QString, QStringList>;

std::optional<TableLines> tableLines(const QSqlDatabase &db, const QString &sql, QString *error)
{
    std::optional<QSqlQuery> query = catalogQuery(db, sql, error);
    if (!query)
        return std::nullopt;
    TableLines lines;
    while (query->next())
        lines[query->value(0).toString()] << query->value(1).toString();
    return readToEnd(*query, error) ? std::optional(lines) : std::nullopt;
}

std::optional<TableLines> columnLines(const QSqlDatabase &db, QString *error)
{
    return tableLines(
        db,
        QStringLiteral(
            "SELECT a.attrelid, format('%I %s', a.attname, format_type(a.atttypid, a.atttypmod)) "
            "|| CASE WHEN a.attcollation <> t.typcollation THEN ' COLLATE ' || a.attcollation::regcollation::text ELSE '' END "
            "|| CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END "
            "|| CASE WHEN a.attgenerated = 's' THEN ' GENERATED ALWAYS AS (' || pg_get_expr(d.adbin, d.adrelid) || ') STORED' "
            "WHEN d.adbin IS NOT NULL THEN ' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid) ELSE '' END "
            "|| CASE a.attidentity WHEN 'a' THEN ' GENERATED ALWAYS AS IDENTITY' "
            "WHEN 'd' THEN ' GENERATED BY DEFAULT AS IDENTITY' ELSE '' END "
            "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            "JOIN pg_type t ON t.oid = a.atttypid LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
            "WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped AND %1 ORDER BY a.attrelid, a.attnum")
            .arg(QLatin1String(userSchema)),
        error);
}

// A partition lists only the constraints of its own: the others, and every column, come from its parent.
std::optional<TableLines> constraintLines(const QSqlDatabase &db, QString *error)
{
    return tableLines(db,
                      QStringLiteral("SELECT k.conrelid, format('CONSTRAINT %I %s', k.conname, pg_get_constraintdef(k.oid)) "
                                     "FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid "
                                     "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE k.contype IN ('p', 'u', 'f', 'c', 'x') "
                                     "AND (k.conislocal OR NOT c.relispartition) AND %1 ORDER BY k.conrelid, k.conname")
                          .arg(QLatin1String(userSchema)),
                      error);
}

std::optional<QList<SchemaObject>> tables(const QSqlDatabase &db, const TidemarkOids &oids, QString *error)
{
    const std::optional<TableLines> columns = columnLines(db, error);
    const std::optional<TableLines> constraints = columns ? constraintLines(db, error) : std::nullopt;
    if (!constraints)
        return std::nullopt;
    std::optional<QSqlQuery> query = catalogQuery(
        db,
        QStringLiteral("SELECT c.oid, n.nspname || '.' || c.relname, format('CREATE %sTABLE %I.%I', CASE c.relpersistence "
                       "WHEN 'u' THEN 'UNLOGGED ' ELSE '' END, n.nspname, c.relname), c.relispartition, "
                       "(SELECT format('%I.%I', pn.nspname, pc.relname) FROM pg_inherits h JOIN pg_class pc ON pc.oid = h.inhparent "
                       "JOIN pg_namespace pn ON pn.oid = pc.relnamespace WHERE h.inhrelid = c.oid AND c.relispartition), "
                       "pg_get_expr(c.relpartbound, c.oid), CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END, "
                       "array_to_string(c.reloptions, ', ') FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE c.relkind IN ('r', 'p') AND %1 AND %2 AND c.oid NOT IN (%3)")
            .arg(QLatin1String(userSchema), notInExtension("pg_class", "c.oid"), oids.tables),
        error);
    if (!query)
        return std::nullopt;
    QList<SchemaObject> objects;
    while (query->next()) {
        const QString oid = query->value(0).toString();
        const bool partition = query->value(3).toBool();
        QString ddl = query->value(2).toString();
        if (partition)
            ddl += QStringLiteral(" PARTITION OF ") + query->value(4).toString();
        const QStringList lines = (partition ? QStringList() : columns->value(oid)) + constraints->value(oid);
        if (!lines.isEmpty())
            ddl += QStringLiteral(" (\n    ") + lines.join(QStringLiteral(",\n    ")) + QStringLiteral("\n)");
        else if (!partition)
            ddl += QStringLiteral(" ()");
        if (partition)
            ddl += u'\n' + query->value(5).toString();
        if (!query->value(6).isNull())
            ddl += QStringLiteral("\nPARTITION BY ") + query->value(6).toString();
        if (!query->value(7).isNull())
            ddl += QStringLiteral("\nWITH (") + query->value(7).toString() + u')';
        objects.append({Kind::Table, query->value(1).toString(), normalisedDdl(ddl)});
    }
    return readToEnd(*query, error) ? std::optional(objects) : std::nullopt;
}

} // namespace

std::optional<SchemaSnapshot> PostgresDialect::schemaSnapshot(const QSqlDatabase &db, const TableNames &tidemarkTables,
                                                              QString *error) const
{
    const std::optional<TidemarkOids> oids = tidemarkOids(db, tidemarkTables, error);
    if (!oids)
        return std::nullopt;
    CatalogSearchPath searchPath(db);
    if (!searchPath.set(error))
        return std::nullopt;
    std::optional<QList<SchemaObject>> objects = tables(db, *oids, error);
    if (!objects)
        return std::nullopt;
    for (const QString &sql : objectQueries(*oids)) {
        std::optional<QSqlQuery> query = catalogQuery(db, sql, error);
        if (!query)
            return std::nullopt;
        while (query->next())
            objects->append({kindOf(query->value(0).toString()), query->value(1).toString(),
                             normalisedDdl(query->value(2).toString())});
        if (!readToEnd(*query, error))
            return std::nullopt;
    }
    SchemaSnapshot snapshot{std::move(*objects)};
    sortSchemaObjects(snapshot.objects);
    return snapshot;
}

} // namespace tidemark
