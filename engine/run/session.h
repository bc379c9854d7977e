#pragma once

#include "conventions/convention.h"
#include "core/project.h"
#include "database/connectionurl.h"
#include "database/database.h"
#include "database/dialect.h"
#include "history/migrationstatus.h"
#include "cancelwatch.h"
#include "database/statementcanceller.h"
#include "rehearsal.h"
#include "runner.h"

#include <memory>
#include <optional>

namespace tidemark {

// Reads the project's files with its convention (named in tidemark.json, else detected).
std::optional<Catalog> loadCatalog(const Project &project, QString *error);

// A project and one open connection to its target database, for use on the thread that opened it.
class Session
{
public:
    static std::unique_ptr<Session> open(const Project &project, const ConnectionUrl &url, const QString &password,
                                         OpenMode mode, QString *error);
    ~Session();
    Q_DISABLE_COPY_MOVE(Session)

    const Project &project() const { return m_project; }
    const ConnectionUrl &url() const { return m_url; }
    const Dialect &dialect() const { return *m_dialect; }
    // What plans for this database need to know of it, read from its server when the session opened.
    const PlanDialect &planDialect() const { return m_planDialect; }
    QSqlDatabase database() const { return m_db; }

    // Files and history read afresh.
    std::optional<ProjectStatus> status(QString *error) const;
    // The files read afresh, against a history and events already read.
    std::optional<ProjectStatus> status(const QList<AppliedMigration> &applied, const QList<HistoryEvent> &events,
                                        QString *error) const;
    std::optional<LockHolder> lockHolder(QString *error) const;
    RunResult run(const Plan &plan, const RunOptions &options);
    RunResult recordWithoutRunning(const QList<Migration> &migrations, const QString &details,
                                   const RunOptions &options);
    RunResult repair(const MigrationStatus &migration, RepairAction action, const RunOptions &options);
    RunResult breakStaleLock(const RunOptions &options);
    // Runs the plan for real and undoes it (Rehearsal): nothing is kept, nothing is recorded.
    RehearsalReport rehearse(const Plan &plan, RehearsalOptions options);
    // Accepts a modified migration's file, or restores its file from the history (Runner::settleDrift), with the
    // project's convention.
    RunResult settleDrift(const MigrationStatus &migration, DriftAction action, const RunOptions &options);
    // The context a run started now would record (without its plan): the caller's tool, command, profile and
    // environment, with the target, the project and what this process and connection know.
    RunContext describe(const RunContext &context) const;

private:
    Session(Project project, ConnectionUrl url, std::unique_ptr<Dialect> dialect, QSqlDatabase db,
            std::unique_ptr<StatementCanceller> canceller, QString password);
    // The options, with the runner telling a CancelWatch when a statement runs, and able to connect again.
    RunOptions prepared(RunOptions options, CancelWatch &watch);
    // The options, with what the session knows of the run's context: the target and the project folder.
    RunOptions withContext(RunOptions options) const;

    Project m_project;
    ConnectionUrl m_url;
    std::unique_ptr<Dialect> m_dialect;
    QSqlDatabase m_db;
    PlanDialect m_planDialect;
    QString m_connectionName;
    std::unique_ptr<StatementCanceller> m_canceller; // null when the driver cannot cancel: runs stop between statements
    QString m_password; // in memory only, to connect again and record a failure after the connection was lost
};

} // namespace tidemark
