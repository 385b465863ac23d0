// bench_storage [N]: creates N risks (default 100,000) through IsmsFile and through raw SQLite
// doing the same work, loads them both ways, times 1,000 durable single edits each way and a
// full check(), and prints a table. Timings take the best of two rounds (alternating which side
// goes first) because the machine is shared.

#include "baseline.h"

#include "domain/clock.h"
#include "storage/content_digest.h"
#include "storage/isms_file.h"
#include "storage/signing_key.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>

using namespace isms;
using namespace isms::storage;
using Stopwatch = std::chrono::steady_clock;

namespace {

double secondsOf(const std::function<void()>& work)
{
    const auto start = Stopwatch::now();
    work();
    return std::chrono::duration<double>(Stopwatch::now() - start).count();
}

double millisecondsOf(const std::function<void()>& work) { return secondsOf(work) * 1000.0; }

[[noreturn]] void fail(const std::string& what, const Error& error)
{
    std::fprintf(stderr, "bench_storage: %s failed: %s\n", what.c_str(), error.message.c_str());
    std::exit(1);
}

struct Percentiles {
    double p50 = 0, p99 = 0;
};

Percentiles percentiles(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return {samples[samples.size() / 2], samples[std::min(samples.size() - 1, samples.size() * 99 / 100)]};
}

void row(const std::string& what, double ours, double baseline, const char* target)
{
    if (baseline > 0)
        std::printf("%-46s %10.3f s %10.3f s %7.2fx   %s\n", what.c_str(), ours, baseline, ours / baseline, target);
    else
        std::printf("%-46s %10.3f s %12s %8s   %s\n", what.c_str(), ours, "-", "-", target);
}

std::unique_ptr<IsmsFile> createOurs(const std::filesystem::path& path, const Clock& clock, int n)
{
    const RegisterDef& risks = Catalogue::standard().get("risks");
    auto created = IsmsFile::create(path, CreateOptions{"Bench Ltd", "Bench"}, clock);
    if (!created)
        fail("create", created.error());
    auto file = std::move(*created);
    auto done = file->transaction([&]() -> Result<void> {
        Record r = Record::blank(risks);
        const auto title = *risks.indexOf("title"), kind = *risks.indexOf("kind"),
                   likelihood = *risks.indexOf("inherent_likelihood"), impact = *risks.indexOf("inherent_impact"),
                   status = *risks.indexOf("status");
        for (int i = 1; i <= n; ++i) {
            r.values[title] = bench::riskTitle(i);
            r.values[kind] = std::string("risk");
            r.values[likelihood] = std::int64_t{bench::riskLikelihood(i)};
            r.values[impact] = std::int64_t{bench::riskImpact(i)};
            r.values[status] = std::string("identified");
            auto stored = file->insert(risks, r);
            if (!stored)
                return stored.error();
        }
        return {};
    });
    if (!done)
        fail("bulk insert", done.error());
    return file;
}

// The floor under any durable commit on this disk: one 4 KiB write and fdatasync.
Percentiles fsyncLatency(const std::filesystem::path& dir)
{
    const auto path = dir / "fsync.probe";
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    std::vector<double> samples;
    const std::string page(4096, 'x');
    for (int i = 0; i < 200 && fd >= 0; ++i)
        samples.push_back(millisecondsOf([&] {
            if (::pwrite(fd, page.data(), page.size(), 0) < 0 || ::fdatasync(fd) != 0)
                std::perror("fsync probe");
        }));
    if (fd >= 0)
        ::close(fd);
    std::filesystem::remove(path);
    return samples.empty() ? Percentiles{} : percentiles(samples);
}

// verify of a signed audit copy of a 10,000-risk file (best of three), and SHA-256 of the same
// file's bytes (the least any check of the copy costs) as its baseline.
struct VerifyFigures {
    double verify = 1e9, fileHash = 1e9;
    bool verified = false;
};

VerifyFigures measureVerify(const std::filesystem::path& dir, const Clock& clock)
{
    const auto work = dir / "verify";
    std::filesystem::create_directories(work);
    if (auto key = createSigningKey(work / "keys", "Bench", "", false); !key)
        fail("createSigningKey", key.error());
    auto key = loadSigningKey(work / "keys", "");
    if (!key)
        fail("loadSigningKey", key.error());
    if (auto trusted = trustPublicKey(work / "trusted", key->publicKey()); !trusted)
        fail("trustPublicKey", trusted.error());
    {
        auto file = createOurs(work / "live.isms", clock, 10000);
        ExportOptions options;
        options.signWith = &*key;
        if (auto receipt = file->exportAuditCopy(work / "copy.isms", options); !receipt)
            fail("exportAuditCopy", receipt.error());
    }
    VerifyOptions options;
    options.trustedKeysDir = work / "trusted";
    VerifyFigures figures;
    for (int round = 0; round < 3; ++round) {
        figures.fileHash = std::min(figures.fileHash, secondsOf([&] {
            if (auto sha = fileSha256(work / "copy.isms"); !sha)
                fail("fileSha256", sha.error());
        }));
        figures.verify = std::min(figures.verify, secondsOf([&] {
            auto report = IsmsFile::verifyAuditCopy(work / "copy.isms", options);
            if (!report)
                fail("verifyAuditCopy", report.error());
            figures.verified = report->verified() && report->signerTrusted;
        }));
    }
    return figures;
}

} // namespace

