#pragma once

#include "clicontext.h"

namespace tidemark::cli {

// A command about to change a production database (the --profile, or the production profile whose database --url
// reaches) goes on only when it is confirmed: --confirm naming the database, or, at a terminal, the name typed.
// Without a terminal and without --confirm it stops before anything runs, even with nothing to do, so that a
// pipeline learns it on its first run, not on the one that matters. changes: whether the plan has steps (a terminal
// is not asked to confirm nothing). false, reported, when not confirmed.
bool confirmProductionChange(CliContext &context, bool changes);

} // namespace tidemark::cli
