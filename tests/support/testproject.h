#pragma once

#include "database/connectionurl.h"
#include "database/schemasnapshot.h"
#include "run/session.h"

#include <QTemporaryDir>

#include <chrono>
#include <functional>
#include <memory>

namespace tidemark::test {

class TestDatabase;

// A throwaway project folder and database that vanish with the object. The database is a SQLite file, or a
// fresh database on the test PostgreSQL or MariaDB server when TIDEMARK_TEST_BACKEND says postgres or mysql:
// that is how one engine suite runs against all three (ctest registers each suite once per backend).
class TestProject
{
public:
    TestProject();
    ~TestProject();
    Q_DISABLE_COPY_MOVE(TestProject)

    DatabaseKind dialect() const;
    bool transactionalDdl() const { return dialect() != DatabaseKind::MySql; }

    QString dir() const { return m_dir.path(); }
    QString databasePath() const { return m_dir.filePath(QStringLiteral("db/test.db")); } // SQLite only
    ConnectionUrl url() const;
    QString urlText() const;
    QString password() const;
    QString migrationsDir() const { return m_dir.filePath(QStringLiteral("migrations")); }

    // Writes NAME.up.sql (and NAME.down.sql unless down is null) in golang-migrate form.
    void write(const QString &name, const QString &up, const QString &down = QString()) const;
    void writeFile(const QString &fileName, const QByteArray &content) const;
    void remove(const QString &fileName) const;

    Project project() const;
    std::unique_ptr<Session> open() const;

    // SQL run outside Tidemark, as another client would.
    QVariant value(const QString &sql) const; // first column of the first row; invalid on error or no row
    int count(const QString &sql) const { return value(sql).toInt(); }
    QStringList column(const QString &sql) const; // first column of every row
    bool exec(const QString &sql) const;
    bool tableExists(const QString &table) const;
    // "VERSION CHECKSUM STATEMENTS_DONE" of every history row, in installed_rank order.
    QStringList historyRows() const;
    // The schema as Dialect::schemaSnapshot reads it through the session; qFatal when it cannot be read.
    SchemaSnapshot schemaSnapshot(Session &session) const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_server;
};

// Plans from a fresh status of the session and runs the plan; qFatal when the status cannot be read.
RunResult runFreshPlan(Session &session, const std::function<Plan(const ProjectStatus &)> &planner,
                       std::chrono::milliseconds lockTimeout = std::chrono::seconds(10));
RunResult runFreshPlan(Session &session, const std::function<Plan(const ProjectStatus &)> &planner,
                       const RunOptions &options);

// Runs a single statement on a SQLite file outside of Tidemark and returns the first column of the first row.
QVariant queryValue(const QString &databasePath, const QString &sql);

} // namespace tidemark::test
