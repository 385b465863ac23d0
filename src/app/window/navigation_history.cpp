#include "app/window/navigation_history.h"

#include <algorithm>

namespace isms::app {

void NavigationHistory::visit(const Location& location)
{
    if (!m_entries.empty() && m_entries[m_index] == location)
        return;
    if (!m_entries.empty())
        m_entries.erase(m_entries.begin() + static_cast<std::ptrdiff_t>(m_index) + 1,
                        m_entries.end());
    m_entries.push_back(location);
    if (m_entries.size() > kMaxEntries)
        m_entries.erase(m_entries.begin());
    m_index = m_entries.size() - 1;
    emit changed();
}

Location NavigationHistory::back()
{
    if (canGoBack()) {
        --m_index;
        emit changed();
    }
    return current();
}

Location NavigationHistory::forward()
{
    if (canGoForward()) {
        ++m_index;
        emit changed();
    }
    return current();
}

Location NavigationHistory::current() const
{
    return m_entries.empty() ? Location{} : m_entries[m_index];
}

void NavigationHistory::clear()
{
    m_entries.clear();
    m_index = 0;
    emit changed();
}

Location NavigationHistory::cameFrom(const QString& registerKey) const
{
    for (std::size_t i = std::min(m_index + 1, m_entries.size()); i-- > 0;) {
        const Location& place = m_entries[i];
        if (place.registerKey != registerKey)
            return place.id != 0 ? place : Location{};
    }
    return {};
}

} // namespace isms::app
