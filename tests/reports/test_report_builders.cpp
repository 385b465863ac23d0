// The report builders over the demo file: what an auditor reads must be what the file and its
// rules say.
#include "demo_fixture.h"

#include "domain/annex_a.h"
#include "domain/ref_order.h"
#include "domain/risk_flags.h"
#include "domain/soa_rules.h"
#include "reports/builders/readiness_report.h"
#include "reports/writers/text_writer.h"

#include <catch2/catch_test_macros.hpp>

#include <map>
#include <set>

using namespace isms;
using namespace isms::reports;
using isms::test::DemoReports;
using isms::test::columnTitled;
using isms::test::tableNamed;

namespace {

const RecordCell& recordAt(const std::vector<Cell>& row, int column)
{
    const auto* record = std::get_if<RecordCell>(&row.at(static_cast<std::size_t>(column)).value);
    REQUIRE(record);
    return *record;
}

QColor colourOf(const Methodology& m, int score)
{
    const RiskBand* band = m.band(score);
    return band ? QColor(QString::fromStdString(band->colour)) : QColor();
}

} // namespace

TEST_CASE("Every kind is registered once, with a title and a summary", "[reports][kinds]")
{
    std::set<std::string> keys;
    for (const auto& kind : reportKinds()) {
        CHECK(keys.insert(kind.key).second);
        CHECK_FALSE(kind.translatedTitle().isEmpty());
        CHECK_FALSE(kind.translatedSummary().isEmpty());
        CHECK(kind.build);
    }
    for (const char* key : {"soa", "risks", "treatment", "criteria"})
        CHECK(findReportKind(QLatin1String(key)));
    CHECK_FALSE(findReportKind(QStringLiteral("nonsense")));
}

TEST_CASE("The report header comes from the file, never from the clock", "[reports][meta]")
{
    DemoReports demo;
    const auto doc = demo.build("soa");
    CHECK(doc.meta.kind == QStringLiteral("soa"));
    CHECK(doc.meta.title == QStringLiteral("Statement of Applicability"));
    CHECK(doc.meta.subject == QStringLiteral("ISO/IEC 27001:2022 clause 6.1.3 d"));
    CHECK(doc.meta.organisation == QLatin1String(content::kDemoOrganisation));
    CHECK(doc.meta.sourceFile == QStringLiteral("demo.isms"));
    CHECK(doc.meta.generator == QStringLiteral("ISMS Desk " ISMS_VERSION));
    const auto info = demo.file->info();
    REQUIRE(doc.meta.lastChange.isValid());
    CHECK(doc.meta.lastChange.timeSpec() == Qt::UTC);
    CHECK(doc.meta.lastChange.toString(Qt::ISODateWithMs).toStdString() == info.lastChangeAt);
    CHECK(doc.meta.lastChangeBy.toStdString() == info.lastChangeBy);
}

// A control of the organisation's own, beside Annex A.
static void addCustomControl(storage::IsmsFile& file)
{
    const RegisterDef& def = file.catalogue().get(reg::controls);
    Record control = Record::blank(def);
    control.set(def, "title", std::string("Clean desk checks by the office manager"));
    control.set(def, "applicable", std::string("yes"));
    control.set(def, "reason_business", true);
    REQUIRE(file.insert(def, control));
}

TEST_CASE("The SoA lists every Annex A control once, and the custom controls", "[reports][soa]")
{
    DemoReports demo;
    addCustomControl(*demo.file);
    const auto doc = demo.build("soa");
    const Table& table = tableNamed(doc, QStringLiteral("Controls"));
    std::map<std::string, int> seen;
    std::vector<std::string> order;
    for (const auto& row : table.rows) {
        REQUIRE(row.size() == table.columns.size());
        const RecordCell& ref = recordAt(row, 0);
        CHECK(ref.registerKey == QStringLiteral("controls"));
        ++seen[ref.ref.toStdString()];
        order.push_back(ref.ref.toStdString());
    }
    for (const auto& control : annexAControls())
        CHECK(seen[control.id] == 1);
    auto data = demo.file->loadAll();
    REQUIRE(data);
    CHECK(table.rows.size() == data->of(reg::controls).size());
    CHECK(table.rows.size() == annexAControls().size() + 1);
    CHECK(order.back() == "C-001");  // custom controls after Annex A
    CHECK(std::is_sorted(order.begin(), order.end(),
                         [](const std::string& a, const std::string& b) { return refLess(a, b); }));
    // Column titles are the catalogue's labels.
    const RegisterDef& def = data->def(reg::controls);
    for (const char* key : {"title", "theme", "applicable", "justification", "implementation", "owner"})
        columnTitled(table, QString::fromStdString(def.field(key)->label));
}

