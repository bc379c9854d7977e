#pragma once

#include <QSqlDatabase>
#include <QString>

namespace tidemark {

// Where Tidemark's tables are: the schema of ?schema= (openDatabase puts it in the tidemark.schema setting and first
// on search_path), else the current schema.
inline constexpr auto postgresTargetSchemaSql =
    "coalesce(nullif(current_setting('tidemark.schema', true), ''), current_schema())";

// The schema Tidemark's tables are (or will be) created in; empty with an error when there is none.
QString postgresTargetSchema(const QSqlDatabase &db, QString *error);

} // namespace tidemark
