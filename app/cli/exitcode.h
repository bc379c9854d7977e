#pragma once

namespace tidemark::cli {

// The contract with CI pipelines; see docs/ARCHITECTURE.md (CLI).
enum ExitCode : int {
    Success = 0,
    RunFailed = 1,
    UsageError = 2,
    ValidationFailed = 3,
    LockNotAcquired = 4,
};

} // namespace tidemark::cli
