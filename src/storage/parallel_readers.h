#pragma once
// The connections reading an open file's database from other threads (parallel readers and the
// background integrity check). They read the main database file directly, without locks, so the
// file must not checkpoint or close while any of them runs: closing interrupts them all and waits
// until each has left.

#include <sqlite3.h>

#include <condition_variable>
#include <mutex>
#include <vector>

namespace isms::storage {

class ParallelReaders {
public:
    // Registers a reader's connection; false once the file has begun to close.
    bool enter(sqlite3* connection);
    // Unregisters it; call before the connection is closed.
    void leave(sqlite3* connection);
    bool empty() const;
    // Interrupts every registered reader, waits until all have left and refuses new ones.
    void closeAll();

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_left;
    std::vector<sqlite3*> m_live;
    bool m_closing = false;
};

} // namespace isms::storage
