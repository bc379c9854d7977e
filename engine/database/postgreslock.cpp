#include "postgreslock.h"

#include "core/tr.h"
#include "postgresschema.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace tidemark {
namespace {

// pg_locks shows a bigint advisory key as classid (high 32 bits) and objid (low 32 bits), objsubid 1.
constexpr auto holderSql =
    "SELECT a.application_name, a.usename, host(a.client_addr), l.pid, a.backend_start, a.state, a.query, "
    "a.state_change "
    "FROM pg_catalog.pg_locks l LEFT JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid "
    "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
    "AND l.database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database()) "
    "AND l.classid::bigint = ? AND l.objid::bigint = ?";

} // namespace

PostgresLock::PostgresLock(QSqlDatabase db, QString historyTable)
    : m_db(std::move(db))
    , m_historyTable(std::move(historyTable))
{
}

qint64 PostgresLock::lockKey(const QString &schema, const QString &historyTable)
{
    const QByteArray text = (schema + u'.' + historyTable.toLower()).toUtf8();
    const QByteArray digest = QCryptographicHash::hash(text, QCryptographicHash::Sha256);
    return qFromBigEndian<qint64>(digest.constData());
}

std::optional<qint64> PostgresLock::key(QString *error)
{
    if (!m_key) {
        const QString schema = postgresTargetSchema(m_db, error);
        if (schema.isEmpty())
            return std::nullopt;
        m_key = lockKey(schema, m_historyTable);
    }
    return m_key;
}

MigrationLock::Attempt PostgresLock::tryAcquire()
{
    Attempt attempt;
    if (m_held) {
        attempt.acquired = true;
        return attempt;
    }
    const std::optional<qint64> k = key(&attempt.error);
    if (!k)
        return attempt;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT pg_try_advisory_lock(?)"));
    query.addBindValue(*k);
    if (!query.exec() || !query.next()) {
        attempt.error = query.lastError().text();
        return attempt;
    }
    if (query.value(0).toBool()) {
        m_held = true;
        attempt.acquired = true;
        return attempt;
    }
    QString ignored; // the holder may have let go in between: then there is nobody to name, and we poll again
    attempt.holder = holder(&ignored);
    return attempt;
}

bool PostgresLock::refresh(QString *)
{
    // A session lock lives exactly as long as the connection, and a lost connection fails the next statement anyway.
    return m_held;
}

LockFence PostgresLock::fence() const
{
    return {}; // a session lock: it ends with the connection the history is written through
}

void PostgresLock::release()
{
    if (!m_held || !m_key)
        return;
    m_held = false;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT pg_advisory_unlock(?)"));
    query.addBindValue(*m_key);
    query.exec(); // when this fails the connection is gone, and the server has released the lock with it
}

std::optional<LockHolder> PostgresLock::holder(QString *error)
{
    const std::optional<qint64> k = key(error);
    if (!k)
        return std::nullopt;
    const quint64 bits = quint64(*k);
    QSqlQuery query(m_db);
    query.prepare(QString::fromLatin1(holderSql));
    query.addBindValue(qint64(bits >> 32));
    query.addBindValue(qint64(bits & 0xffffffffu));
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    const QString applicationName = query.value(0).toString();
    const QString dbUser = query.value(1).toString();
    const QString clientAddress = query.value(2).toString();
    LockHolder h;
    h.runId = QStringLiteral("postgres backend %1").arg(query.value(3).toLongLong());
    h.since = query.value(4).toDateTime().toUTC(); // the holder's session start: Tidemark locks right after connecting
    h.state = query.value(5).toString();
    h.statement = query.value(6).toString().trimmed();
    // Qt's driver runs its prepared statements as EXECUTE and frees them with DEALLOCATE, by names only the
    // holder's session can resolve: say nothing rather than a name that tells nothing.
    static const QRegularExpression qtPrepared(QStringLiteral("^(EXECUTE|DEALLOCATE) qpsqlpstmt_"));
    if (qtPrepared.match(h.statement).hasMatch())
        h.statement.clear();
    h.stateSince = query.value(7).toDateTime().toUTC();
    h.endSession = QStringLiteral("SELECT pg_terminate_backend(%1);").arg(query.value(3).toLongLong());
    static const QRegularExpression tidemarkName(QStringLiteral("^tidemark (.*)@([^@]*) pid (\\d+)$"));
    const QRegularExpressionMatch match = tidemarkName.match(applicationName);
    if (match.hasMatch()) {
        h.owner = match.captured(1);
        h.host = match.captured(2);
        h.pid = match.captured(3).toLongLong();
        if (!dbUser.isEmpty() && dbUser != h.owner)
            h.owner += Tr::tr(" (database user %1)").arg(dbUser);
        return h;
    }
    // Another program: name it by its database user and application_name.
    h.owner = dbUser.isEmpty() ? Tr::tr("another session") : dbUser;
    if (!applicationName.isEmpty())
        h.owner += QStringLiteral(" (%1)").arg(applicationName);
    h.host = clientAddress.isEmpty() ? Tr::tr("a local socket") : clientAddress;
    return h;
}

} // namespace tidemark
