#pragma once

#include "clicontext.h"

namespace tidemark::cli {

// audit verify [--head HASH]: walks the events' hash chain; exit 3 naming the first event that does not match.
int auditCommand(CliContext &context);

} // namespace tidemark::cli
