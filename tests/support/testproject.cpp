#include "testproject.h"

#include "testservers.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace tidemark::test {
namespace {

std::optional<DatabaseKind> serverBackend()
{
    const QString backend = qEnvironmentVariable("TIDEMARK_TEST_BACKEND", QStringLiteral("sqlite"));
    if (backend == u"postgres")
        return DatabaseKind::Postgres;
    if (backend == u"mysql")
        return DatabaseKind::MySql;
    if (backend != u"sqlite")
        qFatal("TIDEMARK_TEST_BACKEND must be sqlite, postgres or mysql, not %s", qPrintable(backend));
    return std::nullopt;
}

// Runs fn on a connection of its own to the SQLite file, closed and removed afterwards.
template<typename Fn>
auto withSqlite(const QString &path, Fn fn)
{
    const QString name = uniqueConnectionName(QStringLiteral("probe"));
    decltype(fn(std::declval<QSqlDatabase &>())) result{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open())
            result = fn(db);
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QStringList firstColumn(QSqlDatabase &db, const QString &sql)
{
    QStringList values;
    QSqlQuery query(db);
    if (query.exec(sql))
        while (query.next())
            values << query.value(0).toString();
    return values;
}

} // namespace

TestProject::TestProject()
{
    QDir(m_dir.path()).mkpath(QStringLiteral("migrations"));
    QDir(m_dir.path()).mkpath(QStringLiteral("db"));
    if (const std::optional<DatabaseKind> server = serverBackend())
        m_server = std::make_unique<TestDatabase>(*server);
}

TestProject::~TestProject() = default;

DatabaseKind TestProject::dialect() const
{
    return m_server ? m_server->dialect() : DatabaseKind::Sqlite;
}

ConnectionUrl TestProject::url() const
{
    QString error;
    return *ConnectionUrl::parse(urlText(), &error);
}

QString TestProject::urlText() const
{
    return m_server ? m_server->urlText() : QStringLiteral("sqlite:") + databasePath();
}

QString TestProject::password() const
{
    return m_server ? m_server->password() : QString();
}

void TestProject::writeFile(const QString &fileName, const QByteArray &content) const
{
    QFile file(QDir(migrationsDir()).filePath(fileName));
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(file.errorString()));
    file.write(content);
}

void TestProject::write(const QString &name, const QString &up, const QString &down) const
{
    writeFile(name + QStringLiteral(".up.sql"), up.toUtf8());
    if (!down.isNull())
        writeFile(name + QStringLiteral(".down.sql"), down.toUtf8());
}

void TestProject::remove(const QString &fileName) const
{
    QFile::remove(QDir(migrationsDir()).filePath(fileName));
}

Project TestProject::project() const
{
    QString error;
    const std::optional<Project> project = Project::load(migrationsDir(), &error);
    if (!project)
        qFatal("cannot load test project: %s", qPrintable(error));
    return *project;
}

std::unique_ptr<Session> TestProject::open() const
{
    if (m_server)
        return m_server->open(project());
    QString error;
    std::unique_ptr<Session> session = Session::open(project(), url(), {}, OpenMode::CreateIfMissing, &error);
    if (!session)
        qFatal("cannot open test database: %s", qPrintable(error));
    return session;
}

QVariant TestProject::value(const QString &sql) const
{
    if (m_server)
        return m_server->value(sql);
    return queryValue(databasePath(), sql);
}

QStringList TestProject::column(const QString &sql) const
{
    if (m_server) {
        QSqlDatabase db = m_server->connect();
        return firstColumn(db, sql);
    }
    return withSqlite(databasePath(), [&](QSqlDatabase &db) { return firstColumn(db, sql); });
}

bool TestProject::exec(const QString &sql) const
{
    if (m_server)
        return m_server->exec(sql);
    return withSqlite(databasePath(), [&](QSqlDatabase &db) { return QSqlQuery(db).exec(sql); });
}

QStringList TestProject::historyRows() const
{
    const QString row = dialect() == DatabaseKind::MySql
                            ? QStringLiteral("CONCAT(version, ' ', checksum, ' ', statements_done)")
                            : QStringLiteral("version || ' ' || checksum || ' ' || statements_done");
    return column(QStringLiteral("SELECT %1 FROM tidemark_history ORDER BY installed_rank").arg(row));
}

SchemaSnapshot TestProject::schemaSnapshot(Session &session) const
{
    QString error;
    const std::optional<SchemaSnapshot> schema =
        session.dialect().schemaSnapshot(session.database(), project().tables, &error);
    if (!schema)
        qFatal("schema snapshot failed: %s", qPrintable(error));
    return *schema;
}

bool TestProject::tableExists(const QString &table) const
{
    switch (dialect()) {
    case DatabaseKind::Sqlite:
        return count(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = '%1'").arg(table)) == 1;
    case DatabaseKind::Postgres:
        return count(QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = '%1' "
                                    "AND table_schema = current_schema()").arg(table)) == 1;
    case DatabaseKind::MySql:
        return count(QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = '%1' "
                                    "AND table_schema = DATABASE()").arg(table)) == 1;
    }
    return false;
}

RunResult runFreshPlan(Session &session, const std::function<Plan(const ProjectStatus &)> &planner,
                       std::chrono::milliseconds lockTimeout)
{
    RunOptions options;
    options.lockTimeout = lockTimeout;
    return runFreshPlan(session, planner, options);
}

RunResult runFreshPlan(Session &session, const std::function<Plan(const ProjectStatus &)> &planner,
                       const RunOptions &options)
{
    QString error;
    const std::optional<ProjectStatus> status = session.status(&error);
    if (!status)
        qFatal("status failed: %s", qPrintable(error));
    return session.run(planner(*status), options);
}

QVariant queryValue(const QString &databasePath, const QString &sql)
{
    return withSqlite(databasePath, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    });
}

} // namespace tidemark::test
