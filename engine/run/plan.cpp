#include "core/tr.h"
#include "plan.h"
#include "sql/enumvalue.h"
#include "sql/sqlsplitter.h"

#include <QCoreApplication>

#include <algorithm>

namespace tidemark {
namespace {


// A line of its own reading "-- tidemark:no-transaction" asks for the script to run without one.
int noTransactionMarkerLine(const QString &sql)
{
    int line = 0;
    for (QStringView text : QStringView(sql).split(u'\n')) {
        ++line;
        if (text.trimmed().compare(u"-- tidemark:no-transaction", Qt::CaseInsensitive) == 0)
            return line;
    }
    return 0;
}

// Splits the step's SQL to count statements and find what forbids a wrapping transaction.
QString inspect(PlanStep &step, const PlanDialect &dialect)
{
    const QByteArray script = step.sql.toUtf8();
    const SplitResult split = splitMigrationSql(script, dialect.kind);
    if (!split.ok())
        return Tr::tr("%1, line %2: %3").arg(step.script).arg(step.fileLine(split.errorLine)).arg(split.error);
    step.statementCount = int(split.statements.size());
    auto runWithout = [&step](const QString &why) {
        if (step.transactional) {
            step.transactional = false;
            step.whyNoTransaction = why;
        }
    };
    if (dialect.kind == DatabaseKind::MySql) // the runner opens no transaction there: DDL would commit it
        runWithout(Tr::tr("DDL commits implicitly on MariaDB/MySQL: recorded statement by statement"));
    if (!step.transactional && step.whyNoTransaction.isEmpty())
        step.whyNoTransaction = Tr::tr("the migration file asks for no transaction");
    if (const int line = noTransactionMarkerLine(step.sql))
        runWithout(Tr::tr("-- tidemark:no-transaction at line %1").arg(step.fileLine(line)));
    for (qsizetype i = 0; i < split.statements.size(); ++i) {
        const SqlStatement &statement = split.statements.at(i);
        const std::optional<NewEnumValue> enumValue = statement.addsEnumValue && dialect.enumValuesInTransaction
                                                          ? newEnumValue(script, split.statements, i)
                                                          : std::nullopt;
        if (enumValue && enumValue->usedAtLine > 0)
            runWithout(Tr::tr("line %1 adds enum value %2 that line %3 uses: PostgreSQL cannot use a new enum value "
                              "in the transaction that adds it")
                           .arg(step.fileLine(statement.line))
                           .arg(QString::fromUtf8(enumValue->literal))
                           .arg(step.fileLine(enumValue->usedAtLine)));
        else if (statement.noTransaction && !enumValue)
            runWithout(Tr::tr("line %1 cannot run inside a transaction").arg(step.fileLine(statement.line)));
        else if (statement.kind == SqlStatement::Kind::TransactionControl)
            runWithout(Tr::tr("the script manages its own transaction (line %1)").arg(step.fileLine(statement.line)));
    }
    return {};
}

// A down without a transaction that stopped part-way: nothing runs until the DBA has settled it by hand.
QString rollbackRefusal(const MigrationStatus &m)
{
    return Tr::tr("rolling back %1 %2 stopped part-way (%3 of %4 down statements ran). Finish or undo it by hand, "
                  "then repair it (repair %1 --mark-rolled-back or --mark-applied)")
        .arg(m.version.toString(), m.description)
        .arg(*m.applied->rollbackDone)
        .arg(m.applied->rollbackTotal);
}

bool blocksUp(const MigrationStatus &m)
{
    return m.state == MigrationState::Failed && m.applied && m.applied->isPartial();
}

// Continues a migration from its next statement, with the text that partly ran (the file may have changed since).
PlanStep resumeStep(const MigrationStatus &m)
{
    const AppliedMigration &row = *m.applied;
    PlanStep step;
    step.direction = Direction::Up;
    step.version = m.version;
    step.description = m.description;
    step.kind = row.kind;
    step.script = row.script;
    step.sql = row.upSql;
    step.upSql = row.upSql;
    step.downSql = row.downSql;
    step.checksum = row.checksum;
    step.installedRank = row.installedRank;
    step.resumes = true;
    step.resumeFrom = row.statementsDone;
    step.pendingStatement = row.pendingStatement;
    return step;
}

std::optional<PlanStep> downStep(const MigrationStatus &m, QString *refusal)
{
    const AppliedMigration &row = *m.applied;
    PlanStep step;
    step.direction = Direction::Down;
    step.version = m.version;
    step.description = m.description;
    step.kind = row.kind;
    step.installedRank = row.installedRank;
    // The down that belongs to what ran: the file's when the up is unchanged, else the one stored at apply time.
    if (m.state == MigrationState::Applied && m.file && m.file->hasDown) {
        step.sql = m.file->downSql;
        step.script = m.file->downScript;
        step.firstLine = m.file->downLine;
        step.transactional = m.file->downTransactional;
    } else if (!row.downSql.isEmpty()) {
        step.sql = row.downSql;
        step.script = Tr::tr("%1 (down as stored when applied)").arg(row.script);
    } else {
        *refusal = Tr::tr("%1 %2 has no down script, so it cannot be rolled back")
                       .arg(m.version.toString(), m.description);
        return std::nullopt;
    }
    return step;
}

// Applied migrations in the order they were installed, newest first.
QList<const MigrationStatus *> appliedNewestFirst(const ProjectStatus &status)
{
    QList<const MigrationStatus *> applied;
    for (const MigrationStatus &m : status.migrations)
        if (m.applied && m.kind != MigrationKind::Repeatable) // repeatables have no down; they run again on change
            applied.append(&m);
    std::sort(applied.begin(), applied.end(), [](const MigrationStatus *a, const MigrationStatus *b) {
        return a->applied->installedRank > b->applied->installedRank;
    });
    return applied;
}

Plan planDown(const QList<const MigrationStatus *> &targets, const PlanDialect &dialect)
{
    Plan plan;
    for (const MigrationStatus *m : targets) {
        if (blocksUp(*m) && m->applied->isRollingBack())
            return {{}, rollbackRefusal(*m), {}};
        if (blocksUp(*m))
            return {{}, Tr::tr("%1 %2 stopped part-way; repair or resume it before rolling back")
                            .arg(m->version.toString(), m->description), {}};
        QString noDown;
        std::optional<PlanStep> step = downStep(*m, &noDown);
        if (!step && plan.steps.isEmpty())
            return {{}, noDown, {}};
        if (!step) {
            // Roll back what can be, and show before anything runs where and why the run will stop.
            PlanStep blocked;
            blocked.direction = Direction::Down;
            blocked.version = m->version;
            blocked.description = m->description;
            blocked.kind = m->kind;
            blocked.script = m->script();
            blocked.installedRank = m->applied->installedRank;
            blocked.blockedReason = noDown;
            plan.steps.append(std::move(blocked));
            break;
        }
        if (QString error = inspect(*step, dialect); !error.isEmpty())
            return {{}, error, {}};
        plan.steps.append(std::move(*step));
    }
    if (plan.steps.isEmpty())
        plan.note = Tr::tr("nothing to roll back");
    return plan;
}

} // namespace

QString directionName(Direction direction)
{
    return direction == Direction::Up ? QStringLiteral("up") : QStringLiteral("down");
}

PlanStep PlanStep::up(const Migration &file)
{
    PlanStep step;
    step.direction = Direction::Up;
    step.version = file.version;
    step.description = file.description;
    step.kind = file.kind;
    step.script = file.script;
    step.sql = file.upSql;
    step.upSql = file.upSql;
    step.downSql = file.downSql;
    step.checksum = file.checksum;
    step.transactional = file.transactional;
    step.firstLine = file.upLine;
    return step;
}

QString PlanStep::label() const
{
    const QString id = kind == MigrationKind::Repeatable ? QStringLiteral("R")
                       : kind == MigrationKind::Baseline ? QStringLiteral("B") + version.toString()
                                                         : version.toString();
    QString text = QStringLiteral("%1 %2 %3").arg(directionName(direction), id, description);
    if (pendingStatement > 0)
        text += Tr::tr(" (resume at statement %1, whose outcome is unknown)").arg(pendingStatement);
    else if (resumes)
        text += Tr::tr(" (resume from statement %1)").arg(resumeFrom + 1);
    if (!blockedReason.isEmpty())
        text += Tr::tr(" (no down script: the run stops here)");
    return text;
}

AppliedMigration PlanStep::appliedRow() const
{
    AppliedMigration row;
    row.version = version;
    row.description = description;
    row.kind = kind;
    row.script = script;
    row.checksum = checksum;
    row.upSql = upSql;
    row.downSql = downSql;
    return row;
}

Plan planUp(const ProjectStatus &status, const PlanDialect &dialect, std::optional<Version> target)
{
    return planUp(status, dialect, UpOptions{target, false});
}

Plan planUp(const ProjectStatus &status, const PlanDialect &dialect, const UpOptions &options)
{
    const std::optional<Version> &target = options.target;
    Plan plan;
    QStringList errors;
    for (const Diagnostic &d : status.diagnostics)
        if (d.severity == Diagnostic::Severity::Error)
            errors.append(d.toString());
    if (!errors.isEmpty()) {
        plan.refusal = Tr::tr("the migration files have errors; fix them first:\n%1").arg(errors.join(u'\n'));
        return plan;
    }
    if (target && !status.find(*target)) {
        plan.refusal = Tr::tr("there is no migration with version %1").arg(target->toString());
        return plan;
    }
    for (const MigrationStatus &m : status.migrations) {
        if (!blocksUp(m))
            continue;
        if (m.applied->isRollingBack())
            return {{}, rollbackRefusal(m), {}};
        if (!options.resume) {
            plan.refusal = Tr::tr("%1 %2 stopped part-way (%3 of %4 statements ran). Look at the database, then "
                                  "either resume it (up --resume), or repair it (repair %1 --mark-applied or "
                                  "--mark-rolled-back)")
                               .arg(m.version.toString(), m.description)
                               .arg(m.applied->statementsDone)
                               .arg(m.applied->statementsTotal);
            return plan;
        }
        PlanStep step = resumeStep(m);
        if (QString error = inspect(step, dialect); !error.isEmpty())
            return {{}, error, {}};
        // What ran before is committed; the rest continues the same way.
        step.transactional = false;
        step.whyNoTransaction = Tr::tr("resumes at statement %1 of %2").arg(step.resumeFrom + 1).arg(step.statementCount);
        if (step.statementCount != m.applied->statementsTotal)
            return {{}, Tr::tr("%1 %2 cannot be resumed: it was cut into %3 statements when it ran, and is cut into %4 now. "
                               "Settle it with repair %1 --mark-applied or --mark-rolled-back")
                            .arg(m.version.toString(), m.description)
                            .arg(m.applied->statementsTotal)
                            .arg(step.statementCount), {}};
        plan.steps.append(std::move(step));
    }
    // Flyway's rule: on an empty database the latest baseline script runs instead of the versions it covers.
    const MigrationStatus *baseline = nullptr;
    if (status.isEmptyDatabase() && !options.ignoreBaselineScripts)
        for (const MigrationStatus &m : status.migrations)
            if (m.kind == MigrationKind::Baseline && m.file && !m.applied && (!target || !(*target < m.version)))
                baseline = &m; // listed in version order: the last one is the latest
    QList<const MigrationStatus *> toApply;
    if (baseline)
        toApply.append(baseline);
    for (const MigrationStatus &m : status.migrations) {
        if (m.kind != MigrationKind::Versioned || m.applied || m.coveredByBaseline || !m.file
            || (target && *target < m.version) || (baseline && !(baseline->version < m.version)))
            continue;
        toApply.append(&m);
    }
    // Repeatables run after the versioned ones, when new or changed.
    for (const MigrationStatus &m : status.migrations)
        if (m.kind == MigrationKind::Repeatable && m.file && (m.state == MigrationState::Pending || !m.applied))
            toApply.append(&m);

    for (const MigrationStatus *m : toApply) {
        PlanStep step = PlanStep::up(*m->file);
        if (QString error = inspect(step, dialect); !error.isEmpty())
            return {{}, error, {}};
        plan.steps.append(std::move(step));
    }
    if (plan.steps.isEmpty())
        plan.note = target && status.currentVersion && *target < *status.currentVersion
                        ? Tr::tr("nothing to apply: the database is already past %1; use down to go back")
                              .arg(target->toString())
                        : Tr::tr("nothing to apply: the database is up to date");
    return plan;
}

Plan planDownSteps(const ProjectStatus &status, const PlanDialect &dialect, int steps)
{
    if (steps < 1)
        return {{}, Tr::tr("the number of steps to roll back must be at least 1"), {}};
    return planDown(appliedNewestFirst(status).mid(0, steps), dialect);
}

Plan planDownTo(const ProjectStatus &status, const PlanDialect &dialect, const Version &target)
{
    // Version 0 (or none) means "before the first migration".
    if (target != Version() && !status.find(target))
        return {{}, Tr::tr("there is no migration with version %1").arg(target.toString()), {}};
    QList<const MigrationStatus *> newer;
    for (const MigrationStatus *m : appliedNewestFirst(status))
        if (target < m->version)
            newer.append(m);
    return planDown(newer, dialect);
}

Plan planGoto(const ProjectStatus &status, const PlanDialect &dialect, const Version &target)
{
    Plan down = planDownTo(status, dialect, target);
    if (down.refused())
        return down;
    Plan up = planUp(status, dialect, target);
    if (up.refused())
        return up;
    down.steps.append(up.steps);
    down.note = down.steps.isEmpty() ? Tr::tr("nothing to do: the database is at %1").arg(target.toString()) : QString();
    return down;
}

} // namespace tidemark
