// Rehearsal on MariaDB/MySQL: DDL commits there, so the plan runs on a scratch database made with the target's
// schema (no rows), dropped afterwards. A named lock per scratch database tells a live rehearsal's from one a
// killed rehearsal left, which the next rehearsal drops.
#include "core/tr.h"
#include "database/sqlerror.h"
#include "rehearsal.h"
#include "rehearsalsteps.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace tidemark {
namespace {

constexpr auto scratchPrefix = "tidemark_rehearsal_";

QString quoted(const QString &name)
{
    return u'`' + QString(name).replace(u'`', QLatin1String("``")) + u'`';
}

QString lockName(const QString &scratch)
{
    return QStringLiteral("tidemark-rehearsal:") + scratch;
}

class ScratchDatabase
{
public:
    ScratchDatabase(QSqlDatabase db, QString target)
        : m_db(std::move(db))
        , m_target(std::move(target))
        , m_name(QLatin1String(scratchPrefix) + QUuid::createUuid().toString(QUuid::Id128).left(12))
    {
    }
    ~ScratchDatabase() { drop(nullptr); }
    Q_DISABLE_COPY_MOVE(ScratchDatabase)

    const QString &name() const { return m_name; }

    // Drops the scratch databases of rehearsals that no longer run; their names, for the report.
    QStringList dropLeftovers(QString *error)
    {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE ?"));
        query.addBindValue(QString(QLatin1String(scratchPrefix)).replace(u'_', QLatin1String("\\_")) + u'%');
        QStringList dropped;
        if (!query.exec()) {
            *error = databaseMessage(query.lastError());
            return dropped;
        }
        QStringList found;
        while (query.next())
            found << query.value(0).toString();
        for (const QString &name : std::as_const(found)) {
            QSqlQuery free(m_db);
            free.prepare(QStringLiteral("SELECT IS_FREE_LOCK(?)"));
            free.addBindValue(lockName(name));
            if (free.exec() && free.next() && free.value(0).toInt() == 1 && exec(QStringLiteral("DROP DATABASE ") + quoted(name), error))
                dropped << name;
        }
        return dropped;
    }

    // Creates it, holding its named lock, and makes the connection use it.
    bool create(QString *error)
    {
        QSqlQuery lock(m_db);
        lock.prepare(QStringLiteral("SELECT GET_LOCK(?, 0)"));
        lock.addBindValue(lockName(m_name));
        if (!lock.exec() || !lock.next() || lock.value(0).toInt() != 1) {
            *error = Tr::tr("could not take the scratch database's lock: %1").arg(databaseMessage(lock.lastError()));
            return false;
        }
        m_locked = true;
        if (!exec(QStringLiteral("CREATE DATABASE %1 CHARACTER SET utf8mb4 COLLATE utf8mb4_bin").arg(quoted(m_name)),
                  error)) {
            *error = Tr::tr("MariaDB and MySQL rehearse on a scratch database, and this user may not create one "
                            "(%1). Grant CREATE and DROP on `%2%`.* to rehearse here.")
                         .arg(*error, QLatin1String(scratchPrefix));
            return false;
        }
        m_created = true;
        return exec(QStringLiteral("USE ") + quoted(m_name), error);
    }

    // Creates every object of the schema in it: tables without foreign key checks, views until each finds the
    // views it reads, then routines and triggers. The objects that could not be made, with the server's message.
    QStringList copy(const SchemaSnapshot &schema)
    {
        QStringList failed;
        QString error;
        exec(QStringLiteral("SET FOREIGN_KEY_CHECKS = 0"), &error);
        QList<const SchemaObject *> views;
        for (const SchemaObject &object : schema.objects) {
            if (object.kind == SchemaObject::Kind::View)
                views << &object;
            else if (object.kind == SchemaObject::Kind::Table && !exec(object.ddl, &error))
                failed << QStringLiteral("%1: %2").arg(object.name, error);
        }
        exec(QStringLiteral("SET FOREIGN_KEY_CHECKS = 1"), &error);
        for (bool progress = true; progress && !views.isEmpty();) {
            progress = false;
            for (qsizetype i = 0; i < views.size();) {
                if (exec(views.at(i)->ddl, &error)) {
                    views.removeAt(i);
                    progress = true;
                } else {
                    ++i;
                }
            }
        }
        for (const SchemaObject *view : std::as_const(views))
            failed << QStringLiteral("%1: %2").arg(view->name, exec(view->ddl, &error) ? QString() : error);
        for (const SchemaObject &object : schema.objects) {
            const bool later = object.kind != SchemaObject::Kind::Table && object.kind != SchemaObject::Kind::View;
            if (later && !exec(object.ddl, &error))
                failed << QStringLiteral("%1: %2").arg(object.name, error);
        }
        return failed;
    }

