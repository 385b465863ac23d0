// The readiness report over the demo file: every clause 4-10, figures equal to the domain's
// readiness, heat maps that count the risks, and the same document for the same file and day.
#include "reports/builders/readiness_report.h"
#include "reports/readiness/dashboard_summary.h"

#include "content/demo.h"
#include "domain/clock.h"
#include "storage/isms_file.h"

#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

#include <map>

using namespace isms;
using namespace isms::reports;

namespace {

const Date kToday{2026, 11, 23};

IsmsData demoData()
{
    QTemporaryDir dir;
    FixedClock clock(kToday);
    auto demo = content::createDemo(std::filesystem::path(dir.filePath(QStringLiteral("demo.isms")).toStdString()),
                                    {}, clock);
    REQUIRE(demo.ok());
    auto data = (*demo)->loadAll();
    REQUIRE(data.ok());
    return std::move(*data);
}

const Table* tableNamed(const ReportDocument& doc, const char* name)
{
    for (const Table* t : doc.tables())
        if (t->name == QLatin1String(name))
            return t;
    return nullptr;
}

template <typename F>
std::vector<const F*> figures(const ReportDocument& doc)
{
    std::vector<const F*> out;
    for (const auto& section : doc.sections)
        for (const auto& block : section.blocks)
            if (const auto* figure = std::get_if<Figure>(&block))
                if (const auto* f = std::get_if<F>(figure))
                    out.push_back(f);
    return out;
}

// The whole document as text, for comparing two builds.
QString flatten(const ReportDocument& doc)
{
    QStringList out{doc.meta.title, doc.meta.organisation};
    for (const auto& section : doc.sections) {
        out << section.heading;
        for (const auto& block : section.blocks) {
            if (const auto* kv = std::get_if<KeyValues>(&block))
                for (const auto& [k, v] : kv->items)
                    out << k + QLatin1Char('=') + cellText(v);
            if (const auto* t = std::get_if<Table>(&block))
                for (const auto& row : t->rows)
                    for (const auto& cell : row)
                        out << cellText(cell);
            if (const auto* f = std::get_if<Figure>(&block)) {
                if (const auto* h = std::get_if<HeatMapFigure>(f))
                    for (const auto& row : h->counts)
                        for (int n : row)
                            out << QString::number(n);
                if (const auto* b = std::get_if<BarChartFigure>(f))
                    for (const auto& [label, value] : b->bars)
                        out << label + QString::number(value);
            }
        }
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("The readiness report is a registered kind", "[reports][readiness]")
{
    const ReportKind* kind = findReportKind(QStringLiteral("readiness"));
    REQUIRE(kind);
    CHECK_FALSE(kind->translatedTitle().isEmpty());
    CHECK(findReportKind(QStringLiteral("no-such-kind")) == nullptr);
}

TEST_CASE("The readiness report of the demo agrees with the domain's readiness", "[reports][readiness]")
{
    const IsmsData data = demoData();
    ReportMeta meta;
    meta.sourceFile = QStringLiteral("demo.isms");
    const ReportDocument doc = buildReadinessReport({data, meta, kToday});
    const AuditReadiness readiness = auditReadiness(data, kToday);

    CHECK(doc.meta.kind == QStringLiteral("readiness"));
    CHECK(doc.meta.organisation == QString::fromStdString(data.organisation));

    // Every clause 4 to 10, in order, with the domain's figures.
    const Table* clauses = tableNamed(doc, readiness::kClauses);
    REQUIRE(clauses);
    REQUIRE(clauses->rows.size() == 7);
    REQUIRE(readiness.clauses.size() == 7);
    int requirements = 0;
    for (std::size_t i = 0; i < 7; ++i) {
        const auto& row = clauses->rows[i];
        const auto& c = readiness.clauses[i];
        CHECK(cellText(row[0]) == QString::number(4 + static_cast<int>(i)));
        CHECK(cellText(row[2]) == QString::number(c.met));
        CHECK(cellText(row[3]) == QString::number(c.requirements));
        CHECK(cellText(row[4]) == QString::number(c.percentMet) + QLatin1Char('%'));
        CHECK(cellText(row[5]) == QString::number(c.gaps.size()));
        requirements += c.requirements;
    }
    CHECK(requirements == readiness.requirements);
    CHECK(requirements > 0);

    // The bar chart shows the same percentages.
    const auto bars = figures<BarChartFigure>(doc);
    REQUIRE(bars.size() == 1);
    REQUIRE(bars[0]->bars.size() == 7);
    for (std::size_t i = 0; i < 7; ++i)
        CHECK(bars[0]->bars[i].second == readiness.clauses[i].percentMet);

    // The mandatory documented information, every item, with its register to open.
    const Table* mandatory = tableNamed(doc, readiness::kMandatory);
    REQUIRE(mandatory);
    REQUIRE(mandatory->rows.size() == readiness.mandatory.size());
    for (std::size_t i = 0; i < mandatory->rows.size(); ++i) {
        CHECK(cellText(mandatory->rows[i][1]) == QString::fromStdString(readiness.mandatory[i].clause));
        const auto* where = std::get_if<RecordCell>(&mandatory->rows[i][4].value);
        REQUIRE(where);
        CHECK(where->registerKey == QString::fromStdString(readiness.mandatory[i].registerKey));
        CHECK(where->id == 0);
    }

    // Overdue and due soon: what the overdue rule finds, each row a reference to its record.
    const DueReport due = dueItems(data, kToday, {});
    const Table* overdue = tableNamed(doc, readiness::kOverdue);
    REQUIRE(overdue);
    REQUIRE(overdue->rows.size() == due.overdue.size());
    REQUIRE_FALSE(due.overdue.empty());
    for (std::size_t i = 0; i < due.overdue.size(); ++i) {
        const auto* record = std::get_if<RecordCell>(&overdue->rows[i][0].value);
        REQUIRE(record);
        CHECK(record->id == due.overdue[i].item.id);
        CHECK(record->ref.toStdString() == due.overdue[i].item.ref);
    }
    const Table* soon = tableNamed(doc, readiness::kDueSoon);
    REQUIRE(soon);
    CHECK(soon->rows.size() == due.dueSoon.size());

    // The risk flags, and the SoA's inconsistencies.
    const Table* flags = tableNamed(doc, readiness::kRiskFlags);
    REQUIRE(flags);
    CHECK(flags->rows.size() == riskFlags(data).size());
    const Table* issues = tableNamed(doc, readiness::kSoaIssues);
    REQUIRE(issues);
    CHECK(issues->rows.size() == soaInconsistencies(data).size());
}

TEST_CASE("The readiness report's heat maps count the open risks per cell", "[reports][readiness]")
{
    const IsmsData data = demoData();
    const ReportDocument doc = buildReadinessReport({data, {}, kToday});
    const auto maps = figures<HeatMapFigure>(doc);
    REQUIRE(maps.size() == 2);

    // Counted here from the records, independently of the rules the builder uses.
    const RegisterDef& def = data.def(reg::risks);
    auto count = [&](const char* likelihood, const char* impact) {
        std::map<std::pair<int, int>, int> cells;
        for (const auto& r : data.of(reg::risks)) {
            if (r.text(def, "status") == "closed" || r.text(def, "kind") == "opportunity")
                continue;
            const int l = static_cast<int>(r.integer(def, likelihood));
            const int i = static_cast<int>(r.integer(def, impact));
            if (l > 0 && i > 0)
                ++cells[{l, i}];
        }
        return cells;
    };
    const auto inherent = count("inherent_likelihood", "inherent_impact");
    const auto residual = count("residual_likelihood", "residual_impact");
    const Methodology& m = data.methodology;
    const int rows = static_cast<int>(m.likelihood.size());
    for (const auto& [figure, expected] : {std::pair{maps[0], &inherent}, std::pair{maps[1], &residual}}) {
        REQUIRE(figure->rowLabels.size() == rows);
        REQUIRE(figure->columnLabels.size() == static_cast<qsizetype>(m.impact.size()));
        int total = 0;
        for (int r = 0; r < rows; ++r)
            for (int i = 1; i <= static_cast<int>(m.impact.size()); ++i) {
                const int l = rows - r;  // the top row is the highest likelihood
                const auto it = expected->find({l, i});
                INFO("likelihood " << l << ", impact " << i);
                CHECK(figure->counts[r][i - 1] == (it == expected->end() ? 0 : it->second));
                // Each cell has its level and its band's colour, never the colour alone.
                const LevelCell& level = figure->levels[r][i - 1];
                CHECK(level.number == m.score(l, i));
                CHECK(level.colour == QColor(QString::fromStdString(m.band(level.number)->colour)));
                CHECK_FALSE(level.label.isEmpty());
                total += figure->counts[r][i - 1];
            }
        CHECK(total > 0);
    }
}

TEST_CASE("The same file and day give the same readiness report; another day another", "[reports][readiness]")
{
    const IsmsData data = demoData();
    const QString first = flatten(buildReadinessReport({data, {}, kToday}));
    CHECK(first == flatten(buildReadinessReport({data, {}, kToday})));
    // A year later much more is overdue.
    CHECK(first != flatten(buildReadinessReport({data, {}, kToday.addDays(365)})));
}

TEST_CASE("The readiness report of an empty file still has every clause and says nothing is ready",
          "[reports][readiness]")
{
    IsmsData empty;
    empty.methodology = Methodology::preset5x5();
    const ReportDocument doc = buildReadinessReport({empty, {}, kToday});
    const Table* clauses = tableNamed(doc, readiness::kClauses);
    REQUIRE(clauses);
    CHECK(clauses->rows.size() == 7);
    const Table* overdue = tableNamed(doc, readiness::kOverdue);
    REQUIRE(overdue);
    CHECK(overdue->rows.empty());
    CHECK(flatten(doc).contains(QStringLiteral("Not yet ready for the certification audit.")));
}

TEST_CASE("The dashboard's summary works each rule out once and its readiness is the domain's", "[reports][readiness]")
{
    // summarise() hands its risk flags and SoA findings to auditReadiness instead of letting it
    // work them out again: the outcome must be the same as auditReadiness on its own.
    const IsmsData data = demoData();
    const DashboardSummary summary = summarise(data, kToday);
    const AuditReadiness alone = auditReadiness(data, kToday);
    CHECK(summary.readiness.ready == alone.ready);
    CHECK(summary.readiness.percentMet == alone.percentMet);
    CHECK(summary.readiness.mandatoryPresent == alone.mandatoryPresent);
    REQUIRE(summary.readiness.mandatory.size() == alone.mandatory.size());
    for (std::size_t i = 0; i < alone.mandatory.size(); ++i) {
        INFO(alone.mandatory[i].key);
        CHECK(summary.readiness.mandatory[i].presence == alone.mandatory[i].presence);
        CHECK(summary.readiness.mandatory[i].missing == alone.mandatory[i].missing);
        CHECK(summary.readiness.mandatory[i].evidence == alone.mandatory[i].evidence);
    }
    REQUIRE(summary.readiness.clauses.size() == alone.clauses.size());
    for (std::size_t i = 0; i < alone.clauses.size(); ++i)
        CHECK(summary.readiness.clauses[i].gaps.size() == alone.clauses[i].gaps.size());
    CHECK(summary.riskFlags.size() == riskFlags(data).size());
    CHECK(summary.soaInconsistencies.size() == soaInconsistencies(data).size());
}
