#pragma once

#include "clicontext.h"

namespace tidemark::cli {

// baseline VERSION | baseline --from golang-migrate|goose|flyway|dbmate
int baselineCommand(CliContext &context);

} // namespace tidemark::cli
