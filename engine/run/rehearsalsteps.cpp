// Rehearsal: running each step's statements and reading what they did, the locks they took on PostgreSQL.
#include "rehearsalsteps.h"

#include "core/tr.h"
#include "database/sqlerror.h"
#include "sql/sqllexer.h"
#include "sql/sqlsplitter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

namespace tidemark {
namespace {

constexpr auto stepSavepoint = "tidemark_rehearsal_step";
constexpr auto statementSavepoint = "tidemark_rehearsal_statement";

QString unquoted(QByteArrayView token)
{
    const QString text = QString::fromUtf8(token);
    if (text.size() >= 2 && (text.front() == u'`' || text.front() == u'"' || text.front() == u'['))
        return text.mid(1, text.size() - 2);
    return text;
}

// MySQL: whether the statement switches databases (USE) or names database `name` as a qualifier (`name`.t).
QString leavesScratchDatabase(const QByteArray &statement, const QString &name)
{
    SqlLexer lexer(statement, DatabaseKind::MySql);
    SqlToken previous;
    bool first = true;
    for (SqlToken token = lexer.next(); token.type != SqlToken::Type::End; token = lexer.next()) {
        if (token.type == SqlToken::Type::Comment)
            continue;
        const QByteArrayView text = QByteArrayView(statement).sliced(token.begin, token.end - token.begin);
        if (first && token.type == SqlToken::Type::Word && text.compare("USE", Qt::CaseInsensitive) == 0)
            return Tr::tr("it switches to another database, which the rehearsal must not change");
        first = false;
        const bool dot = token.type == SqlToken::Type::Punctuation && text == ".";
        const bool identifier =
            previous.type == SqlToken::Type::Word || previous.type == SqlToken::Type::QuotedIdentifier;
        if (dot && identifier && !name.isEmpty()
            && unquoted(QByteArrayView(statement).sliced(previous.begin, previous.end - previous.begin))
                       .compare(name, Qt::CaseInsensitive) == 0)
            return Tr::tr("it names the database %1 itself: run here it would change the real database").arg(name);
        previous = token;
    }
    return {};
}

// Whether the statement writes rows: a driver's count after DDL is stale (SQLite keeps the last INSERT's).
bool changesRows(const QByteArray &statement, DatabaseKind kind)
{
    SqlLexer lexer(statement, kind);
    for (SqlToken token = lexer.next(); token.type != SqlToken::Type::End; token = lexer.next()) {
        if (token.type == SqlToken::Type::Comment)
            continue;
        const QByteArray word = statement.mid(token.begin, token.end - token.begin).toUpper();
        return token.type == SqlToken::Type::Word
               && (word == "INSERT" || word == "UPDATE" || word == "DELETE" || word == "REPLACE" || word == "MERGE"
                   || word == "WITH");
    }
    return false;
}

QString summaryOf(const QString &sql)
{
    QString line = sql.section(u'\n', 0, 0).simplified();
    if (line.size() > 100)
        line = line.left(99) + u'…';
    return line;
}

} // namespace

RehearsalSteps::RehearsalSteps(QSqlDatabase db, const PlanDialect &planDialect, const RehearsalOptions &options)
    : m_db(std::move(db))
    , m_planDialect(planDialect)
    , m_options(options)
{
}

void RehearsalSteps::setExistingRelations(QList<quint32> oids, QList<HeldLock> heldBefore)
{
    m_readsLocks = true;
    m_existing = std::move(oids);
    m_held = std::move(heldBefore);
}

bool RehearsalSteps::exec(const QString &sql, QString *error)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    *error = databaseMessage(query.lastError());
    return false;
}

QString RehearsalSteps::whyNotRun(const SqlStatement &statement, const QByteArray &script) const
{
    if (!inTransaction())
        return leavesScratchDatabase(statement.bytes(script), m_targetDatabase);
    if (statement.kind == SqlStatement::Kind::TransactionControl)
        return Tr::tr("the script's own transaction control; the rehearsal keeps its one transaction open");
    if (statement.addsEnumValue && m_planDialect.enumValuesInTransaction)
        return {};
    if (statement.noTransaction)
        return Tr::tr("it cannot run inside a transaction block, and a rehearsal runs in one");
    return {};
}

