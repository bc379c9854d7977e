#include "schemaread.h"

#include "sqlerror.h"

#include <QSqlError>
#include <QStringList>

namespace tidemark {

std::optional<QSqlQuery> catalogQuery(const QSqlDatabase &db, const QString &sql, QString *error)
{
    if (!db.isOpen()) {
        *error = databaseMessage(db.lastError());
        return std::nullopt;
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        *error = databaseMessage(query.lastError());
        return std::nullopt;
    }
    return query;
}

bool readToEnd(const QSqlQuery &query, QString *error)
{
    if (!query.lastError().isValid())
        return true;
    *error = databaseMessage(query.lastError());
    return false;
}

QString normalisedDdl(const QString &statement)
{
    QStringList lines = statement.split(u'\n');
    for (QString &line : lines) {
        qsizetype end = line.size();
        while (end > 0 && line.at(end - 1).isSpace())
            --end;
        line.truncate(end);
    }
    QString ddl = lines.join(u'\n').trimmed();
    while (ddl.endsWith(u';'))
        ddl = ddl.chopped(1).trimmed();
    return ddl + u';';
}

} // namespace tidemark
