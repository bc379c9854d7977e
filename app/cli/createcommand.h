#pragma once

#include "clicontext.h"

namespace tidemark::cli {

int createCommand(CliContext &context);

} // namespace tidemark::cli
