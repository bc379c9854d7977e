#pragma once

#include "core/version.h"
#include "database/migrationlock.h"
#include "history/migrationstatus.h"

#include <optional>

namespace tidemark {

// What the DBA asked for; turned into a Plan on the worker thread from a fresh status.
struct OperationRequest
{
    enum class Kind { UpAll, UpTo, DownSteps, DownTo, Goto };

    Kind kind = Kind::UpAll;
    Version target;
    int steps = 1;
};

struct StatusSnapshot
{
    ProjectStatus status;
    std::optional<LockHolder> lockHolder;
};

} // namespace tidemark
