#include "sqlerror.h"

namespace tidemark {

QString databaseMessage(const QSqlError &error)
{
    const QString database = error.databaseText().trimmed();
    return database.isEmpty() ? error.driverText().trimmed() : database;
}

} // namespace tidemark
