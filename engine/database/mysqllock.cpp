#include "mysqllock.h"

#include "core/tr.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace tidemark {

MySqlLock::MySqlLock(QSqlDatabase db, const QString &historyTable)
    : m_db(std::move(db))
    , m_name(lockName(m_db.databaseName(), historyTable))
{
}

QString MySqlLock::lockName(const QString &database, const QString &historyTable)
{
    const QString prefix = QStringLiteral("tidemark:");
    const QString name = prefix + database + u'.' + historyTable;
    if (name.size() <= 64)
        return name;
    const QByteArray digest = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex();
    return prefix + QString::fromLatin1(digest.left(64 - prefix.size()));
}

MigrationLock::Attempt MySqlLock::tryAcquire()
{
    Attempt attempt;
    if (m_held) {
        attempt.acquired = true;
        return attempt;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT GET_LOCK(?, 0)"));
    query.addBindValue(m_name);
    if (!query.exec() || !query.next()) {
        attempt.error = query.lastError().text();
        return attempt;
    }
    if (query.value(0).isNull()) {
        attempt.error = Tr::tr("GET_LOCK('%1') failed").arg(m_name);
        return attempt;
    }
    if (query.value(0).toInt() == 1) {
        m_held = true;
        attempt.acquired = true;
        return attempt;
    }
    QString ignored; // the holder may have let go in between: then there is nobody to name, and we poll again
    attempt.holder = holder(&ignored);
    return attempt;
}

bool MySqlLock::refresh(QString *error)
{
    // Statements here run without a transaction, so make sure a silent reconnect has not dropped the lock.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT IS_USED_LOCK(?) = CONNECTION_ID()"));
    query.addBindValue(m_name);
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    if (query.value(0).toInt() != 1) {
        *error = Tr::tr("the migration lock %1 was lost with the connection").arg(m_name);
        m_held = false;
        return false;
    }
    return true;
}

LockFence MySqlLock::fence() const
{
    return {}; // a session lock: refresh() checks that no silent reconnect has dropped it
}

void MySqlLock::release()
{
    if (!m_held)
        return;
    m_held = false;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT RELEASE_LOCK(?)"));
    query.addBindValue(m_name);
    query.exec(); // NULL: nobody held it any more; 0: another connection does. Either way it is not ours.
}

std::optional<LockHolder> MySqlLock::holder(QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT IS_USED_LOCK(?)"));
    query.addBindValue(m_name);
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (query.value(0).isNull())
        return std::nullopt;
    const qint64 connection = query.value(0).toLongLong();
    LockHolder h;
    h.runId = QStringLiteral("mysql connection %1").arg(connection);
    QSqlQuery who(m_db);
    who.prepare(QStringLiteral("SELECT USER, HOST, COMMAND, STATE, INFO, TIME FROM information_schema.PROCESSLIST "
                               "WHERE ID = ?"));
    who.addBindValue(connection);
    h.endSession = QStringLiteral("KILL %1;").arg(connection);
    if (who.exec() && who.next()) {
        h.owner = Tr::tr("%1 (connection %2)").arg(who.value(0).toString()).arg(connection);
        h.host = who.value(1).toString();
        const QString command = who.value(2).toString();
        const QString state = who.value(3).toString();
        h.state = state.isEmpty() ? command : QStringLiteral("%1: %2").arg(command, state);
        h.statement = who.value(4).toString().trimmed();
        h.stateSince = QDateTime::currentDateTimeUtc().addSecs(-who.value(5).toLongLong());
    } else {
        // Without the PROCESS privilege only our own connections are listed.
        h.owner = Tr::tr("connection %1").arg(connection);
        h.host = m_db.hostName();
    }
    return h;
}

} // namespace tidemark
