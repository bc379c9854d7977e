#pragma once

namespace tidemark {

// Qt's own messages (a driver's "QSqlQuery::prepare: database not open", "QPSQLDriver::rollbackTransaction: …")
// are for whoever debugs Tidemark, never for the user's terminal: Tidemark says what happened in its own words.
// Installs a handler that appends them to the file TIDEMARK_DEBUG_LOG names (created owner-only), and drops them
// without it. Fatal messages still reach stderr, since the process ends with them.
void routeQtMessagesToDebugLog();

} // namespace tidemark
