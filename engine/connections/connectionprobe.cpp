#include "connectionprobe.h"

#include "core/tr.h"
#include "database/database.h"
#include "redaction.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>

namespace tidemark {

// The part of ProbeRunner that lives on its thread.
class ProbeWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbeWorker)

public:
    explicit ProbeWorker(std::shared_ptr<std::atomic_bool> cancel)
        : m_cancel(std::move(cancel))
    {
    }
    ~ProbeWorker() override = default;

    void probe(const ConnectionUrl &url, const QString &password, std::chrono::milliseconds timeout)
    {
        Q_EMIT finished(ConnectionProbe::run(url, password, timeout, m_cancel.get()));
    }

Q_SIGNALS:
    void finished(const tidemark::ProbeResult &result);

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
};

namespace {

ProbeResult result(ProbeOutcome outcome, const QString &message, const QString &detail = QString())
{
    ProbeResult r;
    r.outcome = outcome;
    r.message = message;
    r.detail = detail;
    return r;
}

bool containsAny(const QString &text, std::initializer_list<const char *> needles)
{
    for (const char *needle : needles)
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    return false;
}

QString versionQuery(DatabaseKind dialect)
{
    switch (dialect) {
    case DatabaseKind::Sqlite: // reading sqlite_master makes SQLite look at the file
        return QStringLiteral("SELECT 'SQLite ' || sqlite_version() FROM (SELECT count(*) FROM sqlite_master)");
    case DatabaseKind::Postgres: return QStringLiteral("SELECT 'PostgreSQL ' || current_setting('server_version')");
    case DatabaseKind::MySql: return QStringLiteral("SELECT VERSION()");
    }
    return {};
}

// Opens the database as a migration run would and asks for its version.
ProbeResult openAndAsk(const ConnectionUrl &url, const QString &password)
{
    const QString name = uniqueConnectionName(QStringLiteral("probe"));
    ProbeResult r;
    {
        QString error;
        QSqlDatabase db = openDatabase(url, password, name, OpenMode::ExistingOnly, &error);
        if (!db.isValid() || !db.isOpen())
            return ConnectionProbe::classifyDriverError(url, error, password);
        QSqlQuery query(db);
        if (query.exec(versionQuery(url.dialect)) && query.next()) {
            r = result(ProbeOutcome::Connected, Tr::tr("connected to %1").arg(url.redacted()));
            r.serverVersion = query.value(0).toString();
        } else if (url.dialect == DatabaseKind::Sqlite) {
            r = result(ProbeOutcome::Failed, Tr::tr("%1 is not a SQLite database").arg(url.path),
                       redact(query.lastError().text(), password));
        } else {
            r = result(ProbeOutcome::Failed, Tr::tr("connected, but the server did not answer a simple query"),
                       redact(query.lastError().text(), password));
        }
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return r;
}

} // namespace

QString probeOutcomeName(ProbeOutcome outcome)
{
    switch (outcome) {
    case ProbeOutcome::Connected: return QStringLiteral("connected");
    case ProbeOutcome::HostNotFound: return QStringLiteral("host-not-found");
    case ProbeOutcome::HostUnreachable: return QStringLiteral("host-unreachable");
    case ProbeOutcome::PortRefused: return QStringLiteral("port-refused");
    case ProbeOutcome::Timeout: return QStringLiteral("timeout");
    case ProbeOutcome::WrongPassword: return QStringLiteral("wrong-password");
    case ProbeOutcome::UnknownDatabase: return QStringLiteral("unknown-database");
    case ProbeOutcome::TlsFailure: return QStringLiteral("tls-failure");
    case ProbeOutcome::MissingFile: return QStringLiteral("missing-file");
    case ProbeOutcome::Cancelled: return QStringLiteral("cancelled");
    case ProbeOutcome::Failed: return QStringLiteral("failed");
    }
    return {};
}

ProbeResult ConnectionProbe::run(const ConnectionUrl &url, const QString &password,
                                 std::chrono::milliseconds timeout, const std::atomic_bool *cancel)
{
    QElapsedTimer clock;
    clock.start();
    const auto finish = [&clock](ProbeResult r) {
        r.elapsedMs = clock.elapsed();
        return r;
    };
    if (url.dialect == DatabaseKind::Sqlite) {
        if (!QFileInfo::exists(url.path))
            return finish(result(ProbeOutcome::MissingFile,
                                 Tr::tr("the SQLite database file %1 does not exist").arg(url.path)));
        return finish(openAndAsk(url, password));
    }
    if (!url.host.startsWith(u'/')) { // a Unix socket folder has no port to knock on
        ProbeResult reach = checkReachable(url.host, url.port, timeout);
        if (!reach.ok())
            return finish(reach);
    }
    if (cancel && *cancel)
        return finish(result(ProbeOutcome::Cancelled, Tr::tr("the connection test was cancelled")));
    return finish(openAndAsk(url, password));
}

ProbeResult ConnectionProbe::checkReachable(const QString &host, int port, std::chrono::milliseconds timeout)
{
    QTcpSocket socket;
    socket.connectToHost(host, quint16(port));
    const QString where = QStringLiteral("%1:%2").arg(host).arg(port);
    if (socket.waitForConnected(int(timeout.count()))) {
        socket.abort();
        return result(ProbeOutcome::Connected, Tr::tr("%1 accepts connections").arg(where));
    }
    const QString detail = socket.errorString();
    switch (socket.error()) {
    case QAbstractSocket::HostNotFoundError:
        return result(ProbeOutcome::HostNotFound,
                      Tr::tr("the host name \"%1\" is not known: check the spelling, or the DNS").arg(host), detail);
    case QAbstractSocket::ConnectionRefusedError:
        return result(ProbeOutcome::PortRefused,
                      Tr::tr("%1 refused the connection: the host is there, but no database server listens on "
                             "port %2")
                          .arg(host)
                          .arg(port),
                      detail);
    case QAbstractSocket::NetworkError:
        return result(ProbeOutcome::HostUnreachable,
                      Tr::tr("%1 cannot be reached from here: no route to the host, or the network is down")
                          .arg(host),
                      detail);
    case QAbstractSocket::SocketTimeoutError:
        return result(ProbeOutcome::Timeout,
                      Tr::tr("no answer from %1 within %2 s: the host may be down, or a firewall drops the "
                             "connection")
                          .arg(where)
                          .arg(double(timeout.count()) / 1000.0),
                      detail);
    default:
        return result(ProbeOutcome::Failed, Tr::tr("cannot connect to %1: %2").arg(where, detail), detail);
    }
}

ProbeResult ConnectionProbe::classifyDriverError(const ConnectionUrl &url, const QString &driverError,
                                                 const QString &password)
{
    const QString detail = redact(driverError, password);
    if (containsAny(detail, {"password authentication failed", "Access denied for user", "(using password:",
                             "authentication failed for user"}))
        return result(ProbeOutcome::WrongPassword,
                      password.isEmpty()
                          ? Tr::tr("the server wants a password for user \"%1\", and none was given").arg(url.user)
                          : Tr::tr("the server rejected the password for user \"%1\" (or there is no such user)")
                                .arg(url.user),
                      detail);
    if (containsAny(detail, {"no password supplied", "password is required"}))
        return result(ProbeOutcome::WrongPassword,
                      Tr::tr("the server wants a password for user \"%1\", and none was given").arg(url.user), detail);
    if (containsAny(detail, {"Unknown database"})
        || (detail.contains(QLatin1String("database")) && detail.contains(QLatin1String("does not exist"))))
        return result(ProbeOutcome::UnknownDatabase,
                      Tr::tr("the server has no database named \"%1\"").arg(url.database), detail);
    if (containsAny(detail, {"SSL", "TLS", "certificate"}))
        return result(ProbeOutcome::TlsFailure,
                      Tr::tr("the encrypted (TLS) connection failed: check the TLS mode and the server's "
                             "certificate"),
                      detail);
    if (containsAny(detail, {"no pg_hba.conf entry"}))
        return result(ProbeOutcome::Failed,
                      Tr::tr("the server does not accept this user from this host for this database "
                             "(pg_hba.conf)"),
                      detail);
    if (containsAny(detail, {"timeout expired", "timed out"}))
        return result(ProbeOutcome::Timeout, Tr::tr("the database server did not complete the login in time"),
                      detail);
    return result(ProbeOutcome::Failed, detail.isEmpty() ? Tr::tr("the connection failed") : detail);
}

ProbeRunner::ProbeRunner(QObject *parent)
    : QObject(parent)
    , m_thread(std::make_unique<QThread>())
{
    qRegisterMetaType<ProbeResult>();
    m_thread->setObjectName(QStringLiteral("tidemark-probe"));
    m_worker = new ProbeWorker(m_cancel);
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ProbeWorker::finished, this, [this](const ProbeResult &r) {
        --m_pending;
        Q_EMIT finished(r);
    });
    m_thread->start();
}

ProbeRunner::~ProbeRunner()
{
    *m_cancel = true;
    disconnect(m_worker, nullptr, this, nullptr);
    m_thread->quit();
    if (!m_thread->wait(100)) {
        // A probe is still waiting on the network: let the thread end on its own and clean up after itself.
        QThread *thread = m_thread.release();
        connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    }
}

void ProbeRunner::start(const ConnectionUrl &url, const QString &password, std::chrono::milliseconds timeout)
{
    ++m_pending;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, url, password, timeout] {
        worker->probe(url, password, timeout);
    }, Qt::QueuedConnection);
}

} // namespace tidemark

#include "connectionprobe.moc"