TEST_CASE("The SoA shows each decision as the catalogue labels it, with its reasons", "[reports][soa]")
{
    DemoReports demo;
    addCustomControl(*demo.file);
    const auto doc = demo.build("soa");
    const Table& table = tableNamed(doc, QStringLiteral("Controls"));
    auto data = demo.file->loadAll();
    REQUIRE(data);
    const RegisterDef& def = data->def(reg::controls);
    const int applicable = columnTitled(table, QStringLiteral("Applicable"));
    const int reasons = columnTitled(table, QStringLiteral("Reasons for inclusion"));
    int checked = 0;
    for (const auto& row : table.rows) {
        const auto ref = recordAt(row, 0).ref.toStdString();
        const Record* control = nullptr;
        for (const auto& r : data->of(reg::controls))
            if (r.ref == ref)
                control = &r;
        REQUIRE(control);
        const std::string decision = control->text(def, "applicable");
        const QString shown = cellText(row[static_cast<std::size_t>(applicable)]);
        CHECK(shown.toStdString() == def.field("applicable")->option(decision.empty() ? "undecided" : decision)->label);
        CHECK(cellText(row[static_cast<std::size_t>(reasons)]).contains(QStringLiteral("Reason: legal or regulatory"))
              == control->boolean(def, "reason_legal"));
        ++checked;
    }
    CHECK(checked > 93);
}

TEST_CASE("The SoA's summary carries the rule's completeness and inconsistencies", "[reports][soa]")
{
    DemoReports demo;
    const auto doc = demo.build("soa");
    auto data = demo.file->loadAll();
    REQUIRE(data);
    const auto completeness = soaCompleteness(*data);
    const auto issues = soaInconsistencies(*data);
    REQUIRE_FALSE(completeness.complete);  // the demo is deliberately imperfect
    REQUIRE_FALSE(issues.empty());
    CHECK(tableNamed(doc, QStringLiteral("Completeness")).rows.size() == completeness.missing.size());
    const Table& inconsistent = tableNamed(doc, QStringLiteral("Inconsistencies"));
    REQUIRE(inconsistent.rows.size() == issues.size());
    for (std::size_t n = 0; n < issues.size(); ++n)
        CHECK(recordAt(inconsistent.rows[n], 0).ref.toStdString() == issues[n].item.ref);
    const auto* totals = std::get_if<KeyValues>(&doc.sections.at(0).blocks.at(1));
    REQUIRE(totals);
    bool found = false;
    for (const auto& [key, value] : totals->items)
        if (key == QStringLiteral("Decided and justified")) {
            found = true;
            CHECK(cellText(value) == QStringLiteral("%1 of %2").arg(completeness.justified).arg(completeness.controls));
        }
    CHECK(found);
}

