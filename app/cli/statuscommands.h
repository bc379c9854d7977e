#pragma once

#include "clicontext.h"

namespace tidemark::cli {

int statusCommand(CliContext &context);
int validateCommand(CliContext &context);

} // namespace tidemark::cli
