#include "testservers.h"

#include "testproject.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace tidemark::test {
namespace {

QString driverName(DatabaseKind dialect)
{
    return dialect == DatabaseKind::Postgres ? QStringLiteral("QPSQL") : QStringLiteral("QMYSQL");
}

QString prefix(DatabaseKind dialect)
{
    switch (dialect) {
    case DatabaseKind::Postgres: return QStringLiteral("TIDEMARK_TEST_PG_");
    case DatabaseKind::MySql: return QStringLiteral("TIDEMARK_TEST_MYSQL_");
    case DatabaseKind::Sqlite: break;
    }
    qFatal("TestServers: SQLite needs no server; use TestProject");
}

} // namespace

const TestServers &TestServers::instance()
{
    static const TestServers servers = [] {
        TestServers s;
        const QString path = qEnvironmentVariable("TIDEMARK_TEST_SERVERS_ENV");
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly | QIODevice::Text))
            qFatal("test servers are not running: run the tests through ctest or tools/test.sh, which start them "
                   "(%s)",
                   path.isEmpty() ? "TIDEMARK_TEST_SERVERS_ENV is not set"
                                  : qPrintable(path + QStringLiteral(" does not exist")));
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            const qsizetype equals = line.indexOf(u'=');
            if (line.isEmpty() || line.startsWith(u'#') || equals < 1)
                continue;
            s.m_values.insert(line.left(equals), line.mid(equals + 1));
        }
        return s;
    }();
    return servers;
}

QString TestServers::value(const QString &key) const
{
    const auto it = m_values.constFind(key);
    if (it == m_values.cend())
        qFatal("test servers: %s is missing from %s; restart them with tests/harness/servers.sh start",
               qPrintable(key), qPrintable(qEnvironmentVariable("TIDEMARK_TEST_SERVERS_ENV")));
    return *it;
}

ConnectionUrl TestServers::baseUrl(DatabaseKind dialect) const
{
    QString error;
    const std::optional<ConnectionUrl> url = ConnectionUrl::parse(value(prefix(dialect) + QStringLiteral("URL")), &error);
    if (!url)
        qFatal("test servers: bad URL: %s", qPrintable(error));
    return *url;
}

QString TestServers::password(DatabaseKind dialect) const
{
    return value(prefix(dialect) + QStringLiteral("PASSWORD"));
}

void TestServers::useKeychain() const
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", value(QStringLiteral("TIDEMARK_TEST_DBUS_ADDRESS")).toUtf8());
    qputenv("XDG_RUNTIME_DIR", value(QStringLiteral("TIDEMARK_TEST_XDG_RUNTIME_DIR")).toUtf8());
    qputenv("XDG_DATA_HOME", value(QStringLiteral("TIDEMARK_TEST_XDG_DATA_HOME")).toUtf8());
    qputenv("XDG_CONFIG_HOME", value(QStringLiteral("TIDEMARK_TEST_XDG_CONFIG_HOME")).toUtf8());
}

