#pragma once

#include "connectionurl.h"
#include "session.h"

#include <QTemporaryDir>

#include <memory>

namespace tidemark::test {

// A throwaway project folder and SQLite database that vanish with the object.
class TestProject
{
public:
    TestProject();

    QString dir() const { return m_dir.path(); }
    QString databasePath() const { return m_dir.filePath(QStringLiteral("db/test.db")); }
    ConnectionUrl url() const;
    QString urlText() const { return QStringLiteral("sqlite:") + databasePath(); }
    QString migrationsDir() const { return m_dir.filePath(QStringLiteral("migrations")); }

    // Writes NAME.up.sql (and NAME.down.sql unless down is null) in golang-migrate form.
    void write(const QString &name, const QString &up, const QString &down = QString()) const;
    void writeFile(const QString &fileName, const QByteArray &content) const;
    void remove(const QString &fileName) const;

    Project project() const;
    std::unique_ptr<Session> open() const;

private:
    QTemporaryDir m_dir;
};

// Runs a single statement on the database outside of Tidemark and returns the first column of the first row.
QVariant queryValue(const QString &databasePath, const QString &sql);

} // namespace tidemark::test
