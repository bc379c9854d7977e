#pragma once

#include "schemasnapshot.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

// What the dialects' schema snapshots (sqliteschema.cpp, postgresschemasnapshot.cpp, mysqlschema.cpp) share.
namespace tidemark {

// A forward-only query run on db; nullopt with the database's message. A closed connection fails here with a
// message and without asking the driver, which would only print a warning. Nothing is prepared: QPSQL warns when it
// cannot free a prepared statement, as in a transaction a failed query aborted.
std::optional<QSqlQuery> catalogQuery(const QSqlDatabase &db, const QString &sql, QString *error);

// Whether a query read to its end; false with the database's message when a row could not be read.
bool readToEnd(const QSqlQuery &query, QString *error);

// A statement as a snapshot keeps it: trailing whitespace removed from every line, blank lines around it dropped,
// ending in exactly one ";".
QString normalisedDdl(const QString &statement);

} // namespace tidemark
