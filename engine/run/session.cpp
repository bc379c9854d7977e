#include "connections/redaction.h"
#include "conventions/conventionfactory.h"
#include "core/tr.h"
#include "database/dialectfactory.h"
#include "history/validation.h"
#include "session.h"

#include <QCoreApplication>

namespace tidemark {

std::optional<Catalog> loadCatalog(const Project &project, QString *error)
{
    const std::unique_ptr<Convention> convention = projectConvention(project, error);
    if (!convention)
        return std::nullopt;
    return convention->read(project.migrationsDir);
}

Session::Session(Project project, ConnectionUrl url, std::unique_ptr<Dialect> dialect, QSqlDatabase db,
                 std::unique_ptr<StatementCanceller> canceller, QString password)
    : m_project(std::move(project))
    , m_url(std::move(url))
    , m_dialect(std::move(dialect))
    , m_db(std::move(db))
    , m_planDialect(m_dialect->kind(), m_dialect->addsEnumValuesInTransaction(m_db))
    , m_connectionName(m_db.connectionName())
    , m_canceller(std::move(canceller))
    , m_password(std::move(password))
{
}

RunOptions Session::prepared(RunOptions options, CancelWatch &watch)
{
    options.inStatement = watch.inStatement();
    options.reconnect = [this](QString *error) { return reopenDatabase(m_db, m_url, m_password, error); };
    return withContext(std::move(options));
}

RunOptions Session::withContext(RunOptions options) const
{
    options.context.target = m_url.redacted();
    options.context.project = m_project.rootDir;
    return options;
}

RunContext Session::describe(const RunContext &context) const
{
    RunOptions options;
    options.context = context;
    return completedContext(withContext(std::move(options)).context, m_db, *m_dialect);
}

Session::~Session()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Session> Session::open(const Project &project, const ConnectionUrl &url, const QString &password,
                                       OpenMode mode, QString *error)
{
    std::unique_ptr<Dialect> dialect = createDialect(url.dialect);
    if (!dialect) {
        *error = Tr::tr("%1 databases are not supported by this build").arg(databaseKindName(url.dialect));
        return nullptr;
    }
    QSqlDatabase db = openDatabase(url, password, uniqueConnectionName(QStringLiteral("session")), mode, error);
    if (!db.isOpen())
        return nullptr;
    QString noCancel; // without a canceller, Cancel stops the run between statements
    std::unique_ptr<StatementCanceller> canceller = createStatementCanceller(db, url, password, &noCancel);
    return std::unique_ptr<Session>(
        new Session(project, url, std::move(dialect), db, std::move(canceller), password));
}

std::optional<ProjectStatus> Session::status(QString *error) const
{
    const HistoryStore history(m_db, *m_dialect, m_project.tables);
    const std::optional<QList<AppliedMigration>> applied = history.readApplied(error);
    if (!applied)
        return std::nullopt;
    const std::optional<QList<HistoryEvent>> events = history.readEvents(error);
    if (!events)
        return std::nullopt;
    return status(*applied, *events, error);
}

std::optional<ProjectStatus> Session::status(const QList<AppliedMigration> &applied, const QList<HistoryEvent> &events,
                                             QString *error) const
{
    const std::optional<Catalog> catalog = loadCatalog(m_project, error);
    if (!catalog)
        return std::nullopt;
    ProjectStatus status = computeStatus(*catalog, applied, events);
    status.diagnostics += emptyUpWarnings(status, m_dialect->kind());
    QString foreignError;
    status.otherTool = readForeignHistory(m_db, *m_dialect, QString(), &foreignError);
    if (!foreignError.isEmpty()) {
        *error = foreignError;
        return std::nullopt;
    }
    return status;
}

std::optional<LockHolder> Session::lockHolder(QString *error) const
{
    const std::unique_ptr<MigrationLock> lock =
        m_dialect->createLock(m_db, m_project.tables, LockIdentity::current(QString()));
    std::optional<LockHolder> holder = lock->holder(error);
    if (holder) // another session's statement, shown to whoever looks at the lock
        holder->statement = redact(holder->statement, m_password);
    return holder;
}

RunResult Session::run(const Plan &plan, const RunOptions &options)
{
    Runner runner(m_db, *m_dialect, m_project.tables);
    CancelWatch watch(options.cancel, m_canceller.get());
    return runner.run(plan, prepared(options, watch));
}

RehearsalReport Session::rehearse(const Plan &plan, RehearsalOptions options)
{
    Rehearsal rehearsal(m_db, *m_dialect, m_planDialect, m_project.tables);
    CancelWatch watch(options.cancel, m_canceller.get());
    options.inStatement = watch.inStatement();
    return rehearsal.rehearse(plan, options);
}

RunResult Session::recordWithoutRunning(const QList<Migration> &migrations, const QString &details,
                                        const RunOptions &options)
{
    Runner runner(m_db, *m_dialect, m_project.tables);
    return runner.recordWithoutRunning(migrations, details, withContext(options));
}

RunResult Session::repair(const MigrationStatus &migration, RepairAction action, const RunOptions &options)
{
    Runner runner(m_db, *m_dialect, m_project.tables);
    return runner.repair(migration, action, withContext(options));
}

RunResult Session::breakStaleLock(const RunOptions &options)
{
    Runner runner(m_db, *m_dialect, m_project.tables);
    return runner.breakStaleLock(withContext(options));
}

RunResult Session::settleDrift(const MigrationStatus &migration, DriftAction action, const RunOptions &options)
{
    QString error;
    const std::unique_ptr<Convention> convention = projectConvention(m_project, &error);
    if (!convention)
        return {RunOutcome::Failed, {}, 0, error, std::nullopt};
    Runner runner(m_db, *m_dialect, m_project.tables);
    return runner.settleDrift(migration, action, {convention.get(), m_project.migrationsDir}, withContext(options));
}

} // namespace tidemark
