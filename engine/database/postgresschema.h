#pragma once

#include "dialect.h"

#include <QSqlDatabase>
#include <QString>

namespace tidemark {

// Where Tidemark's tables are: the schema of ?schema= (openDatabase puts it in the tidemark.schema setting and first
// on search_path), else the current schema.
inline constexpr auto postgresTargetSchemaSql =
    "coalesce(nullif(current_setting('tidemark.schema', true), ''), current_schema())";

inline constexpr int postgresIdentifierLength = 63; // PostgreSQL's NAMEDATALEN - 1

// The trigger function that keeps the events table (named in lower case) append-only: createTablesSql makes it
// beside the tables, and the schema snapshot leaves it out with them.
inline QString postgresEventsGuardName(const QString &events)
{
    return derivedName(events, QStringLiteral("_append_only"), postgresIdentifierLength);
}

// The schema Tidemark's tables are (or will be) created in; empty with an error when there is none.
QString postgresTargetSchema(const QSqlDatabase &db, QString *error);

} // namespace tidemark
