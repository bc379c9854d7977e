#pragma once

#include "database/statementcanceller.h"

#include <atomic>
#include <thread>

namespace tidemark {

// While a run lasts, watches its cancel flag from a thread of its own. Once the flag is set, and for as long as a
// migration statement is running (inStatement, set by the runner around each one), it asks the database to stop
// that statement, again every so often, so that a statement that began just after the first request stops too.
class CancelWatch
{
public:
    CancelWatch(const std::atomic_bool *cancel, StatementCanceller *canceller);
    ~CancelWatch();
    Q_DISABLE_COPY_MOVE(CancelWatch)

    std::atomic_bool *inStatement() { return &m_inStatement; }

private:
    std::atomic_bool m_inStatement{false};
    std::jthread m_thread;
};

} // namespace tidemark
