#pragma once

#include <QSqlError>
#include <QString>

namespace tidemark {

// The database's own message, as a DBA would search for it; Qt's driver text only when there is none.
QString databaseMessage(const QSqlError &error);

} // namespace tidemark
