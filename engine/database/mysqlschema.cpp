// MySqlDialect::schemaSnapshot: the current database's objects as SHOW CREATE gives them, normalised so that the
// same schema in a database of another name reads the same, and each object's DDL, run there, makes it again.
#include "mysqldialect.h"
#include "schemaread.h"

#include <QRegularExpression>

namespace tidemark {
namespace {

using Kind = SchemaObject::Kind;

QString quoted(QString name)
{
    return u'`' + name.replace(u'`', QStringLiteral("``")) + u'`';
}

// CREATE without the definer (another server's user), ALGORITHM=UNDEFINED and SQL SECURITY DEFINER (the defaults).
QString withoutDefaults(const QString &ddl)
{
    static const QRegularExpression head(
        QStringLiteral(R"(^CREATE\s+(?:ALGORITHM\s*=\s*(\w+)\s+)?)"
                       R"((?:DEFINER\s*=\s*(?:`(?:[^`]|``)*`|'(?:[^']|'')*'|[^\s@]+)(?:@(?:`(?:[^`]|``)*`|'(?:[^']|'')*'|\S+))?\s+)?)"
                       R"((?:SQL\s+SECURITY\s+(\w+)\s+)?)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = head.match(ddl);
    if (!m.hasMatch())
        return ddl;
    QString create = QStringLiteral("CREATE ");
    if (!m.captured(1).isEmpty() && m.captured(1).compare(u"UNDEFINED", Qt::CaseInsensitive) != 0)
        create += QStringLiteral("ALGORITHM=") + m.captured(1) + u' ';
    if (!m.captured(2).isEmpty() && m.captured(2).compare(u"DEFINER", Qt::CaseInsensitive) != 0)
        create += QStringLiteral("SQL SECURITY ") + m.captured(2) + u' ';
    return create + ddl.mid(m.capturedEnd());
}

// The table's next AUTO_INCREMENT value is the rows', not the schema's.
QString withoutAutoIncrement(QString ddl)
{
    static const QRegularExpression option(QStringLiteral(R"((^\)[^\n]*?) AUTO_INCREMENT=\d+)"),
                                           QRegularExpression::MultilineOption);
    return ddl.replace(option, QStringLiteral("\\1"));
}

class Reader
{
public:
    Reader(const QSqlDatabase &db, const TableNames &tables) : m_db(db), m_tidemark{tables.history, tables.events, tables.lock} {}

    bool readDatabaseName(QString *error)
    {
        std::optional<QSqlQuery> query = catalogQuery(m_db, QStringLiteral("SELECT DATABASE()"), error);
        if (!query || !query->next())
            return query && readToEnd(*query, error);
        if (!query->value(0).isNull()) // none without a current database, where SHOW FULL TABLES then fails
            m_qualifier = quoted(query->value(0).toString()) + u'.';
        return true;
    }

    bool isTidemarks(const QString &table) const { return m_tidemark.contains(table, Qt::CaseInsensitive); }

    // Appends the object whose DDL is column `column` of the SHOW CREATE statement's one row.
    bool add(Kind kind, const QString &name, const QString &showCreate, int column, QString *error)
    {
        const QString sql = showCreate + u' ' + quoted(name);
        std::optional<QSqlQuery> query = catalogQuery(m_db, sql, error);
        if (!query)
            return false;
        const QVariant definition = query->next() ? query->value(column) : QVariant();
        if (definition.isNull()) { // MySQL shows a routine whose definition the user may not see as NULL
            if (readToEnd(*query, error))
                *error = sql + QStringLiteral(": NULL"); // the server's own answer, as there is no message
            return false;
        }
        QString ddl = withoutDefaults(definition.toString());
        if (!m_qualifier.isEmpty())
            ddl.remove(m_qualifier); // MariaDB qualifies a view's columns and tables by their database
        if (kind == Kind::Table)
            ddl = withoutAutoIncrement(ddl);
        objects.append({kind, name, normalisedDdl(ddl)});
        return true;
    }

    QList<SchemaObject> objects;

private:
    QSqlDatabase m_db;
    QStringList m_tidemark;
    QString m_qualifier;
};

// Each name the query lists, with the second column, as pairs.
std::optional<QList<std::pair<QString, QString>>> namePairs(const QSqlDatabase &db, const QString &sql, QString *error)
{
    std::optional<QSqlQuery> query = catalogQuery(db, sql, error);
    if (!query)
        return std::nullopt;
    QList<std::pair<QString, QString>> pairs;
    while (query->next())
        pairs.append({query->value(0).toString(), query->value(1).toString()});
    return readToEnd(*query, error) ? std::optional(pairs) : std::nullopt;
}

} // namespace

std::optional<SchemaSnapshot> MySqlDialect::schemaSnapshot(const QSqlDatabase &db, const TableNames &tidemarkTables,
                                                           QString *error) const
{
    Reader reader(db, tidemarkTables);
    if (!reader.readDatabaseName(error))
        return std::nullopt;
    const auto tables = namePairs(db, QStringLiteral("SHOW FULL TABLES"), error);
    if (!tables)
        return std::nullopt;
    for (const auto &[name, type] : *tables) {
        const bool ok = type == u"VIEW"       ? reader.add(Kind::View, name, QStringLiteral("SHOW CREATE VIEW"), 1, error)
                        : type == u"SEQUENCE" ? reader.add(Kind::Sequence, name, QStringLiteral("SHOW CREATE SEQUENCE"), 1, error)
                        : reader.isTidemarks(name) || reader.add(Kind::Table, name, QStringLiteral("SHOW CREATE TABLE"), 1, error);
        if (!ok)
            return std::nullopt;
    }
    const auto routines = namePairs(db,
                                    QStringLiteral("SELECT ROUTINE_NAME, ROUTINE_TYPE FROM information_schema.ROUTINES "
                                                   "WHERE ROUTINE_SCHEMA = DATABASE() AND ROUTINE_TYPE IN ('FUNCTION', 'PROCEDURE')"),
                                    error);
    if (!routines)
        return std::nullopt;
    for (const auto &[name, type] : *routines) {
        const bool procedure = type == u"PROCEDURE";
        if (!reader.add(procedure ? Kind::Procedure : Kind::Function, name,
                        procedure ? QStringLiteral("SHOW CREATE PROCEDURE") : QStringLiteral("SHOW CREATE FUNCTION"), 2, error))
            return std::nullopt;
    }
    const auto triggers = namePairs(db,
                                    QStringLiteral("SELECT TRIGGER_NAME, EVENT_OBJECT_TABLE FROM information_schema.TRIGGERS "
                                                   "WHERE TRIGGER_SCHEMA = DATABASE()"),
                                    error);
    if (!triggers)
        return std::nullopt;
    for (const auto &[name, table] : *triggers)
        if (!reader.isTidemarks(table) && !reader.add(Kind::Trigger, name, QStringLiteral("SHOW CREATE TRIGGER"), 2, error))
            return std::nullopt;
    SchemaSnapshot snapshot{std::move(reader.objects)};
    sortSchemaObjects(snapshot.objects);
    return snapshot;
}

} // namespace tidemark
