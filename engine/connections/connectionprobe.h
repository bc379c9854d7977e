#pragma once

#include "database/connectionurl.h"

#include <QMetaType>
#include <QObject>
#include <QThread>

#include <atomic>
#include <chrono>
#include <memory>

namespace tidemark {

// What "Test connection" found, each a different thing for the DBA to fix.
enum class ProbeOutcome {
    Connected,
    HostNotFound, // the name does not resolve
    HostUnreachable, // no route to the host, network down
    PortRefused, // the host answers, nothing listens on the port
    Timeout, // no answer at all within the timeout (dropped by a firewall, host down)
    WrongPassword, // the server rejected the user name or password
    UnknownDatabase, // logged in, but there is no such database
    TlsFailure, // the TLS handshake or certificate check failed, or TLS was required and is not offered
    MissingFile, // SQLite: no such database file
    Cancelled,
    Failed, // anything else: the driver's own message in detail
};

struct ProbeResult
{
    ProbeOutcome outcome = ProbeOutcome::Failed;
    QString message; // one plain sentence for the person, no password, no URL password
    QString detail; // the network's or driver's own text, redacted; may be empty
    QString serverVersion; // when connected
    qint64 elapsedMs = 0;

    bool ok() const { return outcome == ProbeOutcome::Connected; }
};

QString probeOutcomeName(ProbeOutcome outcome); // "connected", "wrong-password", … for JSON output

// Checks a connection in two steps: does host:port answer (Qt Network, short timeout), then does the database
// accept this user, password and database name. Blocking: call it on a worker thread (ProbeRunner) or in the CLI.
class ConnectionProbe
{
public:
    static ProbeResult run(const ConnectionUrl &url, const QString &password,
                           std::chrono::milliseconds timeout = std::chrono::seconds(5),
                           const std::atomic_bool *cancel = nullptr);

    // Only the first step: Connected when something accepts a TCP connection on host:port.
    static ProbeResult checkReachable(const QString &host, int port, std::chrono::milliseconds timeout);

    // Sorts the driver's connect error into an outcome with its plain message (exposed for tests).
    static ProbeResult classifyDriverError(const ConnectionUrl &url, const QString &driverError,
                                           const QString &password);
};

class ProbeWorker;

// Runs probes on its own named thread for the GUI and answers with finished() on the caller's thread.
// Probes queue up; destroying the runner never waits for a probe in flight, whose answer is dropped.
class ProbeRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbeRunner)

public:
    explicit ProbeRunner(QObject *parent = nullptr);
    ~ProbeRunner() override;

    void start(const ConnectionUrl &url, const QString &password,
               std::chrono::milliseconds timeout = std::chrono::seconds(5));
    bool isRunning() const { return m_pending > 0; }

Q_SIGNALS:
    void finished(const tidemark::ProbeResult &result);

private:
    std::unique_ptr<QThread> m_thread;
    ProbeWorker *m_worker = nullptr; // lives on m_thread, deleted when it finishes
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    int m_pending = 0;
};

} // namespace tidemark

Q_DECLARE_METATYPE(tidemark::ProbeResult)
