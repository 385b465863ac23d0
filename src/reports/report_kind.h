#pragma once
// One builder per report kind, and the registry that lists them: adding a kind is a builder and
// one line in report_kinds.cpp. The CLI's `report KIND`, `report --list`, the export dialog, the
// pages' Export and the tests all read reportKinds().

#include "domain/assessment_run.h"
#include "domain/date.h"
#include "domain/isms_data.h"
#include "domain/soa_version.h"
#include "domain/result.h"
#include "reports/report_document.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace isms::reports {

// What a builder reads: the whole file as plain values, the facts for the header, and the day
// the overdue rules count from (passed in, so a test can fix it and the same file and day give
// the same document).
// What a comparison report compares, as the user named it (`--from`, `--to`): an assessment
// run's ref or an SoA version's number. Empty: the last two.
struct ReportOptions {
    QString from;
    QString to;
};

// The two sides a comparison kind reads (ReportKind::compares), loaded by buildReport.
struct ComparedVersions {
    std::optional<AssessmentRun> runBefore, runAfter;  // whole: kept method and snapshot
    std::optional<SoaVersion> soaBefore, soaAfter;     // whole: every frozen control
};

struct ReportInput {
    const IsmsData& data;
    ReportMeta meta;       // organisation, last change, source file, generator: from the file
    Date today;
    ReportOptions options = {};
    const ComparedVersions* compared = nullptr;  // set for the kinds that compare
};

struct ReportKind {
    // What a kind compares besides the data every kind reads.
    enum class Compares { Nothing, AssessmentRuns, SoaVersions };

    const char* key;        // "soa": what `ismsctl report FILE KIND` takes
    const char* title;      // marked for translation (context "isms::reports::ReportKind")
    const char* summary;    // one line for --list and the export dialog, marked likewise
    std::function<ReportDocument(const ReportInput&)> build;
    Compares compares = Compares::Nothing;

    QString translatedTitle() const;
    QString translatedSummary() const;
};

const std::vector<ReportKind>& reportKinds();
const ReportKind* findReportKind(const QString& key);

} // namespace isms::reports
