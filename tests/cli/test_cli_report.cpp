// ismsctl report: every kind from the command line, files written all or nothing and only with
// --force over an existing one, wrong kinds and formats refused with the valid ones, and the ISMS
// file never touched, with no display at all.
#include "cli_support.h"

#include <catch2/catch_test_macros.hpp>

#include <sys/stat.h>

using namespace isms::test;

namespace {

// ismsctl with the environment a headless job has: no display and no Qt platform chosen.
Run headless(const TempDir& dir, const std::vector<std::string>& arguments)
{
    return ismsctl(dir, arguments, "env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY -u XDG_RUNTIME_DIR ");
}

struct Snapshot {
    std::string bytes;
    timespec modified{};
    explicit Snapshot(const fs::path& path) : bytes(readFile(path))
    {
        struct stat info {};
        REQUIRE(::stat(path.c_str(), &info) == 0);
        modified = info.st_mtim;
    }
    bool operator==(const Snapshot& other) const
    {
        return bytes == other.bytes && modified.tv_sec == other.modified.tv_sec
            && modified.tv_nsec == other.modified.tv_nsec;
    }
};

const std::vector<std::string> kKinds{"soa", "risks", "treatment", "criteria"};

} // namespace

TEST_CASE("report --list shows the kinds and the formats", "[cli][report]")
{
    TempDir dir;
    const auto run = headless(dir, {"report", "--list"});
    REQUIRE(run.exitCode == 0);
    for (const auto& kind : kKinds)
        CHECK(contains(run.out, "  " + kind + " "));
    CHECK(contains(run.out, "Statement of Applicability"));
    CHECK(contains(run.out, "Formats"));
    CHECK(contains(run.out, "  text "));
    CHECK(run.err.empty());
}

TEST_CASE("report --help documents the exit codes and --force", "[cli][report]")
{
    TempDir dir;
    const auto run = headless(dir, {"report", "--help"});
    REQUIRE(run.exitCode == 0);
    CHECK(contains(run.out, "Exit codes"));
    CHECK(contains(run.out, "--force"));
    CHECK(contains(run.out, "OUT exists: add --force to replace it"));
}

TEST_CASE("Every kind prints as text with no display, and the file is left as it was", "[cli][report]")
{
    DemoFile demo;
    const Snapshot before(demo.path);
    for (const auto& kind : kKinds) {
        INFO(kind);
        const auto run = headless(demo.dir, {"report", demo.path.string(), kind});
        REQUIRE(run.exitCode == 0);
        CHECK(run.err.empty());  // not even Qt's notice about a missing runtime folder
        CHECK(contains(run.out, "Organisation:  Fernbrook Analytics Ltd"));
        CHECK(contains(run.out, "Source file:   demo.isms"));
        CHECK(run.out.size() > 500);
    }
    CHECK(headless(demo.dir, {"report", demo.path.string(), "soa"}).out.find("Statement of Applicability\n====") == 0);
    CHECK(Snapshot(demo.path) == before);
    CHECK_FALSE(fs::exists(demo.path.string() + "-wal"));
    CHECK_FALSE(fs::exists(demo.path.string() + "-shm"));
}

TEST_CASE("report -o writes the file in the format of its suffix, the same as printed", "[cli][report]")
{
    DemoFile demo;
    const Snapshot before(demo.path);
    const auto out = demo.dir / "risks.txt";
    const auto run = headless(demo.dir, {"report", demo.path.string(), "risks", "-o", out.string()});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.empty());
    const auto printed = headless(demo.dir, {"report", demo.path.string(), "risks"});
    CHECK(readFile(out) == printed.out);
    CHECK(Snapshot(demo.path) == before);
    // No temporary file is left beside it.
    int files = 0;
    for (const auto& entry : fs::directory_iterator(demo.dir.path()))
        files += entry.path().filename().string().find(".part") != std::string::npos;
    CHECK(files == 0);
}

TEST_CASE("report -o refuses an existing file without --force and replaces it with it", "[cli][report]")
{
    DemoFile demo;
    const auto out = demo.dir / "soa.txt";
    { std::ofstream(out) << "keep me"; }

    const auto refused = headless(demo.dir, {"report", demo.path.string(), "soa", "-o", out.string()});
    CHECK(refused.exitCode == 1);
    CHECK(contains(refused.err, "exists: add --force to replace it"));
    CHECK(readFile(out) == "keep me");

    const auto forced = headless(demo.dir, {"report", demo.path.string(), "soa", "-o", out.string(), "--force"});
    REQUIRE(forced.exitCode == 0);
    CHECK(readFile(out).find("Statement of Applicability") == 0);
}

TEST_CASE("report refuses an unknown kind or format with the valid ones", "[cli][report]")
{
    DemoFile demo;
    const auto kind = headless(demo.dir, {"report", demo.path.string(), "bogus"});
    CHECK(kind.exitCode == 2);
    CHECK(contains(kind.err, "no report kind 'bogus'"));
    for (const auto& k : kKinds)
        CHECK(contains(kind.err, "  " + k + " "));

    const auto format = headless(demo.dir, {"report", demo.path.string(), "soa", "--format", "docx", "-o",
                                            (demo.dir / "x.docx").string()});
    CHECK(format.exitCode == 2);
    CHECK(contains(format.err, "no report format 'docx'"));
    CHECK(contains(format.err, "  text "));
    CHECK_FALSE(fs::exists(demo.dir / "x.docx"));

    const auto suffix = headless(demo.dir, {"report", demo.path.string(), "soa", "-o", (demo.dir / "x.weird").string()});
    CHECK(suffix.exitCode == 2);
    CHECK(contains(suffix.err, "cannot tell the format"));
    CHECK_FALSE(fs::exists(demo.dir / "x.weird"));

    const auto missing = headless(demo.dir, {"report", demo.path.string()});
    CHECK(missing.exitCode == 2);
}

TEST_CASE("report on a damaged or missing file fails with the reason and writes nothing", "[cli][report]")
{
    TempDir dir;
    const auto damaged = fs::path(ISMS_TEST_DATA_DIR) / "garbage-pages.isms";
    const auto out = dir / "soa.txt";
    const auto run = headless(dir, {"report", damaged.string(), "soa", "-o", out.string()});
    CHECK(run.exitCode == 1);
    CHECK(contains(run.err, "garbage-pages.isms"));
    CHECK_FALSE(fs::exists(out));

    const auto absent = headless(dir, {"report", (dir / "none.isms").string(), "soa"});
    CHECK(absent.exitCode == 1);
    CHECK(absent.out.empty());
}

TEST_CASE("report -o into a missing folder fails and leaves nothing", "[cli][report]")
{
    DemoFile demo;
    const auto out = demo.dir / "no-such-folder" / "soa.txt";
    const auto run = headless(demo.dir, {"report", demo.path.string(), "soa", "-o", out.string()});
    CHECK(run.exitCode == 1);
    CHECK(contains(run.err, "folder"));
    CHECK_FALSE(fs::exists(out));
}
