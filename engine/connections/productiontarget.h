#pragma once

#include "connections/connectionprofile.h"
#include "database/connectionurl.h"

#include <QList>

#include <optional>

namespace tidemark {

// Whether two connections reach the same database: the same driver, host, port and database (the user, schema and
// TLS options aside); for SQLite the same file, however its path is written. "localhost", 127.0.0.1, ::1 and a
// local socket are one host: a production database reached another way is still production.
bool sameDatabase(const ConnectionUrl &a, const ConnectionUrl &b);

// The production profile whose database the URL reaches, however the URL was come by (typed, from the recent
// list, --url); nullopt when no production profile names it. Production is a property of the database, not of
// the way it was opened.
std::optional<ConnectionProfile> productionProfileFor(const QList<ConnectionProfile> &profiles, const ConnectionUrl &url);

} // namespace tidemark