TestDatabase::TestDatabase(DatabaseKind dialect)
    : m_dialect(dialect)
    , m_name(QStringLiteral("tm_") + QUuid::createUuid().toString(QUuid::Id128).left(20))
{
    const QString admin = uniqueConnectionName(QStringLiteral("testdb-create"));
    {
        QSqlDatabase db = adminConnection(TestServers::instance().baseUrl(dialect).database, admin, {});
        QSqlQuery query(db);
        const QString sql = dialect == DatabaseKind::Postgres
                                ? QStringLiteral("CREATE DATABASE %1").arg(m_name)
                                : QStringLiteral("CREATE DATABASE %1 CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
                                      .arg(m_name);
        if (!query.exec(sql))
            qFatal("cannot create the test database %s: %s", qPrintable(m_name), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(admin);
}

TestDatabase::~TestDatabase()
{
    m_helper = QSqlDatabase();
    for (const QString &name : std::as_const(m_connections)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    const QString admin = uniqueConnectionName(QStringLiteral("testdb-drop"));
    {
        QSqlDatabase db = adminConnection(TestServers::instance().baseUrl(m_dialect).database, admin, {});
        QSqlQuery query(db);
        // FORCE ends sessions a failed test may have left, e.g. a CLI process still waiting for the lock.
        const QString sql = m_dialect == DatabaseKind::Postgres
                                ? QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name)
                                : QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_name);
        if (!query.exec(sql))
            qWarning("cannot drop the test database %s: %s", qPrintable(m_name), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(admin);
}

QString TestDatabase::password() const
{
    return TestServers::instance().password(m_dialect);
}

QString TestDatabase::urlText(const QString &query) const
{
    const ConnectionUrl base = TestServers::instance().baseUrl(m_dialect);
    QString text = QStringLiteral("%1://%2@%3:%4/%5")
                       .arg(m_dialect == DatabaseKind::Postgres ? QStringLiteral("postgres") : QStringLiteral("mysql"),
                            base.user, base.host)
                       .arg(base.port)
                       .arg(m_name);
    if (!query.isEmpty())
        text += u'?' + query;
    return text;
}

ConnectionUrl TestDatabase::url() const
{
    QString error;
    return *ConnectionUrl::parse(urlText(), &error);
}

std::unique_ptr<Session> TestDatabase::open(const Project &project, const QString &query) const
{
    QString error;
    const std::optional<ConnectionUrl> url = ConnectionUrl::parse(urlText(query), &error);
    if (!url)
        qFatal("bad test URL: %s", qPrintable(error));
    std::unique_ptr<Session> session = Session::open(project, *url, password(), OpenMode::CreateIfMissing, &error);
    if (!session)
        qFatal("cannot open the test database: %s", qPrintable(error));
    return session;
}

QSqlDatabase TestDatabase::adminConnection(const QString &database, const QString &connectionName,
                                           const QString &applicationName) const
{
    const ConnectionUrl base = TestServers::instance().baseUrl(m_dialect);
    QSqlDatabase db = QSqlDatabase::addDatabase(driverName(m_dialect), connectionName);
    db.setHostName(base.host);
    db.setPort(base.port);
    db.setUserName(base.user);
    db.setPassword(password());
    db.setDatabaseName(database);
    if (m_dialect == DatabaseKind::Postgres && !applicationName.isEmpty()) {
        QString quoted = applicationName;
        quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
        db.setConnectOptions(QStringLiteral("application_name='%1'").arg(quoted));
    }
    if (!db.open())
        qFatal("cannot connect to the test server (%s): %s", qPrintable(driverName(m_dialect)),
               qPrintable(db.lastError().text()));
    return db;
}

QSqlDatabase TestDatabase::connect(const QString &applicationName)
{
    const QString name = uniqueConnectionName(QStringLiteral("testdb"));
    m_connections << name;
    return adminConnection(m_name, name, applicationName);
}

QVariant TestDatabase::value(const QString &sql)
{
    if (!m_helper.isValid())
        m_helper = connect(QStringLiteral("tidemark-test-helper"));
    QSqlQuery query(m_helper);
    if (!query.exec(sql)) {
        qWarning("%s failed: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return {};
    }
    return query.next() ? query.value(0) : QVariant();
}

bool TestDatabase::exec(const QString &sql, QString *error)
{
    if (!m_helper.isValid())
        m_helper = connect(QStringLiteral("tidemark-test-helper"));
    QSqlQuery query(m_helper);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

void writeTableMigrations(const TestProject &project, int n)
{
    for (int i = 1; i <= n; ++i)
        project.write(QStringLiteral("%1_t%2").arg(i, 3, 10, QChar(u'0')).arg(i),
                      QStringLiteral("CREATE TABLE t%1 (id INT);\nINSERT INTO t%1 VALUES (%1);\n").arg(i),
                      QStringLiteral("DROP TABLE t%1;\n").arg(i));
}

} // namespace tidemark::test
