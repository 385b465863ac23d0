// bench_versions [N] [C]: issue 10's measured work on N risks (default 100,000) and C custom
// controls (default 1,000), each against a baseline measured in the same run on the same file:
// - re-evaluating every risk after a method change, against listing every risk (the read any
//   re-evaluation has to do);
// - recording an assessment run (snapshot of every risk's levels and the methodology kept),
//   against the same listing;
// - comparing two runs (both read whole from the file, then compared), against listing;
// - the SoA diff of two versions (both read whole, then diffed), against listing the controls.
// Timings take the best of three because the machine is shared.

#include "domain/assessment_compare.h"
#include "domain/clock.h"
#include "domain/soa_version.h"
#include "storage/isms_file.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>

using namespace isms;
using namespace isms::storage;

namespace {

double secondsOf(const std::function<void()>& work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double bestOf(int rounds, const std::function<void()>& work)
{
    double best = 1e9;
    for (int i = 0; i < rounds; ++i)
        best = std::min(best, secondsOf(work));
    return best;
}

template <typename T>
T need(Result<T> result, const char* what)
{
    if (!result) {
        std::fprintf(stderr, "bench_versions: %s failed: %s\n", what, result.error().message.c_str());
        std::exit(1);
    }
    return std::move(*result);
}

void need(Result<void> result, const char* what)
{
    if (!result) {
        std::fprintf(stderr, "bench_versions: %s failed: %s\n", what, result.error().message.c_str());
        std::exit(1);
    }
}

void row(const char* what, double ours, double baseline, const char* baselineName)
{
    std::printf("%-44s %9.3f s %9.3f s %7.2fx   (baseline: %s)\n", what, ours, baseline, ours / baseline, baselineName);
}

} // namespace

int main(int argc, char** argv)
{
    const int n = argc > 1 ? std::max(10, std::atoi(argv[1])) : 100000;
    const int c = argc > 2 ? std::max(10, std::atoi(argv[2])) : 1000;
    const auto dir = std::filesystem::temp_directory_path() / ("isms-bench-versions-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const FixedClock clock(Date{2026, 12, 3});
    const Catalogue& catalogue = Catalogue::standard();
    const RegisterDef& risks = catalogue.get("risks");
    const RegisterDef& controls = catalogue.get("controls");
    const RegisterDef& people = catalogue.get("people");

    auto file = need(IsmsFile::create(dir / "bench.isms", CreateOptions{"Bench Ltd", "Bench"}, clock), "create");
    RecordId person = 0;
    need(file->transaction([&]() -> Result<void> {
             Record p = Record::blank(people);
             p.values[*people.indexOf("name")] = std::string("Bench Approver");
             auto stored = file->insert(people, p);
             if (!stored)
                 return stored.error();
             person = stored->id;
             Record r = Record::blank(risks);
             for (int i = 1; i <= n; ++i) {
                 r.values[*risks.indexOf("title")] = "Risk " + std::to_string(i);
                 r.values[*risks.indexOf("kind")] = std::string("risk");
                 r.values[*risks.indexOf("inherent_likelihood")] = std::int64_t{1 + i % 5};
                 r.values[*risks.indexOf("inherent_impact")] = std::int64_t{1 + (i / 5) % 5};
                 r.values[*risks.indexOf("status")] = std::string("identified");
                 if (auto s = file->insert(risks, r); !s)
                     return s.error();
             }
             Record k = Record::blank(controls);
             for (int i = 1; i <= c; ++i) {
                 k.values[*controls.indexOf("title")] = "Custom control " + std::to_string(i);
                 k.values[*controls.indexOf("theme")] = std::string("custom");
                 k.values[*controls.indexOf("applicable")] = std::string("yes");
                 k.values[*controls.indexOf("reason_business")] = true;
                 k.values[*controls.indexOf("implementation")] = std::string("partial");
                 if (auto s = file->insert(controls, k); !s)
                     return s.error();
             }
             return {};
         }),
         "fill");
    std::printf("bench_versions: %d risks, %d custom controls\n\n", n, c);
    std::printf("%-44s %11s %11s %8s\n", "work", "ours", "baseline", "ratio");

    auto listRisks = [&] { need(file->list(risks), "list risks"); };
    const double listing = bestOf(3, listRisks);

    // ---- re-evaluation after a method change (every cell's score up by one, then back) ----
    const Methodology original = need(file->methodology(), "methodology");
    Methodology raised = original;
    for (int& score : raised.matrix)
        score += 1;
    bool up = true;
    const double reevaluate = bestOf(3, [&] {
        need(file->setMethodology(up ? raised : original), "setMethodology");
        up = !up;
    });
    if (!up)
        need(file->setMethodology(original), "setMethodology");
    row("re-evaluate every risk after a method change", reevaluate, listing, "list every risk");

    // ---- assessment runs: record two (the method changed between them), compare ----
    AssessmentRequest request;
    request.trigger = "planned";
    double record = 1e9;
    std::vector<RecordId> runs;
    for (int i = 0; i < 3; ++i) {
        if (i == 1)
            need(file->setMethodology(raised), "setMethodology");
        record = std::min(record, secondsOf([&] { runs.push_back(need(file->recordAssessment(request), "recordAssessment").id); }));
    }
    row("record an assessment run (snapshot)", record, listing, "list every risk");
    std::size_t moved = 0;
    const double compare = bestOf(3, [&] {
        const AssessmentRun before = need(file->assessmentRun(runs[0]), "assessmentRun");
        const AssessmentRun after = need(file->assessmentRun(runs[1]), "assessmentRun");
        const RunComparison result = compareRuns(before, after);
        moved = result.rose.size() + result.fell.size();
    });
    row("read two runs and compare them", compare, listing, "list every risk");

    // ---- SoA versions: approve, change half the controls, approve, diff ----
    SoaApprovalRequest approval;
    approval.approverId = person;
    const int first = need(file->approveSoaVersion(approval), "approveSoaVersion").number;
    need(file->transaction([&]() -> Result<void> {
             auto all = file->list(controls);
             if (!all)
                 return all.error();
             int i = 0;
             for (Record k : *all) {
                 if (++i % 2)
                     continue;
                 k.values[*controls.indexOf("applicable")] = std::string("no");
                 k.values[*controls.indexOf("reason_business")] = false;
                 k.values[*controls.indexOf("justification")] = std::string("Not used here");
                 if (auto s = file->update(controls, k); !s)
                     return s.error();
             }
             return {};
         }),
         "change controls");
    const int second = need(file->approveSoaVersion(approval), "approveSoaVersion").number;
    const double listControls = bestOf(3, [&] { need(file->list(controls), "list controls"); });
    std::size_t changed = 0;
    const double diff = bestOf(3, [&] {
        const SoaVersion a = need(file->soaVersion(first), "soaVersion");
        const SoaVersion b = need(file->soaVersion(second), "soaVersion");
        const SoaDiff d = diffSoa(a, b);
        changed = d.changes.size();
    });
    row("read two SoA versions and diff them", diff, listControls, "list every control");
    std::printf("\n(%zu risks moved between the runs; %zu control changes between the versions)\n", moved, changed);
    file.reset();
    std::filesystem::remove_all(dir);
    return 0;
}
