// bench_import [N]: importing an N-row XLSX risk register (default 10,000) exported the way
// CISO Assistant exports one (labels for levels, assets by name, controls by ref, treatment
// words), into a copy of the demo file; each figure against a baseline measured in the same run:
// - the import (read, recognise, check every cell, write records and links in one transaction),
//   against the same records and links written straight through IsmsFile in one transaction
//   (the storage work an import cannot avoid), and how much of it reading the workbook takes;
// - the same export imported again with --update (every row found unchanged).
// Timings take the best of three (a fresh copy of the file each time) because the machine is shared.

#include "content/csv_import.h"
#include "content/demo.h"
#include "content/xlsx_reader.h"
#include "domain/clock.h"
#include "storage/isms_file.h"

#include <sys/resource.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

using namespace isms;
using namespace isms::storage;
namespace fs = std::filesystem;

namespace {

double secondsOf(const std::function<void()>& work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

template <typename T>
T need(Result<T> result, const char* what)
{
    if (!result) {
        std::fprintf(stderr, "bench_import: %s failed: %s\n", what, result.error().message.c_str());
        std::exit(1);
    }
    return std::move(*result);
}

void need(Result<void> result, const char* what)
{
    if (!result) {
        std::fprintf(stderr, "bench_import: %s failed: %s\n", what, result.error().message.c_str());
        std::exit(1);
    }
}

void row(const char* what, double ours, double baseline, const char* baselineName)
{
    std::printf("%-46s %9.3f s %9.3f s %7.2fx   (baseline: %s)\n", what, ours, baseline, ours / baseline, baselineName);
}

std::string readBytes(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

struct Names {
    std::vector<std::string> assets, people, controls;
    std::vector<RecordId> assetIds, controlIds;
};

// The workbook: N scenarios, each naming two assets by name and two controls by ref.
void writeWorkbook(const fs::path& path, int n, const Names& names, const Methodology& method)
{
    lxw_workbook* workbook = workbook_new(path.string().c_str());
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Risk scenarios");
    const char* header[] = {"ref_id", "name", "description", "threats", "assets", "current_proba", "current_impact",
                            "current_level", "residual_proba", "residual_impact", "applied_controls", "treatment", "owners"};
    for (lxw_col_t c = 0; c < 13; ++c)
        worksheet_write_string(sheet, 0, c, header[c], nullptr);
    const char* treatments[] = {"mitigate", "accept", "transfer", "avoid"};
    for (int i = 1; i <= n; ++i) {
        const auto r = static_cast<lxw_row_t>(i);
        const std::string ref = "R." + std::to_string(i);
        const std::string title = "Scenario " + std::to_string(i) + ": data exposed through a misconfigured service";
        const std::string assets = names.assets[i % names.assets.size()] + "\n" + names.assets[(i * 7 + 3) % names.assets.size()];
        const std::string controls = names.controls[i % names.controls.size()] + "|" + names.controls[(i * 11 + 5) % names.controls.size()];
        worksheet_write_string(sheet, r, 0, ref.c_str(), nullptr);
        worksheet_write_string(sheet, r, 1, title.c_str(), nullptr);
        worksheet_write_string(sheet, r, 2, "An attacker reads customer records through an exposed endpoint.", nullptr);
        worksheet_write_string(sheet, r, 3, "Misconfiguration\nCredential theft", nullptr);
        worksheet_write_string(sheet, r, 4, assets.c_str(), nullptr);
        worksheet_write_string(sheet, r, 5, method.likelihood[i % method.likelihood.size()].label.c_str(), nullptr);
        worksheet_write_string(sheet, r, 6, method.impact[(i / 5) % method.impact.size()].label.c_str(), nullptr);
        worksheet_write_string(sheet, r, 7, "High", nullptr);
        worksheet_write_number(sheet, r, 8, 1 + i % 2, nullptr);
        worksheet_write_number(sheet, r, 9, 1 + i % 3, nullptr);
        worksheet_write_string(sheet, r, 10, controls.c_str(), nullptr);
        worksheet_write_string(sheet, r, 11, treatments[i % 4], nullptr);
        worksheet_write_string(sheet, r, 12, names.people[i % names.people.size()].c_str(), nullptr);
    }
    if (workbook_close(workbook) != LXW_NO_ERROR) {
        std::fprintf(stderr, "bench_import: cannot write %s\n", path.string().c_str());
        std::exit(1);
    }
}

long peakResidentKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char** argv)
{
    const int n = argc > 1 ? std::max(10, std::atoi(argv[1])) : 10000;
    const auto dir = fs::temp_directory_path() / ("isms-bench-import-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    const FixedClock clock(Date{2026, 12, 3});
    const auto demoPath = dir / "demo.isms";
    Names names;
    Methodology method;
    {
        auto demo = need(content::createDemo(demoPath, {}, clock), "createDemo");
        const auto& catalogue = demo->catalogue();
        for (const auto& a : need(demo->list(catalogue.get("assets")), "list assets")) {
            names.assets.push_back(a.text(catalogue.get("assets"), "name"));
            names.assetIds.push_back(a.id);
        }
        for (const auto& p : need(demo->list(catalogue.get("people")), "list people"))
            names.people.push_back(p.text(catalogue.get("people"), "name"));
        for (const auto& c : need(demo->list(catalogue.get("controls")), "list controls")) {
            names.controls.push_back(c.ref);
            names.controlIds.push_back(c.id);
        }
        method = need(demo->methodology(), "methodology");
    }
    const auto workbookPath = dir / "risks.xlsx";
    writeWorkbook(workbookPath, n, names, method);
    const std::string bytes = readBytes(workbookPath);
    std::printf("bench_import: %d rows, %.1f MiB workbook, into the demo (%zu assets, %zu controls, %zu people)\n\n", n,
                static_cast<double>(bytes.size()) / (1 << 20), names.assets.size(), names.controls.size(), names.people.size());
    std::printf("%-46s %11s %11s %8s\n", "work", "ours", "baseline", "ratio");

    const auto freshCopy = [&](const char* name) {
        const auto path = dir / name;
        fs::remove(path);
        fs::copy_file(demoPath, path);
        OpenOptions options;
        options.author = "bench";
        return need(IsmsFile::open(path, options, clock), "open copy");
    };

    double read = 1e9;
    for (int round = 0; round < 3; ++round)
        read = std::min(read, secondsOf([&] { need(content::readXlsxRows(bytes), "readXlsxRows"); }));

    double imported = 1e9, direct = 1e9, again = 1e9;
    content::ImportOptions options;
    for (int round = 0; round < 3; ++round) {
        auto file = freshCopy("import.isms");
        const auto& risks = file->catalogue().get("risks");
        imported = std::min(imported, secondsOf([&] {
            auto summary = need(content::importCsv(*file, risks, bytes, options), "importCsv");
            if (summary.imported != n)
                std::exit(1);
        }));
        content::ImportOptions update;
        update.update = true;
        again = std::min(again, secondsOf([&] {
            auto summary = need(content::importCsv(*file, risks, bytes, update), "importCsv --update");
            if (summary.unchanged != n)
                std::exit(1);
        }));
    }
    for (int round = 0; round < 3; ++round) {
        auto file = freshCopy("direct.isms");
        const auto& catalogue = file->catalogue();
        const auto& risks = catalogue.get("risks");
        const LinkDef& riskAssets = *catalogue.findLink("risk_assets");
        const LinkDef& riskControls = *catalogue.findLink("risk_controls");
        direct = std::min(direct, secondsOf([&] {
            need(file->transaction([&]() -> Result<void> {
                     Record r = Record::blank(risks);
                     for (int i = 1; i <= n; ++i) {
                         r.ref = "R." + std::to_string(i);
                         r.values[*risks.indexOf("title")] = "Scenario " + std::to_string(i) + ": data exposed through a misconfigured service";
                         r.values[*risks.indexOf("notes")] = std::string("An attacker reads customer records through an exposed endpoint.");
                         r.values[*risks.indexOf("threat")] = std::string("Misconfiguration\nCredential theft");
                         r.values[*risks.indexOf("inherent_likelihood")] = std::int64_t{1 + i % 5};
                         r.values[*risks.indexOf("inherent_impact")] = std::int64_t{1 + (i / 5) % 5};
                         r.values[*risks.indexOf("residual_likelihood")] = std::int64_t{1 + i % 2};
                         r.values[*risks.indexOf("residual_impact")] = std::int64_t{1 + i % 3};
                         r.values[*risks.indexOf("treatment")] = std::string("modify");
                         auto stored = file->insert(risks, r);
                         if (!stored)
                             return stored.error();
                         const std::size_t a1 = i % names.assetIds.size(), a2 = (i * 7 + 3) % names.assetIds.size();
                         const std::size_t c1 = i % names.controlIds.size(), c2 = (i * 11 + 5) % names.controlIds.size();
                         // The import links each named record once, as here.
                         std::vector<std::size_t> assetsOf{a1}, controlsOf{c1};
                         if (a2 != a1)
                             assetsOf.push_back(a2);
                         if (c2 != c1)
                             controlsOf.push_back(c2);
                         for (const std::size_t a : assetsOf)
                             if (auto l = file->link(riskAssets, stored->id, "assets", names.assetIds[a]); !l)
                                 return l;
                         for (const std::size_t c : controlsOf)
                             if (auto l = file->link(riskControls, stored->id, "controls", names.controlIds[c]); !l)
                                 return l;
                     }
                     return {};
                 }),
                 "direct writes");
        }));
    }
    row("import: read, recognise, check, write, link", imported, direct, "the same records and links written");
    row("... of which reading the workbook", read, imported, "the whole import");
    row("import again with --update (all unchanged)", again, direct, "the same records and links written");
    std::printf("\npeak resident memory: %.1f MiB\n", static_cast<double>(peakResidentKiB()) / 1024);
    fs::remove_all(dir);
    return 0;
}
