// bench_evidence [MiB]: peak memory (VmHWM) and time for adding one evidence file of MiB mebibytes
// (default 200) to an .isms file, streamed (IsmsFile::attachFile) against the in-memory way the
// GUI used before (read the whole file, then attach the bytes). Each way runs in a child process
// of its own, so each high-water mark is its own; an idle child (file opened, nothing attached)
// gives the process's own footprint, measured in the same run.

#include "domain/clock.h"
#include "storage/isms_file.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include "child_measure.h"

#include <functional>
#include <string>
#include <vector>

using namespace isms;
using namespace isms::storage;

using isms::bench::inChild;
using isms::bench::Measured;
using isms::bench::vmHwmKiB;

namespace {


std::unique_ptr<IsmsFile> openOrDie(const std::filesystem::path& path, const Clock& clock)
{
    OpenOptions options;
    options.author = "bench";
    auto file = IsmsFile::open(path, options, clock);
    if (!file) {
        std::fprintf(stderr, "bench_evidence: %s\n", file.error().message.c_str());
        std::exit(1);
    }
    return std::move(file).value();
}

RecordId firstDocument(IsmsFile& file)
{
    return file.list(file.catalogue().get("documents")).value().front().id;
}

} // namespace

int main(int argc, char** argv)
{
    const long mib = argc > 1 ? std::atol(argv[1]) : 200;
    const std::int64_t size = static_cast<std::int64_t>(mib) * 1024 * 1024;
    const auto dir = std::filesystem::temp_directory_path() / ("isms-bench-evidence-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto evidence = dir / "evidence.bin";
    {
        std::ofstream out(evidence, std::ios::binary);
        std::vector<char> chunk(1 << 20);
        for (std::int64_t written = 0; written < size; written += static_cast<std::int64_t>(chunk.size())) {
            for (std::size_t i = 0; i < chunk.size(); ++i)
                chunk[i] = static_cast<char>((written + static_cast<std::int64_t>(i)) * 2654435761u >> 13);
            out.write(chunk.data(), static_cast<std::streamsize>(std::min<std::int64_t>(chunk.size(), size - written)));
        }
    }
    const SystemClock clock;
    auto fresh = [&](const std::string& name) {
        const auto path = dir / name;
        auto file = IsmsFile::create(path, CreateOptions{"Bench Ltd", "bench"}, clock);
        if (!file)
            std::exit(1);
        const auto& documents = (*file)->catalogue().get("documents");
        Record d = Record::blank(documents);
        d.set(documents, "title", std::string("Evidence holder"));
        if (!(*file)->insert(documents, d))
            std::exit(1);
        return path;
    };

    const auto idlePath = fresh("idle.isms");
    const Measured idle = inChild("bench_evidence", [&] {
        auto file = openOrDie(idlePath, clock);
        return firstDocument(*file) > 0;
    });
    const auto streamedPath = fresh("streamed.isms");
    const Measured streamed = inChild("bench_evidence", [&] {
        auto file = openOrDie(streamedPath, clock);
        return file->attachFile("documents", firstDocument(*file), evidence).ok();
    });
    const auto inMemoryPath = fresh("in-memory.isms");
    const Measured inMemory = inChild("bench_evidence", [&] {
        auto file = openOrDie(inMemoryPath, clock);
        std::ifstream in(evidence, std::ios::binary);
        std::vector<std::byte> bytes(static_cast<std::size_t>(size));
        in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(size));
        return file->attach("documents", firstDocument(*file), "evidence.bin", "", bytes).ok();
    });

    const double mibSize = static_cast<double>(size) / (1024 * 1024);
    auto line = [&](const char* what, const Measured& m) {
        const double extra = static_cast<double>(m.hwmKiB - idle.hwmKiB) / 1024;
        std::printf("%-34s %9.1f MiB %9.1f MiB %7.2fx %8.2f s\n", what, m.hwmKiB / 1024.0, extra,
                    extra / mibSize, m.seconds);
    };
    std::printf("Adding one %.0f MiB evidence file (peak resident memory, VmHWM, of a child process)\n", mibSize);
    std::printf("%-34s %13s %13s %8s %10s\n", "", "peak", "over idle", "x size", "time");
    line("idle (file opened, nothing added)", idle);
    line("streamed (attachFile)", streamed);
    line("in memory (read whole, attach)", inMemory);
    std::printf("target: streamed peak over idle <= 2x the file size\n");
    std::filesystem::remove_all(dir);
    return static_cast<double>(streamed.hwmKiB - idle.hwmKiB) / 1024 <= 2 * mibSize ? 0 : 1;
}
