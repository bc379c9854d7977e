#pragma once

#include "reviewcontext.h"

namespace tidemark {

// Each group of rules adds what it finds to the context; migrationreview.cpp runs them all. Each checks the up
// and the down script, and reports only rules for the context's dialect.
void checkDestructive(ReviewContext &context);    // drop-table … update-without-where (sql/sqlcheck's hazards)
void checkReversibility(ReviewContext &context);  // no-down, empty-down, down-not-undo
void checkPostgresLocking(ReviewContext &context); // pg-…
void checkMySqlLocking(ReviewContext &context);   // mysql-alter-copies-table
void checkRenames(ReviewContext &context);        // rename-in-use
void checkTransactions(ReviewContext &context);   // no-transaction, no-transaction-mixed, ddl-with-dml

} // namespace tidemark
