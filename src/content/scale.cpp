#include "scale.h"

#include "content/record_writer.h"
#include "content/template.h"

#include <array>
#include <vector>

namespace isms::content {

namespace {

// A small fixed pseudo-random sequence: the same file every run, without <random>'s
// implementation-defined distributions.
class Sequence {
public:
    std::uint64_t next()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return m_state >> 33;
    }
    int between(int low, int high) { return low + static_cast<int>(next() % static_cast<std::uint64_t>(high - low + 1)); }
    template <class T, std::size_t N>
    const T& pick(const std::array<T, N>& items) { return items[next() % N]; }

private:
    std::uint64_t m_state = 0x15A5D35C;
};

constexpr std::array<const char*, 10> kThreats{
    "Ransomware", "Phishing", "Insider misuse", "Supplier failure", "Power outage",
    "Software defect", "Misconfiguration", "Theft", "Denial of service", "Data entry error"};
constexpr std::array<const char*, 8> kObjects{
    "customer database", "file server", "payroll run", "web shop", "email", "laptop fleet",
    "backup set", "build pipeline"};
constexpr std::array<const char*, 6> kAssetTypes{
    "information", "software", "hardware", "service", "people", "site"};
constexpr std::array<const char*, 4> kTreatments{"modify", "retain", "avoid", "share"};
constexpr std::array<const char*, 5> kStatuses{"identified", "assessed", "treating", "accepted",
                                                "closed"};

} // namespace

Result<ScaleSummary> addScaleRecords(storage::IsmsFile& file, const ScaleOptions& options)
{
    ScaleSummary summary;
    auto methodology = file.methodology();
    if (!methodology)
        return methodology.error();
    const int likelihoodLevels = static_cast<int>(methodology->likelihood.size());
    const int impactLevels = static_cast<int>(methodology->impact.size());

    auto written = file.transaction([&]() -> Result<void> {
        RecordWriter w(file);
        Sequence random;
        const Date today = file.clock().today();
        const auto& catalogue = file.catalogue();

        std::vector<RecordId> people;
        for (int n = 1; n <= 10; ++n)
            people.push_back(w.add(reg::people, {{"name", "Generated Owner " + std::to_string(n)},
                                                 {"department", "Operations"}, {"active", true}}));
        summary.people = static_cast<std::int64_t>(people.size());

        std::vector<RecordId> assets;
        for (std::int64_t n = 1; n <= options.assets && !w.failed(); ++n)
            assets.push_back(w.add(reg::assets,
                {{"name", std::string(random.pick(kObjects)) + " " + std::to_string(n)},
                 {"type", random.pick(kAssetTypes)},
                 {"owner", FieldValue(people[random.next() % people.size()])},
                 {"confidentiality", random.between(1, impactLevels)},
                 {"integrity", random.between(1, impactLevels)},
                 {"availability", random.between(1, impactLevels)}}));
        summary.assets = static_cast<std::int64_t>(assets.size());
        if (assets.empty()) {
            // Extra risks on top of existing content affect the assets already there.
            auto existing = file.listIds(catalogue.get(reg::assets));
            if (!existing)
                return existing.error();
            assets = std::move(*existing);
        }

        auto controls = file.list(catalogue.get(reg::controls));
        if (!controls)
            return controls.error();

        std::vector<RecordId> risks;
        risks.reserve(static_cast<std::size_t>(options.risks));
        for (std::int64_t n = 1; n <= options.risks && !w.failed(); ++n) {
            const int il = random.between(1, likelihoodLevels);
            const int ii = random.between(1, impactLevels);
            const RecordId id = w.add(reg::risks,
                {{"title", std::string(random.pick(kThreats)) + " affecting the "
                               + random.pick(kObjects) + " (" + std::to_string(n) + ")"},
                 {"kind", "risk"},
                 {"threat", random.pick(kThreats)},
                 {"owner", FieldValue(people[random.next() % people.size()])},
                 {"inherent_likelihood", il}, {"inherent_impact", ii},
                 {"treatment", random.pick(kTreatments)},
                 {"residual_likelihood", random.between(1, il)},
                 {"residual_impact", random.between(1, ii)},
                 {"status", random.pick(kStatuses)},
                 {"review_date", today.addDays(random.between(-60, 365))}});
            risks.push_back(id);
            if (!assets.empty())
                w.link("risk_assets", id, assets[random.next() % assets.size()]);
            if (!controls->empty())
                w.link("risk_controls", id, (*controls)[random.next() % controls->size()].id);
        }
        summary.risks = static_cast<std::int64_t>(risks.size());

        for (std::int64_t n = 1; n <= options.audits && !w.failed(); ++n) {
            const Date planned = today.addDays(random.between(-700, 200));
            const bool held = planned < today;
            const RecordId audit = w.add(reg::audits,
                {{"title", "Audit " + std::to_string(n) + " of the " + random.pick(kObjects)},
                 {"lead_auditor", FieldValue(people[random.next() % people.size()])},
                 {"auditee", FieldValue(people[random.next() % people.size()])},
                 {"planned_date", planned},
                 {"status", held ? "completed" : "planned"}});
            ++summary.audits;
            if (held && audit) {
                w.add(reg::findings, {{"audit", FieldValue(audit)},
                                      {"title", "Finding of audit " + std::to_string(n)},
                                      {"type", random.between(0, 1) ? "minor" : "observation"},
                                      {"status", "open"}});
                ++summary.findings;
            }
        }

        // Change-log volume: small edits spread over the generated risks (or people).
        const auto& target = risks.empty() ? people : risks;
        const auto targetRegister = risks.empty() ? reg::people : reg::risks;
        const auto& def = catalogue.get(targetRegister);
        for (std::int64_t n = 0; n < options.changeLogEntries && !w.failed(); ++n) {
            auto record = file.get(def, target[static_cast<std::size_t>(n) % target.size()]);
            if (!record)
                return record.error();
            if (risks.empty())
                record->set(def, "job_title", "Role revision " + std::to_string(n + 1));
            else
                record->set(def, "review_date", today.addDays(1 + n % 700));
            if (auto updated = file.update(def, *record); !updated)
                return updated.error();
            ++summary.updates;
        }
        return w.result();
    });
    if (!written)
        return written.error();
    return summary;
}

Result<std::unique_ptr<storage::IsmsFile>> generateScale(const std::filesystem::path& path,
                                                         const ScaleOptions& options,
                                                         const Clock& clock)
{
    TemplateOptions base;
    base.organisation = options.organisation;
    base.author = options.author;
    auto created = createFromTemplate(path, base, clock);
    if (!created)
        return created.error();
    auto file = std::move(created).value();
    if (auto added = addScaleRecords(*file, options); !added) {
        file.reset();
        removeNewFile(path);
        return makeError(added.error().code, "Could not generate " + path.string() + ": "
                                                 + added.error().message);
    }
    return file;
}

} // namespace isms::content