    // Back to the target, and the scratch database dropped; false with why (it is then left for the next
    // rehearsal to drop).
    bool drop(QString *error)
    {
        QString ignored;
        QString *why = error ? error : &ignored;
        bool dropped = true;
        if (m_created) {
            dropped = exec(QStringLiteral("USE ") + quoted(m_target), why) && exec(QStringLiteral("DROP DATABASE ") + quoted(m_name), why);
            m_created = !dropped;
        }
        if (m_locked) {
            QSqlQuery release(m_db);
            release.prepare(QStringLiteral("SELECT RELEASE_LOCK(?)"));
            release.addBindValue(lockName(m_name));
            release.exec();
            m_locked = false;
        }
        return dropped;
    }

private:
    bool exec(const QString &sql, QString *error)
    {
        QSqlQuery query(m_db);
        if (query.exec(sql))
            return true;
        *error = databaseMessage(query.lastError());
        return false;
    }

    QSqlDatabase m_db;
    QString m_target;
    QString m_name;
    bool m_locked = false;
    bool m_created = false;
};

QString currentDatabase(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT DATABASE()")) && query.next() ? query.value(0).toString() : QString();
}

} // namespace

void Rehearsal::rehearseOnScratch(const Plan &plan, const RehearsalOptions &options, RehearsalReport &report)
{
    QString error;
    const QString target = currentDatabase(m_db);
    const std::optional<QString> history = historyFingerprint(&error);
    const std::optional<SchemaSnapshot> before = history ? snapshot(&error) : std::nullopt;
    if (target.isEmpty() || !before) {
        report.message = Tr::tr("could not read the database before the rehearsal: %1")
                             .arg(target.isEmpty() ? Tr::tr("the connection names no database") : error);
        return;
    }
    report.before = *before;
    ScratchDatabase scratch(m_db, target);
    for (const QString &name : scratch.dropLeftovers(&error))
        report.notes << Tr::tr("Dropped %1, the scratch database of a rehearsal that was stopped.").arg(name);
    if (!scratch.create(&error)) {
        report.message = error;
        return;
    }
    report.where = Tr::tr("on the scratch database %1, made with the schema of %2 and no rows, dropped at the end")
                       .arg(scratch.name(), target);
    report.notes << Tr::tr("The scratch database has no rows: rows affected and times are those of empty tables.");
    const QStringList uncopied = scratch.copy(*before);
    if (!uncopied.isEmpty())
        report.notes << Tr::tr("Not copied to the scratch database: %1").arg(uncopied.join(QLatin1String("; ")));
    // The diff shows what the plan changed, not what the copy missed.
    if (const std::optional<SchemaSnapshot> copied = snapshot(&error))
        report.before = *copied;
    RehearsalSteps steps(m_db, m_planDialect, options);
    steps.setTargetDatabase(target);
    runSteps(plan, steps, options, report);
    if (const std::optional<SchemaSnapshot> after = snapshot(&error)) {
        report.after = *after;
        report.schemaRead = true;
    }
    if (!scratch.drop(&error))
        report.leftBehind = Tr::tr("the scratch database %1 could not be dropped (%2); the next rehearsal drops it")
                                .arg(scratch.name(), error);
    checkNothingLeft(*history, *before, report);
}

} // namespace tidemark
