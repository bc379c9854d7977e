#pragma once

#include <QString>

namespace tidemark {

// A realistic audit record of about eventCount events in a new SQLite database, written through the engine's own
// HistoryStore::appendEvent (so the hash chain is real), with the project's files beside it: runs of five
// migrations (run-start with context and plan, start and apply with each one's SQL, run-end), every ninth run
// failing at its third migration, every twentieth waiting for the lock; history rows for what was applied, and one
// file in a hundred edited since it ran. Returns the number of events written; stops the bench on a failure.
int generateHistory(const QString &projectDir, const QString &databasePath, int eventCount);

} // namespace tidemark
