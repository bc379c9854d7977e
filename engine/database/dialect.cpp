#include "dialect.h"

#include <QSqlDatabase>

namespace tidemark {

QString derivedName(const QString &table, const QString &suffix, int maxLength)
{
    return table.left(maxLength - int(suffix.size())) + suffix;
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

} // namespace tidemark