TEST_CASE("The risk register's levels are the methodology's, in its band colours", "[reports][risks]")
{
    DemoReports demo;
    const auto doc = demo.build("risks");
    auto data = demo.file->loadAll();
    REQUIRE(data);
    const Methodology& m = data->methodology;
    const RegisterDef& def = data->def(reg::risks);
    const Table& risks = tableNamed(doc, QStringLiteral("Risks"));
    const Table& opportunities = tableNamed(doc, QStringLiteral("Opportunities"));
    const int inherent = columnTitled(risks, QStringLiteral("Inherent level"));
    const int residual = columnTitled(risks, QStringLiteral("Residual level"));
    std::size_t riskCount = 0, opportunityCount = 0;
    for (const auto& r : data->of(reg::risks))
        ++(r.text(def, "kind") == "opportunity" ? opportunityCount : riskCount);
    CHECK(risks.rows.size() == riskCount);
    CHECK(opportunities.rows.size() == opportunityCount);
    REQUIRE(opportunityCount > 0);

    int levels = 0;
    for (const auto& row : risks.rows) {
        const auto ref = recordAt(row, 0).ref.toStdString();
        const Record* risk = nullptr;
        for (const auto& r : data->of(reg::risks))
            if (r.ref == ref)
                risk = &r;
        REQUIRE(risk);
        const int expectedInherent = m.score(static_cast<int>(risk->integer(def, "inherent_likelihood")),
                                             static_cast<int>(risk->integer(def, "inherent_impact")));
        const int expectedResidual = m.score(static_cast<int>(risk->integer(def, "residual_likelihood")),
                                             static_cast<int>(risk->integer(def, "residual_impact")));
        for (const auto& [column, expected] : {std::pair{inherent, expectedInherent}, std::pair{residual, expectedResidual}}) {
            const Cell& cell = row[static_cast<std::size_t>(column)];
            if (expected == 0) {
                CHECK(cell.empty());
                continue;
            }
            const auto* level = std::get_if<LevelCell>(&cell.value);
            REQUIRE(level);
            CHECK(level->number == expected);
            CHECK(level->colour == colourOf(m, expected));
            CHECK(level->colour.isValid());
            CHECK(level->label.toStdString() == m.band(expected)->label);
            ++levels;
        }
    }
    CHECK(levels > 10);
}

TEST_CASE("The risk register says which residual risks still need acceptance", "[reports][risks]")
{
    DemoReports demo;
    const auto doc = demo.build("risks");
    const Table& risks = tableNamed(doc, QStringLiteral("Risks"));
    const int acceptance = columnTitled(risks, QStringLiteral("Acceptance"));
    int needing = 0;
    for (const auto& row : risks.rows)
        needing += cellText(row[static_cast<std::size_t>(acceptance)]).startsWith(QStringLiteral("Needs acceptance"));
    auto data = demo.file->loadAll();
    REQUIRE(data);
    int flagged = 0;
    for (const auto& flag : riskFlags(*data))
        flagged += flag.kind == RiskFlagKind::AboveThresholdUnaccepted || flag.kind == RiskFlagKind::RetainedWithoutAcceptance;
    CHECK(flagged > 0);  // the demo has one
    CHECK(needing >= flagged);  // closed risks are listed too, so never fewer
}

TEST_CASE("The criteria's matrix is the methodology's score for every cell", "[reports][criteria]")
{
    DemoReports demo;
    const auto doc = demo.build("criteria");
    auto methodology = demo.file->methodology();
    REQUIRE(methodology);
    const Methodology& m = *methodology;
    const HeatMapFigure* figure = nullptr;
    for (const auto& section : doc.sections)
        for (const auto& block : section.blocks)
            if (const auto* f = std::get_if<Figure>(&block))
                figure = std::get_if<HeatMapFigure>(f);
    REQUIRE(figure);
    const int rows = static_cast<int>(m.likelihood.size());
    const int columns = static_cast<int>(m.impact.size());
    REQUIRE(figure->levels.size() == static_cast<std::size_t>(rows));
    CHECK(figure->counts.empty());  // the matrix itself, not risks in it
    for (int r = 0; r < rows; ++r) {
        REQUIRE(figure->levels[static_cast<std::size_t>(r)].size() == static_cast<std::size_t>(columns));
        for (int c = 0; c < columns; ++c) {
            const LevelCell& cell = figure->levels[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)];
            const int expected = m.score(rows - r, c + 1);  // highest likelihood first
            CHECK(cell.number == expected);
            CHECK(cell.colour == colourOf(m, expected));
        }
    }
    const Table& matrix = tableNamed(doc, QStringLiteral("Risk matrix"));
    REQUIRE(matrix.rows.size() == static_cast<std::size_t>(rows));
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c)
            CHECK(std::get<LevelCell>(matrix.rows[static_cast<std::size_t>(r)][static_cast<std::size_t>(c + 1)].value).number
                  == m.score(rows - r, c + 1));
    CHECK(tableNamed(doc, QStringLiteral("Likelihood scale")).rows.size() == m.likelihood.size());
    CHECK(tableNamed(doc, QStringLiteral("Impact scale")).rows.size() == m.impact.size());
    CHECK(tableNamed(doc, QStringLiteral("Bands")).rows.size() == m.bands.size());
}

