#include "statementcanceller.h"

#include "core/tr.h"
#include "database.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace tidemark {
namespace {

// The driver's native handle, when it is of the type named (as Qt names it: libpq's PGconn is "pg_conn*").
template<typename Handle>
Handle *nativeHandle(const QSqlDatabase &db, const char *typeName)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), typeName) != 0)
        return nullptr;
    return *static_cast<Handle *const *>(handle.constData());
}

class SqliteCanceller final : public StatementCanceller
{
public:
    explicit SqliteCanceller(sqlite3 *handle) : m_handle(handle) {}
    bool cancel(QString *) override
    {
        sqlite3_interrupt(m_handle);
        return true;
    }

private:
    sqlite3 *m_handle;
};

class PostgresCanceller final : public StatementCanceller
{
public:
    explicit PostgresCanceller(PGcancel *cancel) : m_cancel(cancel) {}
    ~PostgresCanceller() override { PQfreeCancel(m_cancel); }
    bool cancel(QString *error) override
    {
        char reason[256] = {};
        if (PQcancel(m_cancel, reason, sizeof reason))
            return true;
        *error = QString::fromUtf8(reason);
        return false;
    }

private:
    PGcancel *m_cancel;
};

class MySqlCanceller final : public StatementCanceller
{
public:
    MySqlCanceller(ConnectionUrl url, QString password, qint64 connectionId)
        : m_url(std::move(url))
        , m_password(std::move(password))
        , m_connectionId(connectionId)
    {
    }
    bool cancel(QString *error) override
    {
        const QString name = uniqueConnectionName(QStringLiteral("cancel"));
        bool killed = false;
        {
            QSqlDatabase killer = openDatabase(m_url, m_password, name, OpenMode::ExistingOnly, error);
            if (killer.isOpen()) {
                QSqlQuery query(killer);
                killed = query.exec(QStringLiteral("KILL QUERY %1").arg(m_connectionId));
                if (!killed)
                    *error = databaseMessage(query.lastError());
                killer.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return killed;
    }

private:
    ConnectionUrl m_url;
    QString m_password;
    qint64 m_connectionId;
};

} // namespace

std::unique_ptr<StatementCanceller> createStatementCanceller(const QSqlDatabase &db, const ConnectionUrl &url,
                                                             const QString &password, QString *error)
{
    switch (url.dialect) {
    case DatabaseKind::Sqlite:
        if (sqlite3 *handle = nativeHandle<sqlite3>(db, "sqlite3*"))
            return std::make_unique<SqliteCanceller>(handle);
        break;
    case DatabaseKind::Postgres:
        if (PGconn *connection = nativeHandle<PGconn>(db, "pg_conn*"))
            if (PGcancel *cancel = PQgetCancel(connection))
                return std::make_unique<PostgresCanceller>(cancel);
        break;
    case DatabaseKind::MySql: {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT CONNECTION_ID()")) && query.next())
            return std::make_unique<MySqlCanceller>(url, password, query.value(0).toLongLong());
        *error = databaseMessage(query.lastError());
        return nullptr;
    }
    }
    *error = Tr::tr("the Qt SQL driver gives no handle to cancel a running statement with");
    return nullptr;
}

} // namespace tidemark
