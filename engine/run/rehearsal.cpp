#include "rehearsal.h"

#include "core/tr.h"
#include "database/sqlerror.h"
#include "history/historystore.h"
#include "rehearsalsteps.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <algorithm>

namespace tidemark {
namespace {

bool flagSet(const std::atomic_bool *flag)
{
    return flag && flag->load();
}

} // namespace

Rehearsal::Rehearsal(QSqlDatabase db, const Dialect &dialect, PlanDialect planDialect, TableNames tables)
    : m_db(std::move(db))
    , m_dialect(dialect)
    , m_planDialect(planDialect)
    , m_tables(std::move(tables))
{
}

RehearsalReport Rehearsal::rehearse(const Plan &plan, const RehearsalOptions &options)
{
    RehearsalReport report;
    if (plan.refused()) {
        report.message = plan.refusal;
        return report;
    }
    if (plan.steps.isEmpty()) {
        report.outcome = RehearsalOutcome::Succeeded;
        report.message = plan.note.isEmpty() ? Tr::tr("nothing to rehearse") : plan.note;
        report.leftNothingBehind = true;
        return report;
    }
    if (m_dialect.kind() == DatabaseKind::Sqlite) {
        rehearseInTransaction(plan, options, report);
        return report;
    }
    // The session lock of the servers: no run changes the database while the rehearsal reads and runs.
    const std::unique_ptr<MigrationLock> lock = m_dialect.createLock(
        m_db, m_tables, LockIdentity::current(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    LockWait wait;
    wait.timeout = options.lockTimeout;
    wait.cancel = options.cancel;
    const MigrationLock::Attempt attempt = acquireLock(*lock, wait);
    if (!attempt.acquired) {
        const QString who = attempt.holder ? attempt.holder->describe() : Tr::tr("another connection");
        report.outcome = !attempt.error.isEmpty() ? RehearsalOutcome::Refused
                         : flagSet(options.cancel) ? RehearsalOutcome::Cancelled
                                                   : RehearsalOutcome::LockNotAcquired;
        report.message = !attempt.error.isEmpty()
                             ? Tr::tr("could not take the migration lock: %1").arg(attempt.error)
                             : Tr::tr("the database is locked by %1; nothing was rehearsed. Try again when that run "
                                      "has finished.")
                                   .arg(who);
        return report;
    }
    const LockGuard guard{*lock};
    if (m_dialect.kind() == DatabaseKind::MySql)
        rehearseOnScratch(plan, options, report);
    else
        rehearseInTransaction(plan, options, report);
    return report;
}

bool Rehearsal::beginExclusive(const RehearsalOptions &options, RehearsalReport &report)
{
    const std::unique_ptr<MigrationLock> lock = m_dialect.createLock(m_db, m_tables, LockIdentity::current({}));
    QElapsedTimer waited;
    waited.start();
    QString holder;
    for (;;) {
        QString error;
        if (m_dialect.beginTransaction(m_db, &error)) {
            std::optional<LockHolder> current;
            if (m_dialect.tableExists(m_db, m_tables.lock))
                current = lock->holder(&error);
            if (!current || !current->staleReason.isEmpty())
                return true;
            holder = current->describe();
            m_db.rollback();
        }
        if (flagSet(options.cancel) || waited.elapsed() >= options.lockTimeout.count())
            break;
        QThread::msleep(200);
    }
    report.outcome = flagSet(options.cancel) ? RehearsalOutcome::Cancelled : RehearsalOutcome::LockNotAcquired;
    report.message = Tr::tr("the database is locked by %1; nothing was rehearsed. Try again when that run has "
                            "finished.")
                         .arg(holder.isEmpty() ? Tr::tr("another connection writing to it") : holder);
    return false;
}

std::optional<SchemaSnapshot> Rehearsal::snapshot(QString *error) const
{
    return m_dialect.schemaSnapshot(m_db, m_tables, error);
}

std::optional<QString> Rehearsal::historyFingerprint(QString *error) const
{
    const HistoryStore history(m_db, m_dialect, m_tables);
    const std::optional<QList<AppliedMigration>> applied = history.readApplied(error);
    const std::optional<QString> events = applied ? history.eventsFingerprint(error) : std::nullopt;
    if (!events)
        return std::nullopt;
    QStringList parts;
    for (const AppliedMigration &row : *applied)
        parts << QStringLiteral("%1 %2 %3 %4/%5 %6 %7")
                     .arg(row.installedRank)
                     .arg(row.version.toString(), row.checksum)
                     .arg(row.statementsDone)
                     .arg(row.statementsTotal)
                     .arg(row.pendingStatement)
                     .arg(row.rollbackDone.value_or(-1));
    parts << QStringLiteral("events ") + *events;
    return parts.join(u'\n');
}

void Rehearsal::runSteps(const Plan &plan, RehearsalSteps &steps, const RehearsalOptions &options,
                         RehearsalReport &report)
{
    bool stopped = false;
    for (const PlanStep &step : plan.steps) {
        RehearsedStep rehearsed;
        rehearsed.label = step.label();
        rehearsed.direction = step.direction;
        rehearsed.version = step.version;
        rehearsed.script = step.script;
        // After a failure, a step stays NotReached.
        if (!stopped && !step.blockedReason.isEmpty()) {
            rehearsed.result = RehearsedStep::Result::Blocked;
            rehearsed.error = step.blockedReason;
            stopped = true;
        } else if (!stopped) {
            rehearsed = steps.run(step);
            stopped = rehearsed.result != RehearsedStep::Result::Succeeded || flagSet(options.cancel);
        }
        report.steps << rehearsed;
        if (options.onStep)
            options.onStep(rehearsed);
    }
    const auto failed = std::find_if(report.steps.cbegin(), report.steps.cend(), [](const RehearsedStep &s) {
        return s.result == RehearsedStep::Result::Failed || s.result == RehearsedStep::Result::Blocked;
    });
    if (flagSet(options.cancel)) {
        report.outcome = RehearsalOutcome::Cancelled;
        report.message = Tr::tr("the rehearsal was cancelled; what it ran was undone");
    } else if (failed != report.steps.cend()) {
        report.outcome = RehearsalOutcome::Failed;
        report.message = failed->result == RehearsedStep::Result::Blocked
                             ? Tr::tr("%1 cannot run: %2").arg(failed->label, failed->error)
                         : failed->failedStatement > 0
                             ? Tr::tr("%1 failed at statement %2 (line %3): %4")
                                   .arg(failed->label)
                                   .arg(failed->failedStatement)
                                   .arg(failed->failedLine)
                                   .arg(failed->error)
                             : Tr::tr("%1 failed: %2").arg(failed->label, failed->error);
    } else {
        report.outcome = RehearsalOutcome::Succeeded;
        report.message = Tr::tr("every step ran (%n migration(s)); nothing of it was kept", nullptr,
                                int(report.steps.size()));
    }
}

void Rehearsal::rehearseInTransaction(const Plan &plan, const RehearsalOptions &options, RehearsalReport &report)
{
    const bool sqlite = m_dialect.kind() == DatabaseKind::Sqlite;
    QString error;
    if (sqlite ? !beginExclusive(options, report) : !m_dialect.beginTransaction(m_db, &error)) {
        if (!sqlite) {
            report.outcome = RehearsalOutcome::Refused;
            report.message = Tr::tr("could not begin the rehearsal's transaction: %1").arg(error);
        }
        return;
    }
    report.where = Tr::tr("in one transaction, rolled back at the end");
    RehearsalSteps steps(m_db, m_planDialect, options);
    const auto refuse = [&](const QString &why) {
        m_db.rollback();
        report.outcome = RehearsalOutcome::Refused;
        report.message = Tr::tr("could not read the database before the rehearsal: %1").arg(why);
    };
    const std::optional<QString> history = historyFingerprint(&error);
    const std::optional<SchemaSnapshot> before = history ? snapshot(&error) : std::nullopt;
    if (!before)
        return refuse(error);
    report.before = *before;
    if (!sqlite) {
        // A statement that queues behind the application's sessions would block everyone after it: the rehearsal
        // waits for a table no longer than for the migration lock.
        QSqlQuery(m_db).exec(QStringLiteral("SET LOCAL lock_timeout = %1")
                                 .arg(std::max<qint64>(1, options.lockTimeout.count())));
        const std::optional<QList<quint32>> oids = readRelationOids(m_db, &error);
        const std::optional<QList<HeldLock>> held = oids ? readHeldLocks(m_db, *oids, &error) : std::nullopt;
        if (!held)
            return refuse(error);
        steps.setExistingRelations(*oids, *held);
    }
    runSteps(plan, steps, options, report);
    const bool wroteRows = std::any_of(report.steps.cbegin(), report.steps.cend(),
                                       [](const RehearsedStep &s) { return s.rows > 0; });
    if (!sqlite && wroteRows)
        report.notes << Tr::tr("Sequences the plan advanced stay advanced: PostgreSQL never rolls them back.");
    if (const std::optional<SchemaSnapshot> after = snapshot(&error)) {
        report.after = *after;
        report.schemaRead = true;
    } else {
        report.notes << Tr::tr("The schema after the plan could not be read: %1").arg(error);
    }
    if (!m_db.rollback())
        report.leftBehind = Tr::tr("the rollback failed: %1").arg(databaseMessage(m_db.lastError()));
    checkNothingLeft(*history, *before, report);
}

void Rehearsal::checkNothingLeft(const QString &historyBefore, const SchemaSnapshot &schemaBefore,
                                 RehearsalReport &report) const
{
    if (!report.leftBehind.isEmpty())
        return;
    QString error;
    const std::optional<QString> history = historyFingerprint(&error);
    const std::optional<SchemaSnapshot> schema = history ? snapshot(&error) : std::nullopt;
    if (!schema)
        report.leftBehind = Tr::tr("the database could not be read afterwards: %1").arg(error);
    else if (*history != historyBefore)
        report.leftBehind = Tr::tr("Tidemark's history changed while the rehearsal ran");
    else if (!(*schema == schemaBefore))
        report.leftBehind = Tr::tr("the schema changed while the rehearsal ran (by it, or by another session)");
    report.leftNothingBehind = report.leftBehind.isEmpty();
}

} // namespace tidemark
