#include "core/tr.h"
#include "database.h"
#include "migrationlock.h"
#include "sqlerror.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace tidemark {
namespace {


QString driverFor(DatabaseKind dialect)
{
    switch (dialect) {
    case DatabaseKind::Sqlite: return QStringLiteral("QSQLITE");
    case DatabaseKind::Postgres: return QStringLiteral("QPSQL");
    case DatabaseKind::MySql: return QStringLiteral("QMYSQL");
    }
    return {};
}

// A libpq conninfo value: single-quoted, with \ and ' escaped. QPSQL turns every ';' of the options string into a
// space (its separator for libpq), so none may remain inside a value.
QString conninfoValue(QString value)
{
    value.replace(u';', u',');
    value.replace(u'\\', QStringLiteral("\\\\"));
    value.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + value + u'\'';
}

// "tidemark alice@laptop pid 4242": names the lock holder in pg_stat_activity. PostgreSQL keeps 63 bytes of ASCII.
QString applicationName()
{
    const LockIdentity me = LockIdentity::current({});
    const QString tail = QStringLiteral(" pid %1").arg(me.pid);
    QString head = QStringLiteral("tidemark %1@%2").arg(me.owner, me.host);
    for (QChar &c : head)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            c = u'?';
    return head.left(63 - int(tail.size())) + tail;
}

QString connectOptions(const ConnectionUrl &url)
{
    QStringList options;
    switch (url.dialect) {
    case DatabaseKind::Sqlite:
        // Wait for another writer instead of failing at once; the migration lock does the real waiting.
        options << QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        break;
    case DatabaseKind::Postgres:
        options << QStringLiteral("connect_timeout=10")
                << QStringLiteral("application_name=") + conninfoValue(applicationName());
        if (url.options.contains(QStringLiteral("sslmode")))
            options << QStringLiteral("sslmode=") + conninfoValue(url.options.value(QStringLiteral("sslmode")));
        break;
    case DatabaseKind::MySql:
        options << QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=10");
        break;
    }
    return options.join(u';');
}

// Session settings Tidemark relies on. PostgreSQL with ?schema=NAME: the name goes into the custom setting
// tidemark.schema (where PostgresDialect looks for it, and creates the schema when it writes) and first on
// search_path, ahead of the server's path, so the migrations create their objects there and still find
// extensions in public. MySQL: UTC, because DATETIME values carry no zone.
bool prepareSession(const QSqlDatabase &db, const ConnectionUrl &url, QString *error)
{
    QSqlQuery query(db);
    const QString schema = url.options.value(QStringLiteral("schema"));
    if (url.dialect == DatabaseKind::Postgres && !schema.isEmpty()) {
        query.prepare(QStringLiteral("SELECT set_config('tidemark.schema', ?, false), set_config('search_path', "
                                     "quote_ident(?) || CASE WHEN current_setting('search_path') = '' THEN '' "
                                     "ELSE ', ' || current_setting('search_path') END, false)"));
        query.addBindValue(schema);
        query.addBindValue(schema);
    } else if (url.dialect == DatabaseKind::MySql) {
        query.prepare(QStringLiteral("SET time_zone = '+00:00'"));
    } else {
        return true;
    }
    if (!query.exec()) {
        *error = Tr::tr("connected to %1, but could not set up the session: %2")
                     .arg(url.redacted(), databaseMessage(query.lastError()));
        return false;
    }
    return true;
}

// The driver's reason a connection failed, never with the password in it, and with a hint when none was given.
QString connectError(const QSqlDatabase &db, const QString &password)
{
    QString text = db.lastError().text();
    if (password.size() >= 4)
        text.replace(password, QStringLiteral("***"));
    if (password.isEmpty() && text.contains(QLatin1String("password"), Qt::CaseInsensitive))
        text += Tr::tr(" (no password was given: set TIDEMARK_PASSWORD or save one in the keychain)");
    return text;
}

} // namespace

QString uniqueConnectionName(const QString &purpose)
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("tidemark-%1-%2").arg(purpose).arg(counter.fetchAndAddRelaxed(1));
}

bool reopenDatabase(QSqlDatabase &db, const ConnectionUrl &url, const QString &password, QString *error)
{
    db.close();
    db.setPassword(password);
    const bool opened = db.open();
    db.setPassword(QString());
    if (!opened) {
        *error = Tr::tr("cannot connect to %1 again: %2").arg(url.redacted(), connectError(db, password));
        return false;
    }
    return prepareSession(db, url, error);
}

QSqlDatabase openDatabase(const ConnectionUrl &url, const QString &password, const QString &connectionName,
                          OpenMode mode, QString *error)
{
    const QString driver = driverFor(url.dialect);
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        *error = Tr::tr("the Qt SQL driver %1 is not installed").arg(driver);
        return {};
    }
    if (url.dialect == DatabaseKind::MySql && url.options.contains(QStringLiteral("schema"))) {
        *error = Tr::tr("the schema option is for PostgreSQL; on MySQL and MariaDB the database in the URL is the schema");
        return {};
    }
    if (url.dialect == DatabaseKind::Sqlite) {
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
    if (url.dialect == DatabaseKind::Sqlite) {
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
        *error = Tr::tr("cannot connect to %1: %2").arg(url.redacted(), connectError(db, password));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return {};
    }
    db.setPassword(QString()); // not kept in memory longer than needed
    if (!prepareSession(db, url, error)) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return {};
    }
    return db;
}

} // namespace tidemark
