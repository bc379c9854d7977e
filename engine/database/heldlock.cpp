#include "heldlock.h"

#include "core/tr.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <iterator>

namespace tidemark {
namespace {

constexpr auto userRelations = "n.nspname NOT IN ('pg_catalog', 'information_schema') "
                               "AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'";

// PostgreSQL's table-level modes, weakest first, with what each one keeps others from doing.
struct LockMode
{
    const char *name;
    const char *words;
};

constexpr LockMode modes[] = {
    {"AccessShareLock", QT_TRANSLATE_NOOP("tidemark", "blocks only ALTER TABLE, DROP and VACUUM FULL until commit")},
    {"RowShareLock", QT_TRANSLATE_NOOP("tidemark", "blocks EXCLUSIVE and ACCESS EXCLUSIVE locks until commit")},
    {"RowExclusiveLock",
     QT_TRANSLATE_NOOP("tidemark", "blocks CREATE INDEX and stronger locks until commit; reads and writes go on")},
    {"ShareUpdateExclusiveLock",
     QT_TRANSLATE_NOOP("tidemark", "blocks schema changes and VACUUM until commit; reads and writes go on")},
    {"ShareLock", QT_TRANSLATE_NOOP("tidemark", "blocks writes until commit; reads go on")},
    {"ShareRowExclusiveLock", QT_TRANSLATE_NOOP("tidemark", "blocks writes until commit; reads go on")},
    {"ExclusiveLock", QT_TRANSLATE_NOOP("tidemark", "blocks writes and SELECT … FOR UPDATE until commit")},
    {"AccessExclusiveLock", QT_TRANSLATE_NOOP("tidemark", "blocks reads and writes until commit")},
};

// The index of a mode in modes, its strength; -1 for a mode PostgreSQL does not have at table level.
int strength(const QString &mode)
{
    for (int i = 0; i < int(std::size(modes)); ++i)
        if (mode == QLatin1String(modes[i].name))
            return i;
    return -1;
}

// "AccessExclusiveLock" → "ACCESS EXCLUSIVE", as the PostgreSQL manual names the modes.
QString modeTitle(QString mode)
{
    if (mode.endsWith(QLatin1String("Lock")))
        mode.chop(4);
    QString title;
    for (const QChar c : std::as_const(mode)) {
        if (c.isUpper() && !title.isEmpty())
            title += u' ';
        title += c.toUpper();
    }
    return title;
}

QString relationKind(const QString &relkind)
{
    switch (relkind.isEmpty() ? u' ' : relkind.at(0).unicode()) {
    case u'r':
    case u'p': return QStringLiteral("table");
    case u'i':
    case u'I': return QStringLiteral("index");
    case u'v': return QStringLiteral("view");
    case u'm': return QStringLiteral("materialized view");
    case u'S': return QStringLiteral("sequence");
    case u'f': return QStringLiteral("foreign table");
    default: return QStringLiteral("relation");
    }
}

} // namespace

QString HeldLock::describe() const
{
    const int i = strength(mode);
    const QString words = i < 0 ? Tr::tr("held until commit") : QCoreApplication::translate("tidemark", modes[i].words);
    return Tr::tr("%1 on %2: %3").arg(modeTitle(mode), relation, words);
}

std::optional<QList<quint32>> readRelationOids(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT c.oid FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
                                   "ON n.oid = c.relnamespace WHERE %1")
                        .arg(QLatin1String(userRelations)))) {
        *error = databaseMessage(query.lastError());
        return std::nullopt;
    }
    QList<quint32> oids;
    while (query.next())
        oids << query.value(0).toUInt();
    return oids;
}

std::optional<QList<HeldLock>> readHeldLocks(const QSqlDatabase &db, const QList<quint32> &existing, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT l.mode, n.nspname, c.relname, c.relkind, c.oid FROM pg_catalog.pg_locks l "
                                   "JOIN pg_catalog.pg_class c ON c.oid = l.relation "
                                   "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                                   "WHERE l.locktype = 'relation' AND l.granted AND l.pid = pg_backend_pid() AND %1")
                        .arg(QLatin1String(userRelations)))) {
        *error = databaseMessage(query.lastError());
        return std::nullopt;
    }
    const QSet<quint32> known(existing.cbegin(), existing.cend());
    QList<HeldLock> locks;
    while (query.next()) {
        if (!known.contains(query.value(4).toUInt()))
            continue;
        locks << HeldLock{query.value(0).toString(), query.value(1).toString() + u'.' + query.value(2).toString(),
                          relationKind(query.value(3).toString())};
    }
    std::sort(locks.begin(), locks.end(), [](const HeldLock &a, const HeldLock &b) {
        const int sa = strength(a.mode), sb = strength(b.mode);
        return sa != sb ? sa > sb : a.relation < b.relation;
    });
    return locks;
}

} // namespace tidemark
