#pragma once

#include "connectionurl.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace tidemark {

// Stops the statement a connection is running, from another thread: Cancel and Ctrl-C use it, so that a long
// statement does not run on to its end, and commit, after the user asked to stop. PostgreSQL: a cancel request
// with the connection's key. MariaDB/MySQL: KILL QUERY from a connection of the caller's own. SQLite:
// sqlite3_interrupt. The statement then fails with the database's "cancelled" error.
class StatementCanceller
{
public:
    virtual ~StatementCanceller() = default;
    // Thread-safe. False, with the reason, when the database could not be asked.
    virtual bool cancel(QString *error) = 0;
};

// For db, on the thread that opened it. MariaDB/MySQL keep url and password to open the connection that kills;
// nullptr, with the reason, when the driver gives no way to cancel.
std::unique_ptr<StatementCanceller> createStatementCanceller(const QSqlDatabase &db, const ConnectionUrl &url,
                                                             const QString &password, QString *error);

} // namespace tidemark
