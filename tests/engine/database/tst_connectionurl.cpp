#include "database/connectionurl.h"

#include <QDir>
#include <QTest>

using tidemark::ConnectionUrl;
using tidemark::DatabaseKind;

class TestConnectionUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("dialect");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        const int pg = int(DatabaseKind::Postgres);
        const int my = int(DatabaseKind::MySql);
        QTest::newRow("postgres") << "postgres://app@db.example:6543/shop" << true << pg << "db.example" << 6543
                                  << "shop" << "app";
        QTest::newRow("postgresql default port") << "postgresql://app@localhost/shop" << true << pg << "localhost"
                                                 << 5432 << "shop" << "app";
        QTest::newRow("postgres sslmode") << "postgres://app@h:5432/shop?sslmode=require" << true << pg << "h"
                                          << 5432 << "shop" << "app";
        QTest::newRow("mysql") << "mysql://root@127.0.0.1:3307/shop" << true << my << "127.0.0.1" << 3307 << "shop"
                               << "root";
        QTest::newRow("mariadb default port") << "mariadb://root@h/shop" << true << my << "h" << 3306 << "shop"
                                              << "root";
        QTest::newRow("unknown scheme") << "oracle://u@h/db" << false << 0 << "" << 0 << "" << "";
        QTest::newRow("no scheme") << "just-a-file.db" << false << 0 << "" << 0 << "" << "";
        QTest::newRow("password in url refused") << "postgres://u:secret@h/db" << false << 0 << "" << 0 << "" << "";
        QTest::newRow("no database") << "postgres://u@h" << false << 0 << "" << 0 << "" << "";
        QTest::newRow("empty sqlite path") << "sqlite:" << false << 0 << "" << 0 << "" << "";
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QString error;
        const std::optional<ConnectionUrl> url = ConnectionUrl::parse(text, &error);
        QCOMPARE(url.has_value(), valid);
        if (!valid) {
            QVERIFY(!error.isEmpty());
            QVERIFY2(!error.contains(QLatin1String("secret")), "the error message must not repeat a password");
            return;
        }
        QFETCH(int, dialect);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QCOMPARE(int(url->dialect), dialect);
        QCOMPARE(url->host, host);
        QCOMPARE(url->port, port);
        QCOMPARE(url->database, database);
        QCOMPARE(url->user, user);
        QVERIFY(url->redacted().contains(host));
    }

    // A password is refused wherever in the URL it stands, for every driver, and the message never repeats it.
    void refusals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        const QString inUrl = QStringLiteral("the URL contains a password");
        QTest::newRow("postgres user info") << "postgres://u:secret@h/db" << inUrl;
        QTest::newRow("mysql user info") << "mysql://root:secret@h:3306/db" << inUrl;
        QTest::newRow("empty password in user info") << "mariadb://root:@h/db" << inUrl;
        QTest::newRow("user info and a bad port") << "postgres://u:secret@h:99999/db" << inUrl;
        QTest::newRow("postgres password parameter") << "postgres://u@h/db?password=secret" << "a password parameter";
        QTest::newRow("after another parameter") << "postgres://u@h/db?sslmode=require&password=secret"
                                                 << "a password parameter";
        QTest::newRow("upper case") << "postgresql://u@h/db?PASSWORD=secret" << "a PASSWORD parameter";
        QTest::newRow("mysql pass") << "mysql://u@h/db?pass=secret" << "a pass parameter";
        QTest::newRow("mysql pwd") << "mysql://u@h/db?pwd=secret" << "a pwd parameter";
        QTest::newRow("passwd") << "mariadb://u@h/db?passwd=secret" << "a passwd parameter";
        QTest::newRow("sslpassword") << "postgres://u@h/db?sslpassword=secret" << "a sslpassword parameter";
        QTest::newRow("encoded") << "postgres://u@h/db?pass%77ord=secret" << "a password parameter";
        QTest::newRow("sqlite parameter") << "sqlite:app.db?password=secret" << "a password parameter";
        QTest::newRow("port too large") << "postgres://u@h:99999/db" << "port 99999 is out of range";
        QTest::newRow("port zero") << "mysql://u@h:0/db" << "port 0 is out of range";
        QTest::newRow("ipv6 port too large") << "postgres://u@[::1]:70000/db" << "port 70000 is out of range";
    }

    void refusals()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!ConnectionUrl::parse(text, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("secret")), "the error message must not repeat a password");
    }

    // Parameters that only look alike stay options, and a port at the edge of the range is a port.
    void nearMissesAreAccepted()
    {
        QString error;
        const auto url = ConnectionUrl::parse(QStringLiteral("postgres://u@h:65535/db?passfile=/x&application_name=a"),
                                              &error);
        QVERIFY2(url, qPrintable(error));
        QCOMPARE(url->port, 65535);
        QCOMPARE(url->options.value(QStringLiteral("passfile")), QStringLiteral("/x"));
    }

    void sqlitePathsBecomeAbsolute()
    {
        QString error;
        QCOMPARE(ConnectionUrl::parse(QStringLiteral("sqlite:rel/app.db"), &error)->path,
                 QDir::current().absoluteFilePath(QStringLiteral("rel/app.db")));
        QCOMPARE(ConnectionUrl::parse(QStringLiteral("sqlite:///tmp/app.db"), &error)->path, QStringLiteral("/tmp/app.db"));
        QCOMPARE(ConnectionUrl::parse(QStringLiteral("sqlite:/tmp/app.db"), &error)->databaseName(),
                 QStringLiteral("app.db"));
    }

    void sslModeSurvivesRedaction()
    {
        QString error;
        const auto url = ConnectionUrl::parse(QStringLiteral("postgres://app@h:5432/shop?sslmode=require"), &error);
        QCOMPARE(url->options.value(QStringLiteral("sslmode")), QStringLiteral("require"));
        QCOMPARE(url->redacted(), QStringLiteral("postgres://app@h:5432/shop?sslmode=require"));
    }
};

QTEST_GUILESS_MAIN(TestConnectionUrl)
#include "tst_connectionurl.moc"
