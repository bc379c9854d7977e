#pragma once

#include "clicontext.h"

namespace tidemark::cli {

// drift V (--accept-file | --restore-file): settles a modified or missing migration (Runner::settleDrift).
int driftCommand(CliContext &context);

} // namespace tidemark::cli
