#include "clirunner.h"
#include "connections/credentialstore.h"
#include "connections/profilestore.h"
#include "secretscan.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tidemark;

namespace {

const QByteArray deadBus = "unix:path=/nonexistent/tidemark-test-bus";

using Cli = test::CliRun;

Cli runCli(const QStringList &arguments, const QString &configHome, const QByteArray &stdinData = {})
{
    test::CliRunner runner;
    runner.setEnvironment(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromUtf8(deadBus));
    runner.setEnvironment(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    return runner.run(arguments, stdinData);
}

} // namespace

// Without a Secret Service (D-Bus pointed at a socket that does not exist): the store says so, nothing falls back
// to plain text, and the CLI refuses to save a password.
class TestNoKeychain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config; // XDG_CONFIG_HOME of this process and the CLI
    QStringList m_secrets;
    QStringList m_outputs;

    QString secret()
    {
        m_secrets << test::uniqueSecret(QStringLiteral("nokeychain"));
        return m_secrets.constLast();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("DBUS_SESSION_BUS_ADDRESS", deadBus);
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        qRegisterMetaType<CredentialStore::Availability>();
        qRegisterMetaType<CredentialStore::Operation>();
    }

    void reportsUnavailable()
    {
        CredentialStore store;
        QSignalSpy checked(&store, &CredentialStore::availabilityChecked);
        store.checkAvailability();
        QVERIFY(checked.wait(10000));
        QCOMPARE(store.availability(), CredentialStore::Availability::Unavailable);
        QVERIFY(store.unavailableReason().startsWith(CredentialStore::unavailableMessage()));
        QVERIFY(CredentialStore::unavailableMessage().contains(QLatin1String("no Secret Service available")));
        QVERIFY(CredentialStore::unavailableMessage().contains(QLatin1String("kept in memory only")));
    }

    void writeFailsAndWritesNothing()
    {
        CredentialStore store;
        QSignalSpy written(&store, &CredentialStore::passwordWritten);
        QSignalSpy failed(&store, &CredentialStore::failed);
        QSignalSpy changed(&store, &CredentialStore::availabilityChanged);
        const QString id = ConnectionProfile::newId();
        const QString password = secret();
        store.writePassword(id, password);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(0).toString(), id);
        QCOMPARE(failed.at(0).at(1).value<CredentialStore::Operation>(), CredentialStore::Operation::Write);
        const QString message = failed.at(0).at(2).toString();
        QVERIFY2(message.contains(CredentialStore::unavailableMessage()), qPrintable(message));
        QVERIFY(!message.contains(password));
        QVERIFY(written.isEmpty());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(store.availability(), CredentialStore::Availability::Unavailable);
        QVERIFY(!store.memoryPassword(id)); // the caller decides whether to keep it for the session
    }

    void readFallsBackToMemoryOnly()
    {
        CredentialStore store;
        QSignalSpy read(&store, &CredentialStore::passwordRead);
        QSignalSpy failed(&store, &CredentialStore::failed);
        const QString id = ConnectionProfile::newId();
        store.readPassword(id);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(1).value<CredentialStore::Operation>(), CredentialStore::Operation::Read);
        QVERIFY(read.isEmpty());

        const QString typed = secret();
        store.keepInMemory(id, typed);
        store.readPassword(id);
        QVERIFY(read.wait(10000));
        QCOMPARE(read.at(0).at(1).toString(), typed);

        QSignalSpy deleteFailed(&store, &CredentialStore::failed);
        store.deletePassword(id);
        QVERIFY(deleteFailed.wait(10000));
        QVERIFY(!store.memoryPassword(id)); // forgotten even though the keychain could not be asked
    }

    void cliRefusesToSaveAPassword()
    {
        QTemporaryDir configHome;
        const QString password = secret();
        const Cli cli = runCli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("prod"),
                                QStringLiteral("--url"), QStringLiteral("postgres://app@127.0.0.1:5432/shop"),
                                QStringLiteral("--env"), QStringLiteral("production"),
                                QStringLiteral("--password-stdin")},
                               configHome.path(), password.toUtf8() + '\n');
        m_outputs << cli.all();
        QCOMPARE(cli.exitCode, 2);
        QVERIFY2(cli.err.contains(QLatin1String("no Secret Service available")), qPrintable(cli.err));
        QVERIFY2(cli.err.contains(QLatin1String("Nothing was saved")), qPrintable(cli.err));
        QVERIFY2(test::filesUnder(configHome.path()).isEmpty(), qPrintable(test::filesUnder(configHome.path()).join(u' ')));

        const Cli list = runCli({QStringLiteral("profile"), QStringLiteral("list")}, configHome.path());
        m_outputs << list.all();
        QCOMPARE(list.exitCode, 0);
        QVERIFY(!list.out.contains(QLatin1String("prod")));
    }

    void cliProfileWithoutPasswordStillWorks()
    {
        QTemporaryDir configHome;
        const QStringList add = {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("stage"),
                                 QStringLiteral("--url"), QStringLiteral("postgres://app@127.0.0.1:5432/shop")};
        const Cli added = runCli(add, configHome.path());
        m_outputs << added.all();
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(ProfileStore(configHome.filePath(QStringLiteral("Tidemark/tidemark/profiles.ini"))).profiles().size(), 1);

        const Cli removed = runCli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("stage")},
                                   configHome.path());
        m_outputs << removed.all();
        QCOMPARE(removed.exitCode, 0);
        QVERIFY2(removed.err.contains(QLatin1String("could not delete the password")), qPrintable(removed.err));
        QVERIFY(ProfileStore(configHome.filePath(QStringLiteral("Tidemark/tidemark/profiles.ini"))).profiles().isEmpty());
    }

    void cliProfileUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown profile") << QStringList{"status", "--profile", "nosuch"} << "no profile named";
        QTest::newRow("profile and url") << QStringList{"status", "--profile", "a", "--url", "sqlite:x.db"}
                                         << "not both";
        QTest::newRow("add without url") << QStringList{"profile", "add", "a"} << "needs --url";
        QTest::newRow("password in url") << QStringList{"profile", "add", "a", "--url", "postgres://u:pw@h/db"}
                                         << "contains a password";
        QTest::newRow("bad env") << QStringList{"profile", "add", "a", "--url", "postgres://u@h/db", "--env", "qa"}
                                 << "--env";
        QTest::newRow("sqlite password") << QStringList{"profile", "add", "a", "--url", "sqlite:x.db",
                                                        "--password-stdin"}
                                         << "SQLite profile has no password";
        QTest::newRow("no subcommand") << QStringList{"profile"} << "profile needs one of";
        QTest::newRow("remove unknown") << QStringList{"profile", "remove", "nosuch"} << "no profile named";
    }
    void cliProfileUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir configHome;
        const Cli cli = runCli(arguments, configHome.path());
        m_outputs << cli.all();
        QCOMPARE(cli.exitCode, 2);
        QVERIFY2(cli.err.contains(message), qPrintable(cli.err));
    }

    void cleanupTestCase()
    {
        const QStringList dirs = {m_config.path(), QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)};
        for (const QString &secret : std::as_const(m_secrets)) {
            for (const QString &dir : dirs) {
                const QStringList leaks = test::filesContaining(dir, secret);
                QVERIFY2(leaks.isEmpty(), qPrintable(QStringLiteral("a password is in ") + leaks.join(u", ")));
            }
            for (const QString &output : std::as_const(m_outputs))
                QVERIFY2(!output.contains(secret), qPrintable(QStringLiteral("a password is in: ") + output));
        }
    }
};

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
