#include "storage/parallel_readers.h"

#include <algorithm>
#include <chrono>

namespace isms::storage {

bool ParallelReaders::enter(sqlite3* connection)
{
    std::lock_guard lock(m_mutex);
    if (m_closing)
        return false;
    m_live.push_back(connection);
    return true;
}

void ParallelReaders::leave(sqlite3* connection)
{
    {
        std::lock_guard lock(m_mutex);
        m_live.erase(std::remove(m_live.begin(), m_live.end(), connection), m_live.end());
    }
    m_left.notify_all();
}

bool ParallelReaders::empty() const
{
    std::lock_guard lock(m_mutex);
    return m_live.empty();
}

void ParallelReaders::closeAll()
{
    std::unique_lock lock(m_mutex);
    m_closing = true;
    // Interrupting under the mutex: a reader cannot close its connection before it has left.
    // An interrupt only stops the statement running at that moment, so a reader between two
    // statements is interrupted again until it gives up.
    while (!m_live.empty()) {
        for (sqlite3* connection : m_live)
            sqlite3_interrupt(connection);
        m_left.wait_for(lock, std::chrono::milliseconds(5));
    }
}

} // namespace isms::storage