void RehearsalSteps::readLocks(RehearsedStep &rehearsed)
{
    if (!m_readsLocks)
        return;
    QString error;
    const std::optional<QList<HeldLock>> now = readHeldLocks(m_db, m_existing, &error);
    if (!now)
        return; // the figures stay without locks; the step's own outcome is what matters
    for (const HeldLock &lock : *now)
        if (!m_held.contains(lock))
            rehearsed.locks << lock;
    m_held = *now;
}

RehearsedStep RehearsalSteps::run(const PlanStep &step)
{
    RehearsedStep rehearsed;
    rehearsed.label = step.label();
    rehearsed.direction = step.direction;
    rehearsed.version = step.version;
    rehearsed.script = step.script;
    const QByteArray script = step.sql.toUtf8();
    const SplitResult split = splitMigrationSql(script, m_planDialect.kind);
    rehearsed.statementsTotal = int(split.statements.size());
    if (!split.error.isEmpty()) {
        rehearsed.result = RehearsedStep::Result::Failed;
        rehearsed.failedLine = step.fileLine(split.errorLine);
        rehearsed.error = split.error;
        return rehearsed;
    }
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (inTransaction() && !exec(QStringLiteral("SAVEPOINT %1").arg(QLatin1String(stepSavepoint)), &error)) {
        rehearsed.result = RehearsedStep::Result::Failed;
        rehearsed.error = Tr::tr("could not set a savepoint: %1").arg(error);
        return rehearsed;
    }
    // Without its own transaction, what ran before a failure stays, as a real run would leave it committed.
    const bool keepsStatements = inTransaction() && !step.transactional;
    for (int i = step.resumeFrom; i < split.statements.size(); ++i) {
        const SqlStatement &statement = split.statements.at(i);
        const QString sql = statement.text(script);
        if (const QString why = whyNotRun(statement, script); !why.isEmpty()) {
            rehearsed.notRun << UnrehearsedStatement{i + 1, step.fileLine(statement.line), summaryOf(sql), why};
            continue;
        }
        if (m_options.cancel && m_options.cancel->load())
            break;
        if (keepsStatements)
            exec(QStringLiteral("SAVEPOINT %1").arg(QLatin1String(statementSavepoint)), &error);
        QSqlQuery query(m_db);
        if (m_options.inStatement)
            m_options.inStatement->store(true);
        const bool ran = query.exec(sql);
        if (m_options.inStatement)
            m_options.inStatement->store(false);
        if (!ran) {
            rehearsed.result = RehearsedStep::Result::Failed;
            rehearsed.failedStatement = i + 1;
            rehearsed.failedLine = step.fileLine(statement.line);
            rehearsed.failedSql = sql;
            rehearsed.error = databaseMessage(query.lastError());
            if (!rehearsed.notRun.isEmpty())
                rehearsed.error += u' '
                                   + Tr::tr("(a statement before it was not rehearsed; this failure may come from "
                                            "that)");
            break;
        }
        ++rehearsed.statementsRun;
        if (!query.isSelect() && query.numRowsAffected() > 0
            && changesRows(statement.bytes(script), m_planDialect.kind))
            rehearsed.rows += query.numRowsAffected();
        if (keepsStatements)
            exec(QStringLiteral("RELEASE SAVEPOINT %1").arg(QLatin1String(statementSavepoint)), &error);
    }
    rehearsed.elapsedUs = timer.nsecsElapsed() / 1000;
    const bool cancelled = m_options.cancel && m_options.cancel->load();
    if (rehearsed.result != RehearsedStep::Result::Failed)
        rehearsed.result = cancelled ? RehearsedStep::Result::NotReached : RehearsedStep::Result::Succeeded;
    if (inTransaction()) {
        if (rehearsed.result == RehearsedStep::Result::Failed)
            exec(QStringLiteral("ROLLBACK TO SAVEPOINT %1")
                     .arg(QLatin1String(keepsStatements ? statementSavepoint : stepSavepoint)),
                 &error);
        else
            readLocks(rehearsed);
        exec(QStringLiteral("RELEASE SAVEPOINT %1").arg(QLatin1String(stepSavepoint)), &error);
    }
    return rehearsed;
}

} // namespace tidemark
