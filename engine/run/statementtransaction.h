#pragma once

#include "core/databasekind.h"
#include "sql/sqlstatement.h"

namespace tidemark {

// Whether a statement of a migration that runs without a transaction can still run inside one together with the
// update that records it, so that a crash leaves it done and recorded, or undone: never done and unrecorded.
// Not: transaction control, a statement that refuses a transaction block (CREATE INDEX CONCURRENTLY, VACUUM), and
// on MySQL anything but a data statement, since DDL and account statements commit implicitly there.
bool canShareTransaction(const SqlStatement &statement, const QByteArray &script, DatabaseKind kind);

} // namespace tidemark
