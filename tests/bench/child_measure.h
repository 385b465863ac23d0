#pragma once
// One measurement in a fresh child process: its peak resident memory (VmHWM) and the time the
// work took, so one benchmark's allocations never inflate the next one's figure.

#include <functional>

namespace isms::bench {

struct Measured {
    long hwmKiB = -1;
    double seconds = 0;
};

// The peak resident memory of this process so far, in KiB (-1 if /proc does not say).
long vmHwmKiB();

// Runs `work` in a forked child; exits the benchmark (naming `benchmark`) if the work fails.
Measured inChild(const char* benchmark, const std::function<bool()>& work);

} // namespace isms::bench
