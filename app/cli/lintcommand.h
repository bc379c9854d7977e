#pragma once

#include "clicontext.h"

namespace tidemark::cli {

// tidemark-cli lint [VERSION…] [--dialect D | --url URL | --profile NAME] [--format text|json|sarif]
// [--fail-on error|warning]: the review rules over the project's migration files, without connecting.
int lintCommand(CliContext &context);

} // namespace tidemark::cli