TEST_CASE("The treatment plan shows a risk with no treatment action as such", "[reports][treatment]")
{
    DemoReports demo;
    const RegisterDef& def = demo.file->catalogue().get(reg::risks);
    Record risk = Record::blank(def);
    risk.set(def, "title", std::string("Nobody has planned anything for this"));
    risk.set(def, "inherent_likelihood", std::int64_t{4});
    risk.set(def, "inherent_impact", std::int64_t{4});
    auto stored = demo.file->insert(def, risk);
    REQUIRE(stored);

    const auto doc = demo.build("treatment");
    const Table& plan = tableNamed(doc, QStringLiteral("Plan"));
    const int action = columnTitled(plan, QStringLiteral("Action"));
    const int overdue = columnTitled(plan, QStringLiteral("Overdue"));
    int rowsOfNew = 0, withAction = 0, late = 0;
    for (const auto& row : plan.rows) {
        if (recordAt(row, 0).id == stored->id) {
            ++rowsOfNew;
            CHECK(cellText(row[static_cast<std::size_t>(action)]) == QStringLiteral("No treatment action"));
            CHECK(row[static_cast<std::size_t>(action - 1)].empty());
        } else if (std::holds_alternative<RecordCell>(row[static_cast<std::size_t>(action - 1)].value)) {
            ++withAction;
        }
        late += !row[static_cast<std::size_t>(overdue)].empty();
    }
    CHECK(rowsOfNew == 1);
    CHECK(withAction > 0);
    CHECK(late > 0);  // the demo has overdue treatment actions
}

TEST_CASE("The same file and day give the same document", "[reports][determinism]")
{
    DemoReports demo;
    const TextWriter writer;
    for (const auto& kind : reportKinds()) {
        INFO(kind.key);
        const auto first = writer.render(demo.build(kind.key));
        const auto second = writer.render(demo.build(kind.key));
        REQUIRE(first);
        REQUIRE(second);
        CHECK(*first == *second);
        CHECK(first->size() > 200);
    }
}

TEST_CASE("An older schema's file, opened read-only, still gives every report", "[reports][schema]")
{
    const auto source = std::filesystem::path(ISMS_TEST_DATA_DIR) / "schema-2.isms";
    QTemporaryDir dir;
    const auto copy = std::filesystem::path(dir.filePath(QStringLiteral("old.isms")).toStdString());
    std::filesystem::copy_file(source, copy);
    const FixedClock clock(isms::test::kToday);
    storage::OpenOptions options;
    options.mode = storage::OpenMode::ReadOnly;
    options.allowMigration = false;
    auto file = storage::IsmsFile::open(copy, options, clock);
    REQUIRE(file);
    for (const auto& kind : reportKinds()) {
        INFO(kind.key);
        auto doc = buildReport(**file, kind, isms::test::kToday);
        if (kind.compares != ReportKind::Compares::Nothing) {
            // It has no assessment runs and no SoA versions: nothing to compare, and it says so.
            REQUIRE_FALSE(doc);
            CHECK(doc.error().message.find("Comparing needs two") != std::string::npos);
            continue;
        }
        REQUIRE(doc);
        CHECK_FALSE(doc->sections.empty());
    }
}

