#pragma once

#include "dialect.h"

#include <memory>

namespace tidemark {

std::unique_ptr<Dialect> createDialect(DatabaseKind dialect);

} // namespace tidemark
