#pragma once

#include "core/project.h"
#include "database/connectionurl.h"
#include "database/database.h"
#include "run/session.h"
#include "testproject.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace tidemark::test {

// The throwaway servers tests/harness/servers.sh started for this test run, read from the KEY=VALUE file that
// TIDEMARK_TEST_SERVERS_ENV names (ctest sets it for tests declared with SERVERS). Stops the test with qFatal when
// the servers are not there: a database test that silently skips proves nothing.
class TestServers
{
public:
    static const TestServers &instance();

    QString value(const QString &key) const; // qFatal when the file lacks KEY
    ConnectionUrl baseUrl(DatabaseKind dialect) const; // the tidemark_test database
    QString password(DatabaseKind dialect) const;

    // Points this process at the private D-Bus session bus and unlocked gnome-keyring (for QtKeychain).
    void useKeychain() const;

private:
    QHash<QString, QString> m_values;
};

// A fresh, uniquely named database on PostgreSQL or MariaDB for one test, dropped when this object goes.
class TestDatabase
{
public:
    explicit TestDatabase(DatabaseKind dialect);
    ~TestDatabase();
    Q_DISABLE_COPY_MOVE(TestDatabase)

    DatabaseKind dialect() const { return m_dialect; }
    QString name() const { return m_name; }
    QString password() const;
    ConnectionUrl url() const;
    // postgres://tidemark@127.0.0.1:PORT/NAME with the query items given, e.g. "schema=app".
    QString urlText(const QString &query = QString()) const;

    std::unique_ptr<Session> open(const Project &project, const QString &query = QString()) const;

    // A connection of its own to this database, as the test user, closed with this object. On PostgreSQL
    // applicationName names it in pg_stat_activity.
    QSqlDatabase connect(const QString &applicationName = QString());

    // Runs SQL outside Tidemark on a helper connection; the first column of the first row, or an invalid QVariant.
    QVariant value(const QString &sql);
    int count(const QString &sql) { return value(sql).toInt(); }
    // Runs SQL outside Tidemark; false with the server's message in *error.
    bool exec(const QString &sql, QString *error = nullptr);

private:
    QSqlDatabase adminConnection(const QString &database, const QString &connectionName,
                                 const QString &applicationName) const;

    DatabaseKind m_dialect;
    QString m_name;
    QStringList m_connections;
    QSqlDatabase m_helper;
};

// Writes NAME.up.sql and NAME.down.sql for migrations 1..n, each creating table tN and inserting one row.
void writeTableMigrations(const TestProject &project, int n);

} // namespace tidemark::test
