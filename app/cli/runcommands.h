#pragma once

#include "clicontext.h"

namespace tidemark::cli {

int upCommand(CliContext &context);
int downCommand(CliContext &context);
int gotoCommand(CliContext &context);
int repairCommand(CliContext &context);

} // namespace tidemark::cli
