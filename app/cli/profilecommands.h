#pragma once

#include "clicontext.h"

namespace tidemark::cli {

// tidemark-cli profile add NAME --url URL [--env ENV] [--project DIR] [--password-stdin]
//              profile list | remove NAME | password NAME --password-stdin | test NAME
int profileCommand(CliContext &context);

} // namespace tidemark::cli
