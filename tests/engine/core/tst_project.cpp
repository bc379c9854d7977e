#include "core/project.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using tidemark::Project;

class TestProjectConfig : public QObject
{
    Q_OBJECT

    static void writeConfig(const QTemporaryDir &dir, const QByteArray &json)
    {
        QFile file(dir.filePath(QStringLiteral("tidemark.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
    }

private Q_SLOTS:
    void folderWithoutConfigIsItsOwnMigrationsFolder()
    {
        QTemporaryDir dir;
        QString error;
        const std::optional<Project> project = Project::load(dir.path(), &error);
        QVERIFY2(project, qPrintable(error));
        QCOMPARE(project->migrationsDir, QFileInfo(dir.path()).canonicalFilePath());
        QCOMPARE(project->tables.history, QStringLiteral("tidemark_history"));
    }

    void configNamesFolderConventionAndTables()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkdir(QStringLiteral("db"));
        writeConfig(dir, R"({"name": "shop", "migrations": "db", "convention": "golang-migrate",
                             "history_table": "shop_history", "events_table": "shop_events"})");
        QString error;
        const std::optional<Project> project = Project::load(dir.path(), &error);
        QVERIFY2(project, qPrintable(error));
        QCOMPARE(project->name, QStringLiteral("shop"));
        QVERIFY(project->migrationsDir.endsWith(QLatin1String("/db")));
        QCOMPARE(project->tables.history, QStringLiteral("shop_history"));
        QCOMPARE(project->tables.events, QStringLiteral("shop_events"));
        QCOMPARE(project->tables.lock, QStringLiteral("tidemark_lock"));
    }

    void badConfigsAreClearErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("{name: shop") << "JSON";
        QTest::newRow("missing folder") << QByteArray(R"({"migrations": "nope"})") << "nope";
        QTest::newRow("table name injection") << QByteArray(R"({"history_table": "x; DROP TABLE y"})") << "history_table";
        QTest::newRow("not an object") << QByteArray(R"(["migrations"])") << "not a JSON object";
        QTest::newRow("table name a number") << QByteArray(R"({"history_table": 5})") << "history_table must be a text";
        QTest::newRow("migrations a list") << QByteArray(R"({"migrations": ["db"]})") << "migrations must be a text";
        QTest::newRow("name an object") << QByteArray(R"({"name": {}})") << "name must be a text";
        QTest::newRow("convention null") << QByteArray(R"({"convention": null})") << "convention must be a text";
        QTest::newRow("history is events") << QByteArray(R"({"history_table": "log", "events_table": "log"})")
                                           << "history_table and events_table both name the table \"log\"";
        QTest::newRow("events is lock, other case") << QByteArray(R"({"events_table": "Tidemark_Lock"})")
                                                    << "events_table and lock_table both name";
    }

    void badConfigsAreClearErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        writeConfig(dir, json);
        QString error;
        QVERIFY(!Project::load(dir.path(), &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void fileIsNotAProject()
    {
        QTemporaryDir dir;
        const QString file = QDir(dir.path()).filePath(QStringLiteral("001_init.up.sql"));
        QFile(file).open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(!Project::load(file, &error));
        QVERIFY2(error.contains(QLatin1String("is a file, not a project folder")), qPrintable(error));
    }

    void missingFolderIsAnError()
    {
        QString error;
        QVERIFY(!Project::load(QStringLiteral("/nonexistent/tidemark/project"), &error));
        QVERIFY(error.contains(QLatin1String("does not exist")));
    }
};

QTEST_GUILESS_MAIN(TestProjectConfig)
#include "tst_project.moc"
