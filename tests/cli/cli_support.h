#pragma once
// Shared by the CLI tests: runs the built ismsctl binary in a temporary folder and captures what
// it prints and its exit code; a demo file made through it.

#include <catch2/catch_test_macros.hpp>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace isms::test {

namespace fs = std::filesystem;


class TempDir {
public:
    TempDir()
    {
        static std::atomic<int> counter{0};
        std::random_device seed;
        m_path = fs::temp_directory_path()
            / ("isms-cli-" + std::to_string(seed()) + "-" + std::to_string(counter++));
        fs::create_directories(m_path);
    }
    ~TempDir()
    {
        std::error_code ignored;
        fs::remove_all(m_path, ignored);
    }
    fs::path operator/(const std::string& name) const { return m_path / name; }
    const fs::path& path() const { return m_path; }

private:
    fs::path m_path;
};

inline std::string readFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

inline std::string quoted(const std::string& argument)
{
    std::string out = "'";
    for (char c : argument) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    return out + "'";
}

struct Run {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// ismsctl with `arguments`; `prefix` goes before it on the shell line (an `env -u ...`).
inline Run ismsctl(const TempDir& dir, const std::vector<std::string>& arguments,
                   const std::string& prefix = {})
{
    std::string command = prefix + quoted(ISMSCTL_PATH);
    for (const auto& a : arguments)
        command += " " + quoted(a);
    const auto outPath = dir / "stdout.txt";
    const auto errPath = dir / "stderr.txt";
    command += " >" + quoted(outPath.string()) + " 2>" + quoted(errPath.string());
    const int status = std::system(command.c_str());
    Run run;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = readFile(outPath);
    run.err = readFile(errPath);
    return run;
}

inline bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

inline std::string sample(const std::string& name)
{
    return (fs::path(ISMS_TEST_DATA_DIR) / "csv" / name).string();
}

// Starts `ismsctl args...` with its output discarded; returns its pid (for kill -9 tests).
inline pid_t spawnIsmsctl(const std::vector<std::string>& args)
{
    const pid_t child = ::fork();
    if (child == 0) {
        const int null = ::open("/dev/null", O_WRONLY);
        ::dup2(null, 1);
        ::dup2(null, 2);
        std::vector<char*> argv{const_cast<char*>(ISMSCTL_PATH)};
        for (const auto& a : args)
            argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        ::execv(ISMSCTL_PATH, argv.data());
        ::_exit(127);
    }
    return child;
}

// A demo file made once per test, plus a snapshot of its bytes.
struct DemoFile {
    TempDir dir;
    fs::path path = dir / "demo.isms";
    DemoFile()
    {
        const auto run = ismsctl(dir, {"demo", path.string(), "--author", "tester"});
        REQUIRE(run.exitCode == 0);
    }
};

// One refused invocation: its arguments, the exit code and a part of the message it must print.
struct RefusedCase {
    std::vector<std::string> args;
    int exitCode;
    const char* message;
};

// Runs each case, expecting its exit code and message on stderr, and `file` byte for byte as it was.
inline void expectRefusedUnchanged(const TempDir& dir, const fs::path& file, const std::vector<RefusedCase>& cases)
{
    const std::string before = readFile(file);
    for (const auto& c : cases) {
        INFO(c.message);
        auto run = ismsctl(dir, c.args);
        INFO(run.out + run.err);
        CHECK(run.exitCode == c.exitCode);
        CHECK(contains(run.err, c.message));
        CHECK(readFile(file) == before);
    }
}


} // namespace isms::test
