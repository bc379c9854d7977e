// Production is a property of the database: which URLs reach the same database as a profile (sameDatabase), and
// which profile, if any, makes a URL production (productionProfileFor).
#include "connections/productiontarget.h"
#include "testurl.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tidemark;
using test::parsedUrl;

class TestProductionTarget : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("data")));
        QFile file(m_dir.filePath(QStringLiteral("data/shop.db")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("data")), m_dir.filePath(QStringLiteral("link"))));
        QVERIFY(QDir::setCurrent(m_dir.path()));
    }

    void sameDatabase_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        const QString pg = QStringLiteral("postgres://app@db.example.com:5432/shop");
        QTest::newRow("the same URL") << pg << pg << true;
        QTest::newRow("another user") << pg << "postgres://dba@db.example.com:5432/shop" << true;
        QTest::newRow("the default port left out") << pg << "postgres://app@db.example.com/shop" << true;
        QTest::newRow("postgresql: scheme") << pg << "postgresql://app@db.example.com/shop" << true;
        QTest::newRow("host in capitals") << pg << "postgres://app@DB.Example.COM/shop" << true;
        QTest::newRow("options aside") << pg << "postgres://app@db.example.com/shop?sslmode=require&schema=sales" << true;
        QTest::newRow("another database") << pg << "postgres://app@db.example.com/shop_test" << false;
        QTest::newRow("database in capitals is another") << pg << "postgres://app@db.example.com/SHOP" << false;
        QTest::newRow("another port") << pg << "postgres://app@db.example.com:6432/shop" << false;
        QTest::newRow("another host") << pg << "postgres://app@replica.example.com/shop" << false;
        QTest::newRow("another driver") << "mysql://app@db.example.com:5432/shop" << pg << false;
        QTest::newRow("localhost is 127.0.0.1") << "postgres://app@localhost/shop" << "postgres://app@127.0.0.1/shop" << true;
        QTest::newRow("localhost is ::1") << "mysql://app@localhost/shop" << "mysql://app@[::1]/shop" << true;
        QTest::newRow("mariadb: is mysql:") << "mariadb://app@db.example.com/shop" << "mysql://app@db.example.com:3306/shop" << true;
        QTest::newRow("SQLite, the same path") << "sqlite:data/shop.db" << "sqlite:data/shop.db" << true;
        QTest::newRow("SQLite, relative and absolute") << "sqlite:data/shop.db"
                                                       << "sqlite:" + m_dir.filePath(QStringLiteral("data/shop.db")) << true;
        QTest::newRow("SQLite, through a symbolic link") << "sqlite:link/shop.db" << "sqlite:data/shop.db" << true;
        QTest::newRow("SQLite, with ./ and ..") << "sqlite:./data/../data/shop.db" << "sqlite:data/shop.db" << true;
        QTest::newRow("SQLite, a file not there yet") << "sqlite:data/new.db" << "sqlite:./data/new.db" << true;
        QTest::newRow("SQLite, another file") << "sqlite:data/shop.db" << "sqlite:data/shop-copy.db" << false;
        QTest::newRow("SQLite and a server") << "sqlite:data/shop.db" << pg << false;
    }

    void sameDatabase()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(tidemark::sameDatabase(parsedUrl(a), parsedUrl(b)), same);
        QCOMPARE(tidemark::sameDatabase(parsedUrl(b), parsedUrl(a)), same);
    }

    void onlyAProductionProfileMakesAUrlProduction()
    {
        ConnectionProfile staging = ConnectionProfile::fromUrl(parsedUrl(QStringLiteral("postgres://app@db.example.com/shop")),
                                                               QStringLiteral("shop staging"));
        staging.environment = EnvironmentTag::Staging;
        ConnectionProfile live = ConnectionProfile::fromUrl(parsedUrl(QStringLiteral("sqlite:data/shop.db")),
                                                            QStringLiteral("shop live"));
        live.environment = EnvironmentTag::Production;
        const QList<ConnectionProfile> profiles{staging, live};

        QVERIFY(!productionProfileFor(profiles, parsedUrl(QStringLiteral("postgres://app@db.example.com/shop"))));
        const std::optional<ConnectionProfile> found = productionProfileFor(profiles, parsedUrl(QStringLiteral("sqlite:link/shop.db")));
        QVERIFY(found);
        QCOMPARE(found->name, QStringLiteral("shop live"));
        QVERIFY(!productionProfileFor(profiles, parsedUrl(QStringLiteral("sqlite:data/other.db"))));
        QVERIFY(!productionProfileFor({}, parsedUrl(QStringLiteral("sqlite:data/shop.db"))));
    }
};

QTEST_GUILESS_MAIN(TestProductionTarget)
#include "tst_productiontarget.moc"
