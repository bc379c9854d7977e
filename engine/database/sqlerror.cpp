#include "sqlerror.h"

#include "core/tr.h"

#include <QCoreApplication>

namespace tidemark {

QString databaseMessage(const QSqlError &error)
{
    const QString database = error.databaseText().trimmed();
    const QString text = database.isEmpty() ? error.driverText().trimmed() : database;
    // A query on a connection the driver has closed fails without any text (Qt only warns).
    return text.isEmpty() ? Tr::tr("the driver gave no reason (the connection to the database may be lost)") : text;
}

} // namespace tidemark
