#include "database.h"
#include "tr.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

namespace tidemark {
namespace {


QString driverFor(SqlDialect dialect)
{
    switch (dialect) {
    case SqlDialect::Sqlite: return QStringLiteral("QSQLITE");
    case SqlDialect::Postgres: return QStringLiteral("QPSQL");
    case SqlDialect::MySql: return QStringLiteral("QMYSQL");
    }
    return {};
}

QString connectOptions(const ConnectionUrl &url)
{
    QStringList options;
    switch (url.dialect) {
    case SqlDialect::Sqlite:
        // Wait for another writer instead of failing at once; the migration lock does the real waiting.
        options << QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        break;
    case SqlDialect::Postgres:
        options << QStringLiteral("connect_timeout=10") << QStringLiteral("application_name=tidemark");
        if (url.options.contains(QStringLiteral("sslmode")))
            options << QStringLiteral("sslmode=") + url.options.value(QStringLiteral("sslmode"));
        break;
    case SqlDialect::MySql:
        options << QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=10");
        break;
    }
    return options.join(u';');
}

} // namespace

QString uniqueConnectionName(const QString &purpose)
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("tidemark-%1-%2").arg(purpose).arg(counter.fetchAndAddRelaxed(1));
}

QSqlDatabase openDatabase(const ConnectionUrl &url, const QString &password, const QString &connectionName,
                          OpenMode mode, QString *error)
{
    const QString driver = driverFor(url.dialect);
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        *error = Tr::tr("the Qt SQL driver %1 is not installed").arg(driver);
        return {};
    }
    if (url.dialect == SqlDialect::Sqlite) {
        const QFileInfo file(url.path);
        if (!file.dir().exists()) {
            *error = Tr::tr("the folder of %1 does not exist").arg(url.redacted());
            return {};
        }
        if (mode == OpenMode::ExistingOnly && !file.exists()) {
            *error = Tr::tr("the SQLite database %1 does not exist yet; `up` creates it").arg(url.path);
            return {};
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, connectionName);
    if (url.dialect == SqlDialect::Sqlite) {
        db.setDatabaseName(url.path);
    } else {
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setDatabaseName(url.database);
        db.setUserName(url.user);
        db.setPassword(password);
    }
    db.setConnectOptions(connectOptions(url));
    if (!db.open()) {
        *error = Tr::tr("cannot connect to %1: %2").arg(url.redacted(), db.lastError().text());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return {};
    }
    db.setPassword(QString()); // not kept in memory longer than needed
    return db;
}

} // namespace tidemark
