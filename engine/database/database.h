#pragma once

#include "connectionurl.h"

#include <QSqlDatabase>

namespace tidemark {

enum class OpenMode {
    ExistingOnly,  // reading: a missing SQLite file is an error, not a new empty database
    CreateIfMissing,
};

// Opens a named connection for the calling thread. The password is used and forgotten; it is never logged.
QSqlDatabase openDatabase(const ConnectionUrl &url, const QString &password, const QString &connectionName,
                          OpenMode mode, QString *error);

// Opens db again after its connection was lost, with the same settings and session set-up. A server-side
// session lock is not taken again.
bool reopenDatabase(QSqlDatabase &db, const ConnectionUrl &url, const QString &password, QString *error);

// A name no other connection in this process uses.
QString uniqueConnectionName(const QString &purpose);

} // namespace tidemark
