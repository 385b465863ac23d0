#pragma once
// Back and Forward through the places visited (a register, a record, the dashboard), like a
// browser: going somewhere new after going back drops the forward entries.

#include <QObject>
#include <QString>

#include <vector>

namespace isms::app {

struct Location {
    QString registerKey;  // empty: the dashboard
    qint64 id = 0;        // 0: the register without a record
    bool operator==(const Location&) const = default;
};

class NavigationHistory : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    static constexpr std::size_t kMaxEntries = 200;

    // Records a visit; visiting the current place again is not a new entry.
    void visit(const Location& location);
    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index + 1 < m_entries.size(); }
    // The place to show; the current one when there is nowhere to go.
    Location back();
    Location forward();
    Location current() const;
    // Where the user came from into `registerKey`: the place visited just before the latest run
    // of visits to it, when that place is a record (a new corrective action belongs to the
    // nonconformity the user came from); empty otherwise.
    Location cameFrom(const QString& registerKey) const;
    void clear();

signals:
    void changed();

private:
    std::vector<Location> m_entries;
    std::size_t m_index = 0;
};

} // namespace isms::app
