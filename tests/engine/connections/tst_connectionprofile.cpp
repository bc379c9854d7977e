#include "connections/connectionprobe.h"
#include "connections/connectionprofile.h"
#include "connections/profilestore.h"
#include "connections/redaction.h"
#include "secretscan.h"
#include "testurl.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace tidemark;

using test::parsedUrl;

namespace {

ConnectionProfile pgProfile(const QString &name)
{
    ConnectionProfile p = ConnectionProfile::fromUrl(parsedUrl(QStringLiteral("postgres://app@db.example:6543/shop")), name);
    p.schema = QStringLiteral("billing");
    p.tlsMode = TlsMode::VerifyFull;
    p.environment = EnvironmentTag::Production;
    p.projectDir = QStringLiteral("/srv/shop/migrations");
    return p;
}

// A loopback port nothing listens on: bound, then released.
quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        qFatal("cannot find a free port");
    return server.serverPort();
}

} // namespace

class TestConnectionProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void urlRoundTrip_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("redacted");
        QTest::newRow("postgres default port") << "postgres://app@h/shop" << "postgres://app@h:5432/shop";
        QTest::newRow("postgres port, tls, schema")
            << "postgres://app@h:6543/shop?sslmode=require&schema=billing"
            << "postgres://app@h:6543/shop?schema=billing&sslmode=require";
        QTest::newRow("postgres other sslmode kept") << "postgres://app@h:5432/shop?sslmode=allow"
                                                     << "postgres://app@h:5432/shop?sslmode=allow";
        QTest::newRow("mysql") << "mysql://root@127.0.0.1:3307/shop" << "mysql://root@127.0.0.1:3307/shop";
        QTest::newRow("mariadb default port") << "mariadb://root@h/shop" << "mysql://root@h:3306/shop";
        QTest::newRow("sqlite") << "sqlite:/tmp/app.db" << "sqlite:/tmp/app.db";
    }
    void urlRoundTrip()
    {
        QFETCH(QString, url);
        QFETCH(QString, redacted);
        const ConnectionProfile profile = ConnectionProfile::fromUrl(parsedUrl(url), QStringLiteral("p"));
        QCOMPARE(profile.redactedUrl(), redacted);
        QVERIFY(profile.validationError().isEmpty());
        QCOMPARE(ConnectionProfile::fromUrl(profile.toUrl(), QStringLiteral("p")).redactedUrl(), redacted);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("no name") << "name" << "";
        QTest::newRow("name with spaces around") << "name" << " prod ";
        QTest::newRow("no host") << "host" << "";
        QTest::newRow("no database") << "database" << "";
        QTest::newRow("port too big") << "port" << "70000";
    }
    void validation()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        ConnectionProfile p = pgProfile(QStringLiteral("ok"));
        QVERIFY(p.validationError().isEmpty());
        if (field == u"name")
            p.name = value;
        else if (field == u"host")
            p.host = value;
        else if (field == u"database")
            p.database = value;
        else if (field == u"port")
            p.port = value.toInt();
        QVERIFY(!p.validationError().isEmpty());
    }

    void mysqlHasNoSchema()
    {
        ConnectionProfile p = ConnectionProfile::fromUrl(parsedUrl(QStringLiteral("mysql://u@h/db")), QStringLiteral("m"));
        p.schema = QStringLiteral("x");
        QVERIFY(p.validationError().contains(QLatin1String("schema")));
    }

    void environments()
    {
        QCOMPARE(ConnectionProfile::parseEnvironment(QStringLiteral("Production")), EnvironmentTag::Production);
        QCOMPARE(ConnectionProfile::parseEnvironment(QStringLiteral("prod")), EnvironmentTag::Production);
        QCOMPARE(ConnectionProfile::parseEnvironment(QStringLiteral("staging")), EnvironmentTag::Staging);
        QCOMPARE(ConnectionProfile::parseEnvironment(QStringLiteral("dev")), EnvironmentTag::Development);
        QVERIFY(!ConnectionProfile::parseEnvironment(QStringLiteral("qa")));
        ConnectionProfile p = pgProfile(QStringLiteral("p"));
        QVERIFY(p.isProduction());
        p.environment = EnvironmentTag::Staging;
        QVERIFY(!p.isProduction());
    }

    void storeWritesReadsUpdatesRemoves()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(QStringLiteral("cfg/profiles.ini")));
        QVERIFY(store.profiles().isEmpty());
        ConnectionProfile prod = pgProfile(QStringLiteral("Shop production"));
        prod.options.insert(QStringLiteral("connect_timeout"), QStringLiteral("3"));
        QString error;
        QVERIFY2(store.save(prod, &error), qPrintable(error));
        ConnectionProfile lite = ConnectionProfile::fromUrl(parsedUrl(QStringLiteral("sqlite:/tmp/a.db")),
                                                            QStringLiteral("alpha"));
        QVERIFY2(store.save(lite, &error), qPrintable(error));

        const QList<ConnectionProfile> all = store.profiles();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).name, QStringLiteral("alpha")); // sorted by name
        QCOMPARE(all.at(1), prod);
        QCOMPARE(store.find(QStringLiteral("shop PRODUCTION"))->id, prod.id);
        QCOMPARE(store.findById(lite.id)->name, QStringLiteral("alpha"));

        prod.host = QStringLiteral("db2.example");
        prod.environment = EnvironmentTag::Staging;
        QVERIFY2(store.save(prod, &error), qPrintable(error));
        QCOMPARE(*store.findById(prod.id), prod);
        QCOMPARE(store.profiles().size(), 2);

        ConnectionProfile clash = lite;
        clash.id = ConnectionProfile::newId();
        clash.name = QStringLiteral("ALPHA");
        QVERIFY(!store.save(clash, &error));
        QVERIFY(error.contains(QLatin1String("already")));

        QVERIFY2(store.remove(lite.id, &error), qPrintable(error));
        QCOMPARE(store.profiles().size(), 1);
        QVERIFY(!store.find(QStringLiteral("alpha")));
        QVERIFY(!store.remove(lite.id, &error));
        QVERIFY(QFile::permissions(store.filePath()).testFlag(QFileDevice::ReadOwner));
        QVERIFY(!QFile::permissions(store.filePath()).testFlag(QFileDevice::ReadOther));
    }

    void storeHasNoPasswordKey()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
        QString error;
        QVERIFY(store.save(pgProfile(QStringLiteral("p")), &error));
        QSettings settings(store.filePath(), QSettings::IniFormat);
        for (const QString &key : settings.allKeys())
            QVERIFY2(!key.contains(QLatin1String("pass"), Qt::CaseInsensitive), qPrintable(key));
    }

    void defaultLocationIsTheConfigFolder()
    {
        const QString path = ProfileStore::defaultFilePath();
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)));
        QVERIFY(path.contains(QLatin1String(".qttest"))); // test mode: never the real settings
    }

    void redaction_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("expected");
        QTest::newRow("url") << "see postgres://app:hunter22@h/db now" << ""
                             << "see postgres://app:***@h/db now";
        QTest::newRow("url without user") << "mysql://:pw12@h/db" << "" << "mysql://:***@h/db";
        QTest::newRow("url without password untouched") << "postgres://app@h:5432/db" << ""
                                                        << "postgres://app@h:5432/db";
        QTest::newRow("conninfo") << "host=h password=hunter22 dbname=x" << "" << "host=h password=*** dbname=x";
        QTest::newRow("conninfo quoted") << "password='a b\\'c' user=u" << "" << "password=*** user=u";
        QTest::newRow("secret anywhere") << "failed for hunter22!" << "hunter22" << "failed for ***!";
        QTest::newRow("short secret left alone") << "a b c" << "a" << "a b c";
        QTest::newRow("sql password") << "ALTER ROLE app WITH LOGIN PASSWORD 'it''s s3cret';" << ""
                                      << "ALTER ROLE app WITH LOGIN PASSWORD '***';";
        QTest::newRow("sql encrypted password") << "CREATE USER u ENCRYPTED PASSWORD 'x\\'y' VALID UNTIL 'infinity'"
                                                << "" << "CREATE USER u ENCRYPTED PASSWORD '***' VALID UNTIL 'infinity'";
        QTest::newRow("sql password function") << "SET PASSWORD FOR u = PASSWORD('pw')" << ""
                                               << "SET PASSWORD FOR u = PASSWORD('***')";
        QTest::newRow("sql identified by") << "CREATE USER 'u'@'%' IDENTIFIED BY 'hunter22'" << ""
                                           << "CREATE USER 'u'@'%' IDENTIFIED BY '***'";
        QTest::newRow("sql identified with plugin") << "ALTER USER u IDENTIFIED WITH mysql_native_password BY 'pw'"
                                                    << "" << "ALTER USER u IDENTIFIED WITH mysql_native_password BY '***'";
        QTest::newRow("sql without password untouched") << "UPDATE users SET password_hash = 'abc'" << ""
                                                        << "UPDATE users SET password_hash = 'abc'";
    }
    void redaction()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        QFETCH(QString, expected);
        QCOMPARE(redact(text, secret), expected);
    }

    void classifyDriverErrors_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("outcome");
        const QString pg = QStringLiteral("postgres://app@h:5432/shop");
        const QString my = QStringLiteral("mysql://app@h:3306/shop");
        QTest::newRow("pg password") << pg
                                     << "connection to server at \"h\", port 5432 failed: FATAL:  password "
                                        "authentication failed for user \"app\""
                                     << int(ProbeOutcome::WrongPassword);
        QTest::newRow("pg no password") << pg << "fe_sendauth: no password supplied" << int(ProbeOutcome::WrongPassword);
        QTest::newRow("pg database") << pg << "FATAL:  database \"shop\" does not exist"
                                     << int(ProbeOutcome::UnknownDatabase);
        QTest::newRow("pg tls required") << pg << "server does not support SSL, but SSL was required"
                                         << int(ProbeOutcome::TlsFailure);
        QTest::newRow("pg certificate") << pg << "root certificate file \"/root/.postgresql/root.crt\" does not exist"
                                        << int(ProbeOutcome::TlsFailure);
        QTest::newRow("mysql password") << my << "Access denied for user 'app'@'10.0.0.1' (using password: YES)"
                                        << int(ProbeOutcome::WrongPassword);
        QTest::newRow("mysql database") << my << "Unknown database 'shop'" << int(ProbeOutcome::UnknownDatabase);
        QTest::newRow("mysql tls") << my << "TLS/SSL error: self-signed certificate" << int(ProbeOutcome::TlsFailure);
        QTest::newRow("other") << pg << "FATAL:  sorry, too many clients already" << int(ProbeOutcome::Failed);
    }
    void classifyDriverErrors()
    {
        QFETCH(QString, url);
        QFETCH(QString, error);
        QFETCH(int, outcome);
        const ProbeResult r = ConnectionProbe::classifyDriverError(parsedUrl(url), error, QStringLiteral("hunter22"));
        QCOMPARE(int(r.outcome), outcome);
        QVERIFY(!r.message.isEmpty());
    }

    void classifyNeverRepeatsThePassword()
    {
        const ProbeResult r = ConnectionProbe::classifyDriverError(
            parsedUrl(QStringLiteral("postgres://app@h/db")), QStringLiteral("odd failure mentioning hunter22"),
            QStringLiteral("hunter22"));
        QVERIFY(!r.message.contains(QLatin1String("hunter22")));
        QVERIFY(!r.detail.contains(QLatin1String("hunter22")));
    }

    void probeRefusedPort()
    {
        const quint16 port = freePort();
        const ProbeResult r = ConnectionProbe::run(
            parsedUrl(QStringLiteral("postgres://app@127.0.0.1:%1/db").arg(port)), QStringLiteral("x"));
        QCOMPARE(r.outcome, ProbeOutcome::PortRefused);
        QVERIFY2(r.message.contains(QString::number(port)), qPrintable(r.message));
    }

    void probeMissingSqliteFile()
    {
        QTemporaryDir dir;
        const ProbeResult r =
            ConnectionProbe::run(parsedUrl(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("none.db"))), {});
        QCOMPARE(r.outcome, ProbeOutcome::MissingFile);
    }

    void probeNotASqliteFile()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("junk.db")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const ProbeResult r = ConnectionProbe::run(parsedUrl(QStringLiteral("sqlite:") + file.fileName()), {});
        QCOMPARE(r.outcome, ProbeOutcome::Failed);
        QVERIFY2(r.message.contains(QLatin1String("not a SQLite database")), qPrintable(r.message));
    }

    void probeSqlite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ok.db"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly)); // an empty file is a valid, empty SQLite database
        }
        const ProbeResult r = ConnectionProbe::run(parsedUrl(QStringLiteral("sqlite:") + path), {});
        QVERIFY2(r.ok(), qPrintable(r.message + u' ' + r.detail));
        QVERIFY(r.serverVersion.startsWith(QLatin1String("SQLite 3")));
    }
};

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