int main(int argc, char** argv)
{
    const int n = argc > 1 ? std::max(10, std::atoi(argv[1])) : 100000;
    const int edits = std::min(1000, n);
    const auto dir = std::filesystem::temp_directory_path() / ("isms-bench-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const FixedClock clock(Date{2026, 11, 23});
    const RegisterDef& risks = Catalogue::standard().get("risks");

    // ---- create: best of two rounds, alternating order ----
    double ourCreate = 1e9, baselineCreate = 1e9;
    std::unique_ptr<IsmsFile> file;
    std::unique_ptr<bench::Baseline> baseline;
    for (int round = 0; round < 2; ++round) {
        file.reset();
        baseline.reset();
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir);
        auto runBaseline = [&] {
            baselineCreate = std::min(baselineCreate, secondsOf([&] {
                baseline = std::make_unique<bench::Baseline>(dir / "baseline.isms");
                baseline->createRisks(n);
            }));
        };
        auto runOurs = [&] { ourCreate = std::min(ourCreate, secondsOf([&] { file = createOurs(dir / "ours.isms", clock, n); })); };
        if (round == 0) {
            runBaseline();
            runOurs();
        } else {
            runOurs();
            runBaseline();
        }
    }

    // ---- load: best of three each, warm connections ----
    double ourLoad = 1e9, baselineLoad = 1e9;
    for (int round = 0; round < 3; ++round) {
        baselineLoad = std::min(baselineLoad, secondsOf([&] {
            if (baseline->loadRisks().size() != static_cast<std::size_t>(n))
                fail("baseline load", makeError(ErrorCode::Internal, "wrong row count"));
        }));
        ourLoad = std::min(ourLoad, secondsOf([&] {
            auto all = file->list(risks);
            if (!all)
                fail("list", all.error());
            if (all->size() != static_cast<std::size_t>(n))
                fail("list", makeError(ErrorCode::Internal, "wrong row count"));
        }));
    }

    // ---- listing ordered by ref: natural (the isms_ref collation) vs plain byte order ----
    double naturalList = 1e9, plainList = 1e9;
    Query byRef;
    byRef.sortField = "ref";
    for (int round = 0; round < 3; ++round) {
        plainList = std::min(plainList, secondsOf([&] {
            if (baseline->idsByRef().size() != static_cast<std::size_t>(n))
                fail("baseline ids by ref", makeError(ErrorCode::Internal, "wrong row count"));
        }));
        naturalList = std::min(naturalList, secondsOf([&] {
            auto sorted = file->listIds(risks, byRef);
            if (!sorted)
                fail("listIds by ref", sorted.error());
            if (sorted->size() != static_cast<std::size_t>(n))
                fail("listIds by ref", makeError(ErrorCode::Internal, "wrong row count"));
        }));
    }

    // ---- single durable edits, interleaved ----
    Query first;
    first.limit = edits;
    auto ids = file->listIds(risks, first);
    if (!ids)
        fail("listIds", ids.error());
    std::vector<double> ours, raw;
    for (int i = 0; i < edits; ++i) {
        const RecordId id = (*ids)[static_cast<std::size_t>(i)];
        auto record = file->get(risks, id);
        if (!record)
            fail("get", record.error());
        const std::string threat = "Edited threat " + std::to_string(i);
        record->set(risks, "threat", threat);
        ours.push_back(millisecondsOf([&] {
            if (auto updated = file->update(risks, *record); !updated)
                fail("update", updated.error());
        }));
        raw.push_back(millisecondsOf([&] { baseline->edit(id, threat); }));
    }
    const Percentiles ourEdit = percentiles(ours), rawEdit = percentiles(raw);
    const Percentiles disk = fsyncLatency(dir);

    // ---- check ----
    HealthReport health;
    const double checkSeconds = secondsOf([&] {
        auto report = file->check();
        if (!report)
            fail("check", report.error());
        health = *report;
    });
    file.reset();
    baseline.reset();
    const VerifyFigures verify = measureVerify(dir, clock);

    std::printf("\nbench_storage: N = %d risks, %d edits\n\n", n, edits);
    std::printf("%-46s %12s %12s %8s   %s\n", "measure", "IsmsFile", "raw sqlite3", "ratio", "target");
    row("create " + std::to_string(n) + " risks + change log (1 txn)", ourCreate, baselineCreate, "<= 1.5x");
    row("load " + std::to_string(n) + " risks (list() vs SELECT)", ourLoad, baselineLoad, "<= 2x");
    row("ids of " + std::to_string(n) + " risks by ref, natural vs plain", naturalList, plainList, "<= 0.5 s");
    row("check() with " + std::to_string(health.chain.entries) + " log entries", checkSeconds, 0, "<= 2 s");
    row("verify signed audit copy, 10000 risks", verify.verify, 0, "<= 1 s");
    row("  vs SHA-256 of the copy's bytes", verify.verify, verify.fileHash, "(floor)");
    std::printf("%-46s p50 %7.3f ms  p99 %7.3f ms   (raw sqlite3: p50 %.3f ms, p99 %.3f ms)   target p99 <= 5 ms\n",
                "one durable edit (update + log + commit)", ourEdit.p50, ourEdit.p99, rawEdit.p50, rawEdit.p99);
    std::printf("%-46s p50 %7.3f ms  p99 %7.3f ms   (the floor under any durable commit here)\n",
                "disk: 4 KiB write + fdatasync", disk.p50, disk.p99);
    std::printf("\ncheck() (integrity, schema, chain, replay of the log against every record, values): %s "
                "(integrity %s, chain %s, %zu problems)\n",
                health.healthy() ? "healthy" : "NOT healthy", health.integrityOk ? "ok" : "FAILED",
                health.chain.intact ? "intact" : "BROKEN", health.problemCount);
    for (const auto& problem : health.problems)
        std::printf("  %s\n", problem.c_str());
    std::filesystem::remove_all(dir);
    std::printf("verify: %s\n", verify.verified ? "verified (trusted signature)" : "NOT verified");
    return health.healthy() && verify.verified ? 0 : 1;
}
