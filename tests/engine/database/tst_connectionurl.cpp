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
