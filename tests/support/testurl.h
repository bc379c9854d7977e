#pragma once

#include "database/connectionurl.h"

namespace tidemark::test {

// A URL a test writes, parsed: one that does not parse is the test's own mistake, and stops the run with why.
ConnectionUrl parsedUrl(const QString &text);

} // namespace tidemark::test
