#include "clirunner.h"
#include "connections/credentialstore.h"
#include "secretscan.h"
#include "testservers.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tidemark;
using tidemark::test::TestDatabase;
using tidemark::test::TestProject;
using tidemark::test::TestServers;
using Cli = tidemark::test::CliRun;

// `tidemark-cli profile …` and `--profile` against the test PostgreSQL server, with the password in the real
// Secret Service of the test harness and the profiles in a temporary XDG_CONFIG_HOME.
class TestProfileCli : public QObject
{
    Q_OBJECT

private:
    // HOME and every XDG folder of the CLI processes: settings, data (an audit store), cache, state and the
    // run logs all land here, and all of it is searched for passwords at the end.
    QTemporaryDir m_home;
    QStringList m_secrets;
    QStringList m_outputs;

    test::CliRunner runner(const QString &environmentPassword) const
    {
        test::CliRunner runner;
        runner.setEnvironment(QStringLiteral("HOME"), m_home.path());
        runner.setEnvironment(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        runner.setEnvironment(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        runner.setEnvironment(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        runner.setEnvironment(QStringLiteral("XDG_STATE_HOME"), m_home.filePath(QStringLiteral("state")));
        if (!environmentPassword.isEmpty())
            runner.setPassword(environmentPassword);
        return runner;
    }

    Cli run(const QStringList &arguments, const QByteArray &stdinData = {},
            const QString &environmentPassword = QString())
    {
        const Cli cli = runner(environmentPassword).run(arguments, stdinData);
        m_outputs << cli.all();
        return cli;
    }

    Cli runAtTerminal(const QStringList &arguments, const QByteArray &typed)
    {
        const Cli cli = runner({}).runAtTerminal(arguments, typed);
        m_outputs << cli.all();
        return cli;
    }

    // `profile add NAME --url … --env production`, its password through stdin.
    Cli addProductionProfile(const QString &name, const TestDatabase &db)
    {
        return run({QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--url"), db.urlText(),
                    QStringLiteral("--env"), QStringLiteral("production"), QStringLiteral("--password-stdin")},
                   db.password().toUtf8() + '\n');
    }

    QJsonArray list()
    {
        const Cli cli = run({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--format"),
                             QStringLiteral("json")});
        if (cli.exitCode != 0)
            qWarning("profile list: %s", qPrintable(cli.err));
        return QJsonDocument::fromJson(cli.out.toUtf8()).array();
    }

    QString profileId(const QString &name)
    {
        for (const QJsonValue &v : list())
            if (v.toObject().value(QStringLiteral("name")).toString() == name)
                return v.toObject().value(QStringLiteral("id")).toString();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestServers::instance().useKeychain(); // the CLI processes inherit the bus address
        m_secrets << TestServers::instance().password(DatabaseKind::Postgres);
    }

    void addWithPasswordStdinThenUseIt()
    {
        TestDatabase db(DatabaseKind::Postgres);
        TestProject project;
        test::writeTableMigrations(project, 2);
        const QString name = QStringLiteral("pg-") + db.name();

        Cli cli = addProductionProfile(name, db);
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.all()));

        const QJsonArray profiles = list();
        QCOMPARE(profiles.size(), 1);
        const QJsonObject p = profiles.at(0).toObject();
        QCOMPARE(p.value(QStringLiteral("name")).toString(), name);
        QCOMPARE(p.value(QStringLiteral("url")).toString(), db.url().redacted());
        QCOMPARE(p.value(QStringLiteral("production")).toBool(), true);
        QCOMPARE(p.value(QStringLiteral("environment")).toString(), QStringLiteral("production"));
        cli = run({QStringLiteral("profile"), QStringLiteral("list")});
        QCOMPARE(cli.exitCode, 0);
        QVERIFY(cli.out.contains(name) && cli.out.contains(QLatin1String("production")));

        const QStringList common = {QStringLiteral("--profile"), name, QStringLiteral("--project"),
                                    project.migrationsDir()};
        cli = run(QStringList{QStringLiteral("status")} + common);
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.all()));
        QVERIFY(cli.out.contains(QLatin1String("2 pending")));

