#include "cancelwatch.h"

#include <chrono>

namespace tidemark {

CancelWatch::CancelWatch(const std::atomic_bool *cancel, StatementCanceller *canceller)
{
    if (!cancel || !canceller)
        return;
    m_thread = std::jthread([this, cancel, canceller](std::stop_token stop) {
        while (!stop.stop_requested()) {
            if (cancel->load() && m_inStatement.load()) {
                QString ignored; // if the database cannot be asked, the run stops after the statement instead
                canceller->cancel(&ignored);
                std::this_thread::sleep_for(std::chrono::milliseconds(200));
                continue;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    });
}

CancelWatch::~CancelWatch()
{
    if (m_thread.joinable()) {
        m_thread.request_stop();
        m_thread.join();
    }
}

} // namespace tidemark
