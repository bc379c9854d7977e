// Runner::settlePendingStatement: up --resume on a migration whose run stopped while a statement ran.
#include "core/tr.h"
#include "database/sqlerror.h"
#include "failedmigration.h"
#include "runner.h"
#include "sql/sqlsplitter.h"
#include "sql/statementtarget.h"

#include <QCoreApplication>
#include <QSqlError>

namespace tidemark {

std::optional<bool> Runner::verifyFromCatalog(const QByteArray &statement, QString *how, QString *why) const
{
    const std::optional<StatementTarget> target = statementTarget(statement, m_dialect.kind());
    if (!target) {
        *why = Tr::tr("the catalog cannot show what this statement did");
        return std::nullopt;
    }
    const QString object = target->object.describe();
    if (target->replaces) {
        *how = Tr::tr("it replaces %1 whether or not it exists, so it runs again").arg(object);
        return false;
    }
    QString error;
    const std::optional<CatalogPresence> presence = m_dialect.presence(m_db, target->object, &error);
    if (!presence) {
        *why = error.isEmpty() ? Tr::tr("this database's catalog cannot show whether %1 exists").arg(object)
                               : Tr::tr("the catalog could not be read: %1").arg(error);
        return std::nullopt;
    }
    if (*presence == CatalogPresence::Invalid && target->effect == StatementTarget::Effect::Creates) {
        *why = Tr::tr("%1 exists but is INVALID: the interrupted CREATE INDEX CONCURRENTLY left it behind. Remove it "
                      "with %2 then resume with up --resume --statement-did-not-run")
                   .arg(object, invalidIndexRemoval(target->object));
        return std::nullopt;
    }
    const bool exists = *presence == CatalogPresence::Present;
    *how = exists ? Tr::tr("the catalog shows %1").arg(object) : Tr::tr("the catalog has no %1").arg(object);
    return exists == (target->effect == StatementTarget::Effect::Creates);
}

std::optional<int> Runner::settlePendingStatement(const PlanStep &step, StepContext &context)
{
    const QByteArray script = step.sql.toUtf8();
    const QList<SqlStatement> statements = splitMigrationSql(script, m_dialect.kind()).statements;
    const int index = step.pendingStatement - 1;
    if (index < 0 || index >= statements.size()) {
        context.refusal = Tr::tr("%1 records statement %2 as running, but it has %3 statements; settle it with repair")
                              .arg(step.script)
                              .arg(step.pendingStatement)
                              .arg(statements.size());
        return std::nullopt;
    }
    const SqlStatement &statement = statements.at(index);
    const QString which = Tr::tr("statement %1 of %2 (line %3)")
                              .arg(step.pendingStatement)
                              .arg(step.script)
                              .arg(step.fileLine(statement.line));
    bool ran = false;
    QString how;
    switch (context.options.pendingStatement) {
    case PendingStatementDecision::Ran:
        ran = true;
        how = Tr::tr("the DBA said it took effect (--statement-ran)");
        break;
    case PendingStatementDecision::DidNotRun:
        how = Tr::tr("the DBA said it did not take effect (--statement-did-not-run)");
        break;
    case PendingStatementDecision::Verify: {
        QString why;
        const std::optional<bool> verdict = verifyFromCatalog(statement.bytes(script), &how, &why);
        if (!verdict) {
            context.refusal = Tr::tr("%1 was running when the run stopped, so whether it took effect is unknown, and %2. "
                                     "Look at the database, then run up --resume --statement-ran or "
                                     "--statement-did-not-run, or settle the migration with repair")
                                  .arg(which, why);
            return std::nullopt;
        }
        ran = *verdict;
        break;
    }
    }
    HistoryEvent event = historyEvent(step, context, HistoryEvent::Type::Repair);
    event.details = (ran ? Tr::tr("%1 was running when a run stopped; recorded as having taken effect: %2")
                         : Tr::tr("%1 was running when a run stopped; recorded as not having taken effect, so it runs "
                                  "again: %2"))
                        .arg(which, how);
    QString error;
    const int done = ran ? step.pendingStatement : index;
    const bool recorded = beginTransaction(&error) && m_history.updateProgress(step.installedRank, done, 0, &error)
                          && m_history.appendEvent(event, &error) && m_db.commit();
    if (!recorded) {
        if (error.isEmpty())
            error = databaseMessage(m_db.lastError());
        m_db.rollback();
        context.statementError = Tr::tr("%1: the decision could not be recorded: %2").arg(which, error);
        return std::nullopt;
    }
    RunEvent settled = stepEvent(step, RunEvent::Type::StatementSettled);
    settled.statementIndex = index;
    settled.statementCount = int(statements.size());
    settled.line = step.fileLine(statement.line);
    settled.message = event.details;
    emitEvent(settled, context);
    return done;
}

} // namespace tidemark