TEST_CASE("The risk register's Approval column follows the approval status rule", "[reports][risks][approval]")
{
    DemoReports demo;
    auto count = [&](const QString& status) {
        const auto doc = demo.build("risks");
        const Table& risks = tableNamed(doc, QStringLiteral("Risks"));
        const int approval = columnTitled(risks, QStringLiteral("Approval"));
        int n = 0;
        for (const auto& row : risks.rows)
            n += cellText(row[static_cast<std::size_t>(approval)]).startsWith(status);
        return n;
    };
    // The demo: five approvals, one lapsed by a later re-scoring.
    CHECK(count(QStringLiteral("Approved")) == 4);
    CHECK(count(QStringLiteral("Needs re-approval")) == 1);
    CHECK(count(QStringLiteral("Not approved")) > 0);

    const RegisterDef& def = demo.file->catalogue().get(reg::risks);
    auto approved = demo.file->approvals();
    REQUIRE(approved);
    auto risk = demo.file->get(def, approved->front().riskId);
    REQUIRE(risk);
    Record edited = *risk;
    edited.set(def, "treatment", std::string(edited.text(def, "treatment") == "share" ? "retain" : "share"));
    REQUIRE(demo.file->update(def, edited));
    CHECK(count(QStringLiteral("Approved")) == 3);
    CHECK(count(QStringLiteral("Needs re-approval")) == 2);
}

TEST_CASE("The treatment plan shows progress and flags a risk treated but not re-assessed", "[reports][treatment]")
{
    DemoReports demo;
    const RegisterDef& risks = demo.file->catalogue().get(reg::risks);
    const RegisterDef& treatments = demo.file->catalogue().get(reg::treatments);
    Record risk = Record::blank(risks);
    risk.set(risks, "title", std::string("Treated, then forgotten"));
    risk.set(risks, "inherent_likelihood", std::int64_t{4});
    risk.set(risks, "inherent_impact", std::int64_t{4});
    auto stored = demo.file->insert(risks, risk);  // no residual assessment at all
    REQUIRE(stored);
    Record action = Record::blank(treatments);
    action.set(treatments, "title", std::string("Done long ago"));
    action.set(treatments, "status", std::string("done"));
    action.set(treatments, "completed_on", Date{2026, 10, 1});
    auto done = demo.file->insert(treatments, action);
    REQUIRE(done);
    REQUIRE(demo.file->link(demo.file->catalogue().link("treatment_risks"), done->id, "risks", stored->id));

    const auto doc = demo.build("treatment");
    const Table& plan = tableNamed(doc, QStringLiteral("Plan"));
    const int progress = columnTitled(plan, QStringLiteral("Progress"));
    bool seen = false;
    for (const auto& row : plan.rows)
        if (recordAt(row, 0).id == stored->id) {
            seen = true;
            CHECK(cellText(row[static_cast<std::size_t>(progress)]).startsWith(QStringLiteral("1 of 1 done (100%)")));
            CHECK(cellText(row[static_cast<std::size_t>(progress)]).contains(QStringLiteral("not re-assessed")));
        }
    CHECK(seen);
    const Table& stale = tableNamed(doc, QStringLiteral("Treated but not re-assessed"));
    REQUIRE(stale.rows.size() == 1);
    CHECK(recordAt(stale.rows[0], 0).id == stored->id);

    // The readiness report (the dashboard) lists it among what needs attention.
    const auto readiness = demo.build("readiness");
    const Table& attention = tableNamed(readiness, QString::fromLatin1(readiness::kNotReassessed));
    REQUIRE(attention.rows.size() == 1);
    CHECK(cellText(attention.rows[0][1]) == QStringLiteral("Treated, then forgotten"));

    // Re-assessed after the action was done: no longer flagged.
    Record reassessed = *demo.file->get(risks, stored->id);
    reassessed.set(risks, "residual_likelihood", std::int64_t{2});
    reassessed.set(risks, "residual_impact", std::int64_t{2});
    REQUIRE(demo.file->update(risks, reassessed));
    CHECK(tableNamed(demo.build("readiness"), QString::fromLatin1(readiness::kNotReassessed)).rows.empty());
}
