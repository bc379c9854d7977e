#include "foreignhistory.h"

#include "core/tr.h"
#include "database/sqlerror.h"

#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace tidemark {
namespace {

using Reader = bool (*)(QSqlQuery &, ForeignHistory &);

// golang-migrate: schema_migrations (version bigint, dirty boolean), one row.
bool readGolangMigrate(QSqlQuery &query, ForeignHistory &history)
{
    if (!query.exec(QStringLiteral("SELECT version, dirty FROM schema_migrations")))
        return false;
    if (query.next()) {
        const std::optional<Version> version = Version::parse(query.value(0).toString());
        if (version && query.value(1).toBool())
            history.failed.append(*version);
        else if (version)
            history.appliedUpTo = version;
    }
    return true;
}

// dbmate: schema_migrations (version varchar), a row per applied migration.
bool readDbmate(QSqlQuery &query, ForeignHistory &history)
{
    if (!query.exec(QStringLiteral("SELECT version FROM schema_migrations")))
        return false;
    while (query.next())
        if (const std::optional<Version> v = Version::parse(query.value(0).toString()))
            history.applied.append(*v);
    return true;
}

// goose: goose_db_version (id, version_id, is_applied, tstamp); the latest row per version decides, 0 is goose's own.
bool readGoose(QSqlQuery &query, ForeignHistory &history)
{
    if (!query.exec(QStringLiteral("SELECT version_id, is_applied FROM goose_db_version ORDER BY id")))
        return false;
    QHash<Version, bool> latest;
    QList<Version> order;
    while (query.next()) {
        const std::optional<Version> v = Version::parse(query.value(0).toString());
        if (!v || *v == Version())
            continue;
        if (!latest.contains(*v))
            order.append(*v);
        latest.insert(*v, query.value(1).toBool());
    }
    for (const Version &v : order)
        if (latest.value(v))
            history.applied.append(v);
    return true;
}

// Flyway: flyway_schema_history; repeatables (no version) are not taken over, an undo row cancels its version.
bool readFlyway(QSqlQuery &query, ForeignHistory &history)
{
    if (!query.exec(QStringLiteral("SELECT version, type, success FROM flyway_schema_history "
                                   "WHERE version IS NOT NULL ORDER BY installed_rank")))
        return false;
    QHash<Version, int> state; // 1 applied, 0 undone, -1 failed
    QList<Version> order;
    while (query.next()) {
        const std::optional<Version> v = Version::parse(query.value(0).toString());
        if (!v)
            continue;
        if (!state.contains(*v))
            order.append(*v);
        const bool undo = query.value(1).toString().startsWith(QLatin1String("UNDO"));
        state.insert(*v, !query.value(2).toBool() ? -1 : undo ? 0 : 1);
    }
    for (const Version &v : order) {
        if (state.value(v) == 1)
            history.applied.append(v);
        else if (state.value(v) == -1)
            history.failed.append(v);
    }
    return true;
}

struct Tool
{
    const char *name;
    const char *table;
    Reader read;
};

// golang-migrate before dbmate: both use schema_migrations, only golang-migrate's has a dirty column.
const Tool tools[] = {
    {"golang-migrate", "schema_migrations", readGolangMigrate},
    {"goose", "goose_db_version", readGoose},
    {"flyway", "flyway_schema_history", readFlyway},
    {"dbmate", "schema_migrations", readDbmate},
};

bool tableMatches(const QSqlDatabase &db, const Dialect &dialect, const Tool &tool)
{
    if (!dialect.tableExists(db, QLatin1String(tool.table)))
        return false;
    const bool hasDirty = db.record(QLatin1String(tool.table)).contains(QStringLiteral("dirty"));
    if (qstrcmp(tool.name, "golang-migrate") == 0)
        return hasDirty;
    if (qstrcmp(tool.name, "dbmate") == 0)
        return !hasDirty;
    return true;
}

} // namespace

bool ForeignHistory::records(const Version &version) const
{
    return (appliedUpTo && !(*appliedUpTo < version)) || applied.contains(version);
}

QString ForeignHistory::summary() const
{
    QStringList parts;
    if (appliedUpTo)
        parts << Tr::tr("version %1").arg(appliedUpTo->toString());
    if (!applied.isEmpty())
        parts << Tr::tr("versions applied: %1").arg(applied.size());
    for (const Version &v : failed)
        parts << (tool == u"golang-migrate" ? Tr::tr("version %1 dirty").arg(v.toString())
                                            : Tr::tr("version %1 failed").arg(v.toString()));
    if (parts.isEmpty())
        parts << Tr::tr("nothing applied");
    return QStringLiteral("%1 (%2): %3").arg(tool, table, parts.join(QStringLiteral(", ")));
}

QStringList foreignToolNames()
{
    QStringList names;
    for (const Tool &tool : tools)
        names << QLatin1String(tool.name);
    return names;
}

std::optional<ForeignHistory> readForeignHistory(const QSqlDatabase &db, const Dialect &dialect, const QString &tool,
                                                 QString *error)
{
    for (const Tool &candidate : tools) {
        if (!tool.isEmpty() && tool != QLatin1String(candidate.name))
            continue;
        if (!tableMatches(db, dialect, candidate))
            continue;
        ForeignHistory history;
        history.tool = QLatin1String(candidate.name);
        history.table = QLatin1String(candidate.table);
        QSqlQuery query(db);
        if (!candidate.read(query, history)) {
            *error = Tr::tr("cannot read %1's table %2: %3")
                         .arg(history.tool, history.table, databaseMessage(query.lastError()));
            return std::nullopt;
        }
        std::sort(history.applied.begin(), history.applied.end());
        return history;
    }
    return std::nullopt;
}

} // namespace tidemark
