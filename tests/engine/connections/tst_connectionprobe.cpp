#include "connections/connectionprobe.h"
#include "testservers.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>

using namespace tidemark;
using tidemark::test::TestServers;

namespace {

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        qFatal("cannot find a free port");
    return server.serverPort();
}

ConnectionUrl withDatabase(ConnectionUrl url, const QString &database)
{
    url.database = database;
    return url;
}

} // namespace

// Test connection against the throwaway servers: each failure has its own outcome and its own message.
class TestConnectionProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ProbeResult>(); }

    void outcomes_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("outcome");
        for (DatabaseKind d : {DatabaseKind::Postgres, DatabaseKind::MySql}) {
            const QByteArray name = databaseKindName(d).toUtf8();
            QTest::newRow(name + " connected") << int(d) << "ok" << int(ProbeOutcome::Connected);
            QTest::newRow(name + " wrong password") << int(d) << "password" << int(ProbeOutcome::WrongPassword);
            QTest::newRow(name + " no password") << int(d) << "nopassword" << int(ProbeOutcome::WrongPassword);
            QTest::newRow(name + " unknown database") << int(d) << "database" << int(ProbeOutcome::UnknownDatabase);
            QTest::newRow(name + " refused port") << int(d) << "port" << int(ProbeOutcome::PortRefused);
            QTest::newRow(name + " unknown host") << int(d) << "host" << int(ProbeOutcome::HostNotFound);
        }
        // The test server offers no TLS, so requiring it fails the way a broken certificate setup does.
        QTest::newRow("postgres tls required") << int(DatabaseKind::Postgres) << "tls" << int(ProbeOutcome::TlsFailure);
    }
    void outcomes()
    {
        QFETCH(int, dialect);
        QFETCH(QString, what);
        QFETCH(int, outcome);
        const DatabaseKind d = DatabaseKind(dialect);
        ConnectionUrl url = TestServers::instance().baseUrl(d);
        QString password = TestServers::instance().password(d);
        if (what == u"password")
            password = QStringLiteral("wrong-") + password;
        else if (what == u"nopassword")
            password.clear();
        else if (what == u"database")
            url = withDatabase(url, QStringLiteral("tidemark_no_such_db"));
        else if (what == u"port")
            url.port = freePort();
        else if (what == u"host")
            url.host = QStringLiteral("no-such-host.invalid");
        else if (what == u"tls")
            url.options.insert(QStringLiteral("sslmode"), QStringLiteral("require"));

        const ProbeResult r = ConnectionProbe::run(url, password, std::chrono::seconds(5));
        QVERIFY2(int(r.outcome) == outcome,
                 qPrintable(QStringLiteral("%1: %2 (%3)").arg(probeOutcomeName(r.outcome), r.message, r.detail)));
        QVERIFY(!r.message.isEmpty());
        const QString realPassword = TestServers::instance().password(d);
        QVERIFY(!r.message.contains(realPassword) && !r.detail.contains(realPassword));
        if (r.ok())
            QVERIFY2(!r.serverVersion.isEmpty(), qPrintable(r.message));
        if (what == u"database")
            QVERIFY2(r.message.contains(QLatin1String("tidemark_no_such_db")), qPrintable(r.message));
        if (what == u"port")
            QVERIFY2(r.message.contains(QString::number(url.port)), qPrintable(r.message));
    }

    void eachFailureSaysSomethingDifferent()
    {
        const ConnectionUrl url = TestServers::instance().baseUrl(DatabaseKind::Postgres);
        const QString password = TestServers::instance().password(DatabaseKind::Postgres);
        ConnectionUrl refused = url;
        refused.port = freePort();
        const QStringList messages = {
            ConnectionProbe::run(url, QStringLiteral("wrong-password")).message,
            ConnectionProbe::run(withDatabase(url, QStringLiteral("tidemark_no_such_db")), password).message,
            ConnectionProbe::run(refused, password).message,
        };
        QCOMPARE(QSet<QString>(messages.cbegin(), messages.cend()).size(), 3);
    }

    // The GUI's way: on a thread of its own, the answer as a queued signal on this thread.
    void runnerAnswersOnTheCallersThread()
    {
        ProbeRunner runner;
        QSignalSpy finished(&runner, &ProbeRunner::finished);
        QThread *caller = QThread::currentThread();
        QThread *answeredOn = nullptr;
        connect(&runner, &ProbeRunner::finished, this, [&] { answeredOn = QThread::currentThread(); });
        const ConnectionUrl url = TestServers::instance().baseUrl(DatabaseKind::Postgres);
        runner.start(url, TestServers::instance().password(DatabaseKind::Postgres));
        runner.start(url, QStringLiteral("wrong-password"));
        QVERIFY(runner.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QVERIFY(!runner.isRunning());
        QCOMPARE(answeredOn, caller);
        QCOMPARE(finished.at(0).at(0).value<ProbeResult>().outcome, ProbeOutcome::Connected);
        QCOMPARE(finished.at(1).at(0).value<ProbeResult>().outcome, ProbeOutcome::WrongPassword);
    }

    void runnerGoesAwayWithoutWaiting()
    {
        auto runner = std::make_unique<ProbeRunner>();
        runner->start(TestServers::instance().baseUrl(DatabaseKind::Postgres), QStringLiteral("x"));
        runner.reset(); // must neither crash nor deliver anything
        QTest::qWait(200);
    }
};

QTEST_GUILESS_MAIN(TestConnectionProbe)
#include "tst_connectionprobe.moc"
