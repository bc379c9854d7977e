#include "postgresschema.h"

#include "core/tr.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tidemark {

QString postgresTargetSchema(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT ") + QLatin1String(postgresTargetSchemaSql)) || !query.next()) {
        *error = query.lastError().text();
        return {};
    }
    const QString schema = query.value(0).toString();
    if (schema.isEmpty())
        *error = Tr::tr("no schema on the search_path exists; name one with ?schema= in the URL");
    return schema;
}

} // namespace tidemark