        QDir(m_home.path()).mkpath(QStringLiteral("logs"));
        const QString log = m_home.filePath(QStringLiteral("logs/run.jsonl"));
        cli = run(QStringList{QStringLiteral("up"), QStringLiteral("--log"), log, QStringLiteral("--confirm"), db.name()}
                  + common);
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.all()));
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM t2")), 1);
        QVERIFY(QFileInfo(log).size() > 0);

        cli = run(QStringList{QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("json")} + common);
        QCOMPARE(cli.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(cli.out.toUtf8()).object().value(QStringLiteral("current_version")).toString(),
                 QStringLiteral("2"));

        cli = run({QStringLiteral("profile"), QStringLiteral("test"), name});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.all()));
        QVERIFY(cli.out.contains(QLatin1String("PostgreSQL")));

        // A duplicate is refused before the keychain is touched.
        const QString other = test::uniqueSecret(QStringLiteral("dup"));
        m_secrets << other;
        cli = run({QStringLiteral("profile"), QStringLiteral("add"), name.toUpper(), QStringLiteral("--url"),
                   db.urlText(), QStringLiteral("--password-stdin")},
                  other.toUtf8());
        QCOMPARE(cli.exitCode, 2);
        QVERIFY(cli.err.contains(QLatin1String("already")));
        cli = run(QStringList{QStringLiteral("status")} + common);
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.all())); // the saved password is still the right one

        // CI's environment variable comes first.
        const QString wrong = test::uniqueSecret(QStringLiteral("wrong"));
        m_secrets << wrong;
        cli = run(QStringList{QStringLiteral("status")} + common, {}, wrong);
        QCOMPARE(cli.exitCode, 1);
        QVERIFY2(cli.err.contains(QLatin1String("password authentication failed")), qPrintable(cli.err));

        // Changing the saved password.
        cli = run({QStringLiteral("profile"), QStringLiteral("password"), name, QStringLiteral("--password-stdin")},
                  wrong.toUtf8());
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.all()));
        cli = run(QStringList{QStringLiteral("status")} + common);
        QCOMPARE(cli.exitCode, 1);
        cli = run({QStringLiteral("profile"), QStringLiteral("password"), name, QStringLiteral("--password-stdin")},
                  db.password().toUtf8());
        QCOMPARE(cli.exitCode, 0);
        cli = run(QStringList{QStringLiteral("status")} + common);
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.all()));

        // Removing the profile removes its keychain entry.
        const QString id = profileId(name);
        QVERIFY(!id.isEmpty());
        cli = run({QStringLiteral("profile"), QStringLiteral("remove"), name});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.all()));
        QVERIFY(cli.err.isEmpty());
        QVERIFY(list().isEmpty());
        CredentialStore store;
        QSignalSpy notFound(&store, &CredentialStore::passwordNotFound);
        store.readPassword(id);
        QVERIFY(notFound.wait(10000));

        cli = run(QStringList{QStringLiteral("status")} + common);
        QCOMPARE(cli.exitCode, 2);
        QVERIFY(cli.err.contains(QLatin1String("no profile named")));
    }

    // Production is the database's: through its profile or through a --url that reaches its database, a change
    // goes on only when confirmed (--confirm from a script, the name typed at a terminal); reading needs nothing.
    void productionChangesOnlyWhenConfirmed()
    {
        TestDatabase db(DatabaseKind::Postgres);
        TestProject project;
        test::writeTableMigrations(project, 2);
        const QString name = QStringLiteral("live-") + db.name();
        Cli cli = addProductionProfile(name, db);
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.all()));
        const QStringList byProfile = {QStringLiteral("--profile"), name, QStringLiteral("--project"), project.migrationsDir()};
        const QStringList byUrl = {QStringLiteral("--url"), db.urlText(), QStringLiteral("--project"), project.migrationsDir()};
        const auto tables = [&] {
            return db.count(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_name IN ('t1', 't2')"));
        };

        for (const QStringList &reading : {QStringList{QStringLiteral("status")}, QStringList{QStringLiteral("validate")},
                                           QStringList{QStringLiteral("up"), QStringLiteral("--dry-run")}}) {
            cli = run(reading + byProfile);
            QVERIFY2(cli.exitCode == 0, qPrintable(reading.join(u' ') + u'\n' + cli.all()));
        }
        const QString refusal = QStringLiteral("%1 is a production database (profile %2); nothing ran").arg(db.name(), name);
        for (const QStringList &change : {QStringList{QStringLiteral("up")}, QStringList{QStringLiteral("baseline"), QStringLiteral("1")}}) {
            for (const bool viaUrl : {false, true}) {
                cli = run(change + (viaUrl ? byUrl : byProfile), {}, viaUrl ? db.password() : QString());
                QCOMPARE(cli.exitCode, 2);
                QVERIFY2(cli.err.contains(refusal) && cli.err.contains(QStringLiteral("--confirm ") + db.name()), qPrintable(cli.err));
            }
        }
        cli = run(QStringList{QStringLiteral("up"), QStringLiteral("--confirm"), QStringLiteral("orders")} + byProfile);
        QCOMPARE(cli.exitCode, 2);
        QVERIFY2(cli.err.contains(QStringLiteral("--confirm orders does not name this production database (%1, profile %2)")
                                      .arg(db.name(), name)),
                 qPrintable(cli.err));
        QCOMPARE(tables(), 0);

        cli = runAtTerminal(QStringList{QStringLiteral("up")} + byProfile, "orders\n");
        QCOMPARE(cli.exitCode, 2);
        QVERIFY2(cli.out.contains(QStringLiteral("%1 is a production database (profile %2). Type its name to go on")
                                      .arg(db.name(), name)),
                 qPrintable(cli.out));
        QVERIFY2(cli.out.contains(QStringLiteral("\"orders\" is not %1; nothing ran").arg(db.name())), qPrintable(cli.out));
        QCOMPARE(tables(), 0);
        cli = runAtTerminal(QStringList{QStringLiteral("up")} + byProfile, db.name().toUtf8() + '\n');
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.all()));
        QCOMPARE(tables(), 2);

        cli = run(QStringList{QStringLiteral("down"), QStringLiteral("--steps"), QStringLiteral("1"), QStringLiteral("--confirm"),
                              db.name()} + byUrl, {}, db.password());
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.all()));
        QCOMPARE(tables(), 1);
    }

    void profileWithoutSavedPasswordSaysSo()
    {
        TestDatabase db(DatabaseKind::Postgres);
        TestProject project;
        const QString name = QStringLiteral("nopw-") + db.name();
        Cli cli = run({QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--url"), db.urlText()});
        QCOMPARE(cli.exitCode, 0);
        cli = run({QStringLiteral("status"), QStringLiteral("--profile"), name, QStringLiteral("--project"),
                   project.migrationsDir()});
        QCOMPARE(cli.exitCode, 1);
        QVERIFY2(cli.err.contains(QLatin1String("no password is saved")), qPrintable(cli.err));
        cli = run({QStringLiteral("status"), QStringLiteral("--profile"), name, QStringLiteral("--project"),
                   project.migrationsDir()},
                  {}, db.password());
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.all()));
        cli = run({QStringLiteral("profile"), QStringLiteral("remove"), name});
        QCOMPARE(cli.exitCode, 0);
    }

    // A password in a URL parameter is refused before anything is printed or saved: no profile, no "Database:" line.
    // The secret joins m_secrets, so cleanupTestCase checks every file and output for it too.
    void passwordParameterInUrlIsRefused()
    {
        TestDatabase db(DatabaseKind::Postgres);
        TestProject project;
        const QString name = QStringLiteral("pwparam-") + db.name();
        const QString secret = QStringLiteral("pw-in-url-") + db.name();
        m_secrets << secret;
        const QString url = db.urlText() + (db.urlText().contains(u'?') ? u'&' : u'?') + QStringLiteral("password=")
                            + secret;
        Cli cli = run({QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--url"), url});
        QCOMPARE(cli.exitCode, 2);
        QVERIFY2(cli.err.contains(QLatin1String("password parameter")), qPrintable(cli.err));
        QVERIFY(profileId(name).isEmpty());
        cli = run({QStringLiteral("status"), QStringLiteral("--url"), url, QStringLiteral("--project"),
                   project.migrationsDir()});
        QCOMPARE(cli.exitCode, 2);
        QVERIFY2(!cli.all().contains(QLatin1String("Database:")), qPrintable(cli.all()));
    }

    // After all tests: no password in the settings, the run log, anything else the CLI wrote, or anything it printed.
    void cleanupTestCase()
    {
        for (const QString &secret : std::as_const(m_secrets)) {
            const QStringList leaks = test::filesContaining(m_home.path(), secret);
            QVERIFY2(leaks.isEmpty(), qPrintable(QStringLiteral("a password is in ") + leaks.join(u", ")));
            for (const QString &output : std::as_const(m_outputs))
                QVERIFY2(!output.contains(secret), qPrintable(QStringLiteral("a password is in: ") + output));
        }
        // The search looked at real files: the profiles and the run log.
        const QStringList files = test::filesUnder(m_home.path());
        QVERIFY2(files.size() >= 2, qPrintable(files.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestProfileCli)
#include "tst_profilecli.moc"
