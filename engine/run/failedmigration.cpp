#include "failedmigration.h"

#include "core/tr.h"
#include "database/dialect.h"
#include "sql/sqlsplitter.h"
#include "sql/statementtarget.h"

namespace tidemark {
namespace {

// The text the failed attempt ran, the direction, and where its first line is in the file (0: not the file's).
struct FailedText
{
    Direction direction = Direction::Up;
    QString sql;
    int fileFirstLine = 0;
};

FailedText failedText(const MigrationStatus &m)
{
    const std::optional<AppliedMigration> &row = m.applied;
    FailedText text;
    if (row && row->isRollingBack()) {
        text.direction = Direction::Down;
        text.sql = row->downSql;
        if (m.file && m.file->hasDown && m.file->downSql == text.sql)
            text.fileFirstLine = m.file->downLine;
        return text;
    }
    text.sql = row ? row->upSql : m.file ? m.file->upSql : QString();
    if (m.file && m.file->upSql == text.sql)
        text.fileFirstLine = m.file->upLine;
    return text;
}

StatementOutcome outcomeOf(int number, int done, int unknown, int failed, bool kept)
{
    if (number == unknown)
        return StatementOutcome::Unknown;
    if (number <= done)
        return StatementOutcome::Done;
    if (number == failed)
        return StatementOutcome::Failed;
    if (!kept && failed > 0 && number < failed)
        return StatementOutcome::RolledBack;
    return StatementOutcome::NotRun;
}

} // namespace

QString statementOutcomeText(StatementOutcome outcome)
{
    switch (outcome) {
    case StatementOutcome::Done: return Tr::tr("done");
    case StatementOutcome::RolledBack: return Tr::tr("rolled back");
    case StatementOutcome::Failed: return Tr::tr("failed");
    case StatementOutcome::Unknown: return Tr::tr("outcome unknown");
    case StatementOutcome::NotRun: return Tr::tr("not run");
    }
    return {};
}

int FailedMigration::count(StatementOutcome outcome) const
{
    return int(std::count_if(statements.cbegin(), statements.cend(),
                             [outcome](const StatementStanding &s) { return s.outcome == outcome; }));
}

QString FailedMigration::summary() const
{
    const int total = int(statements.size());
    const int done = count(StatementOutcome::Done);
    const bool down = direction == Direction::Down;
    if (unknownStatement > 0)
        return (down ? Tr::tr("Down statement %1 of %2 was running when the rollback stopped: whether it took effect "
                              "is unknown. The %3 before it stay done.")
                     : Tr::tr("Statement %1 of %2 was running when the run stopped: whether it took effect is "
                              "unknown. The %3 before it stay done."))
            .arg(unknownStatement)
            .arg(total)
            .arg(done);
    if (keptPartWay)
        return (down ? Tr::tr("The rollback stopped after %1 of %2 down statements. They stay done: it runs without "
                              "a transaction, so nothing undid them.")
                     : Tr::tr("Stopped after %1 of %2 statements. They stay done: it runs without a transaction, so "
                              "nothing undid them."))
            .arg(done)
            .arg(total);
    const int rolledBack = count(StatementOutcome::RolledBack);
    if (rolledBack > 0)
        return Tr::tr("A statement failed, and its transaction undid the %1 before it: nothing of this migration is "
                      "kept.")
            .arg(rolledBack);
    return Tr::tr("Its first statement to run failed: nothing of this migration is kept.");
}

FailedMigration describeFailedMigration(const MigrationStatus &m, DatabaseKind dialect)
{
    FailedMigration failed;
    if (m.state != MigrationState::Failed)
        return failed;
    const FailedText text = failedText(m);
    const std::optional<AppliedMigration> &row = m.applied;
    failed.direction = text.direction;
    failed.script = text.direction == Direction::Down && m.file && m.file->hasDown ? m.file->downScript : m.script();
    failed.keptPartWay = row && row->isPartial();
    failed.unknownStatement = row ? row->pendingStatement : 0;
    failed.resumable = failed.keptPartWay && text.direction == Direction::Up;
    failed.error = m.lastFailure ? m.lastFailure->error : QString();
    const int done = !row ? 0 : row->isRollingBack() ? *row->rollbackDone : row->statementsDone;
    const int failedNumber = m.lastFailure ? m.lastFailure->errorStatement : 0;

    const QByteArray script = text.sql.toUtf8();
    const QList<SqlStatement> statements = splitMigrationSql(script, dialect).statements;
    for (int i = 0; i < statements.size(); ++i) {
        const SqlStatement &statement = statements.at(i);
        StatementStanding standing;
        standing.number = i + 1;
        standing.line = text.fileFirstLine > 0 ? text.fileFirstLine + statement.line - 1 : statement.line;
        standing.sql = QString::fromUtf8(statement.bytes(script)).trimmed();
        standing.outcome = outcomeOf(standing.number, done, failed.unknownStatement, failedNumber, failed.keptPartWay);
        failed.statements << standing;
    }
    return failed;
}

QString invalidIndexRemoval(const CatalogObject &index)
{
    const QString name = index.schema.isEmpty() ? index.name : index.schema + u'.' + index.name;
    return QStringLiteral("DROP INDEX CONCURRENTLY %1;").arg(name);
}

QList<Leftover> findLeftovers(const QSqlDatabase &db, const Dialect &dialect, const ProjectStatus &status)
{
    QList<Leftover> leftovers;
    for (const MigrationStatus &m : status.migrations) {
        if (m.state != MigrationState::Failed)
            continue;
        for (const StatementStanding &s : describeFailedMigration(m, dialect.kind()).statements) {
            if (s.outcome != StatementOutcome::Failed && s.outcome != StatementOutcome::Unknown)
                continue;
            const std::optional<StatementTarget> target = statementTarget(s.sql.toUtf8(), dialect.kind());
            if (!target || !target->concurrently || target->effect != StatementTarget::Effect::Creates)
                continue;
            QString error;
            if (dialect.presence(db, target->object, &error) == CatalogPresence::Invalid)
                leftovers << Leftover{m.version, target->object.describe(), invalidIndexRemoval(target->object)};
        }
    }
    return leftovers;
}

} // namespace tidemark
