#pragma once

#include <QString>

namespace tidemark {

// The SQL family a script is written for; drives the splitter and the database dialect.
enum class SqlDialect { Sqlite, Postgres, MySql };

QString sqlDialectName(SqlDialect dialect);

} // namespace tidemark
