#include "child_measure.h"

#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

namespace isms::bench {

long vmHwmKiB()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::strtol(line.c_str() + 6, nullptr, 10);
    return -1;
}

Measured inChild(const char* benchmark, const std::function<bool()>& work)
{
    int fds[2];
    if (::pipe(fds) != 0)
        std::exit(1);
    const pid_t child = ::fork();
    if (child == 0) {
        const auto start = std::chrono::steady_clock::now();
        const bool ok = work();
        Measured m{vmHwmKiB(),
                   std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()};
        (void)::write(fds[1], &m, sizeof m);
        ::_exit(ok ? 0 : 1);
    }
    Measured m;
    (void)::read(fds[0], &m, sizeof m);
    int status = 0;
    ::waitpid(child, &status, 0);
    ::close(fds[0]);
    ::close(fds[1]);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "%s: a measurement failed\n", benchmark);
        std::exit(1);
    }
    return m;
}

} // namespace isms::bench
