#pragma once
// The clock seam: every rule that depends on "today" asks a Clock, so tests decide what today is.

#include "date.h"

#include <string>

namespace isms {

class Clock {
public:
    virtual ~Clock() = default;
    virtual Date today() const = 0;
    // UTC timestamp, ISO 8601 with milliseconds: 2026-11-23T15:30:00.123Z
    virtual std::string nowUtc() const = 0;
};

class SystemClock final : public Clock {
public:
    Date today() const override;
    std::string nowUtc() const override;
};

// A clock that stands still (or moves only when told): for tests and reproducible demo files.
class FixedClock final : public Clock {
public:
    explicit FixedClock(Date today) : m_today(today) {}
    Date today() const override { return m_today; }
    std::string nowUtc() const override { return m_today.toIso() + "T12:00:00.000Z"; }
    void set(Date today) { m_today = today; }

private:
    Date m_today;
};

} // namespace isms
