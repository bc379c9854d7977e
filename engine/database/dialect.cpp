#include "dialect.h"

#include "sqlerror.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace tidemark {

QString derivedName(const QString &table, const QString &suffix, int maxLength)
{
    return table.left(maxLength - int(suffix.size())) + suffix;
}

QString uniqueIndexName(const QString &table, const QString &column)
{
    return derivedName(table, u'_' + column + QStringLiteral("_key"), 63); // within PostgreSQL's and MySQL's limits
}

bool Dialect::createUniqueIndex(const QSqlDatabase &db, const QString &table, const QString &column,
                                QString *error) const
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS %1 ON %2 (%3)")
                       .arg(uniqueIndexName(table, column), table, column)))
        return true;
    *error = databaseMessage(query.lastError());
    return false;
}

QString Dialect::serverVersion(const QSqlDatabase &db) const
{
    QString sql;
    QString prefix;
    switch (kind()) {
    case DatabaseKind::Sqlite: sql = QStringLiteral("SELECT sqlite_version()"); prefix = QStringLiteral("SQLite "); break;
    case DatabaseKind::Postgres: sql = QStringLiteral("SHOW server_version"); prefix = QStringLiteral("PostgreSQL "); break;
    case DatabaseKind::MySql: sql = QStringLiteral("SELECT VERSION()"); break; // "10.11.4-MariaDB-1~deb12u1"
    }
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    const QString version = query.value(0).toString();
    return prefix.isEmpty() && !version.contains(QLatin1String("MariaDB")) ? QStringLiteral("MySQL ") + version
                                                                            : prefix + version;
}

bool Dialect::tableExists(const QSqlDatabase &db, const QString &table) const
{
    return db.tables().contains(table, Qt::CaseInsensitive);
}

QString Dialect::databaseUser(const QSqlDatabase &db) const
{
    return db.userName();
}

bool Dialect::addsEnumValuesInTransaction(const QSqlDatabase &) const
{
    return false;
}

QDateTime Dialect::readTimestamp(const QVariant &value) const
{
    QDateTime time = value.toDateTime();
    return time.isValid() ? time.toUTC() : QDateTime();
}

QVariant Dialect::timestampValue(const QDateTime &utc) const
{
    return utc.toUTC();
}

bool Dialect::beginTransaction(QSqlDatabase &db, QString *error) const
{
    if (db.transaction())
        return true;
    *error = databaseMessage(db.lastError());
    return false;
}

} // namespace tidemark
