#include "testproject.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

namespace tidemark::test {

TestProject::TestProject()
{
    QDir(m_dir.path()).mkpath(QStringLiteral("migrations"));
    QDir(m_dir.path()).mkpath(QStringLiteral("db"));
}

ConnectionUrl TestProject::url() const
{
    QString error;
    return *ConnectionUrl::parse(urlText(), &error);
}

void TestProject::writeFile(const QString &fileName, const QByteArray &content) const
{
    QFile file(QDir(migrationsDir()).filePath(fileName));
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(file.errorString()));
    file.write(content);
}

void TestProject::write(const QString &name, const QString &up, const QString &down) const
{
    writeFile(name + QStringLiteral(".up.sql"), up.toUtf8());
    if (!down.isNull())
        writeFile(name + QStringLiteral(".down.sql"), down.toUtf8());
}

void TestProject::remove(const QString &fileName) const
{
    QFile::remove(QDir(migrationsDir()).filePath(fileName));
}

Project TestProject::project() const
{
    QString error;
    const std::optional<Project> project = Project::load(migrationsDir(), &error);
    if (!project)
        qFatal("cannot load test project: %s", qPrintable(error));
    return *project;
}

std::unique_ptr<Session> TestProject::open() const
{
    QString error;
    std::unique_ptr<Session> session = Session::open(project(), url(), {}, OpenMode::CreateIfMissing, &error);
    if (!session)
        qFatal("cannot open test database: %s", qPrintable(error));
    return session;
}

QVariant queryValue(const QString &databasePath, const QString &sql)
{
    const QString name = uniqueConnectionName(QStringLiteral("probe"));
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace tidemark::test
