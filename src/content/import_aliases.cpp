#include "content/import_aliases.h"

#include "domain/catalogue.h"

#include <map>

namespace isms::content {

namespace {

constexpr std::string_view kComputedThere = "a level ISMS Desk computes from its own methodology";
constexpr std::string_view kNotKept = "ISMS Desk keeps no such field";

} // namespace

const std::vector<ColumnAlias>& columnAliases(std::string_view registerKey)
{
    static const std::vector<ColumnAlias> none;
    static const std::vector<ColumnAlias> risks = {
        // CISO Assistant's risk scenarios. "current" is the level with the existing controls,
        // which is what our inherent level records beside "Existing controls"; a newer export
        // also has inherent_proba (before any control), which is then preferred.
        {"ref_id", "ref", {}},
        {"name", "title", {}},
        {"description", "notes", {}},
        {"threats", "threat", {}},
        {"vulnerabilities", "vulnerability", {}},
        {"assets", "risk_assets", {}},
        {"inherent_proba", "inherent_likelihood", {}},
        {"current_proba", "inherent_likelihood", {}},
        {"current_impact", "inherent_impact", {}},
        {"residual_proba", "residual_likelihood", {}},
        {"existing_applied_controls", "existing_controls", {}},
        {"applied_controls", "risk_controls", {}},
        {"additional_controls", "risk_controls", {}},
        {"owners", "owner", {}},
        {"justification", "acceptance_reason", {}},
        {"inherent_level", "", kComputedThere},
        {"current_level", "", kComputedThere},
        {"residual_level", "", kComputedThere},
        {"inherent_risk", "", kComputedThere},
        {"current_risk", "", kComputedThere},
        {"residual_risk", "", kComputedThere},
        {"strength_of_knowledge", "", kNotKept},
        {"qualifications", "", kNotKept},
        {"risk_origin", "", kNotKept},
        {"risk_assessment", "", "the whole file is one organisation's risk assessment"},
        {"perimeter", "", "the whole file is one organisation's risk assessment"},
        {"folder", "", "the whole file is one organisation's risk assessment"},
        {"domain", "", "the whole file is one organisation's risk assessment"},
        {"created_at", "", "the change history records when each risk was added"},
        {"updated_at", "", "the change history records when each risk was changed"},
        {"id", "", "the source's own reference is read from ref_id"},
        {"urn", "", kNotKept},
        {"security_exceptions", "", kNotKept},
        {"filtering_labels", "", kNotKept},
        {"antecedent_scenarios", "", kNotKept},
    };
    static const std::vector<ColumnAlias> assets = {
        {"ref_id", "ref", {}},
        {"description", "description", {}},
    };
    if (registerKey == reg::risks)
        return risks;
    if (registerKey == reg::assets)
        return assets;
    return none;
}

std::optional<std::string> optionSynonym(std::string_view registerKey, const FieldDef& field,
                                         std::string_view word)
{
    if (registerKey != reg::risks || field.key != "treatment")
        return std::nullopt;
    static const std::map<std::string_view, std::string_view> treatment = {
        {"mitigate", "modify"}, {"reduce", "modify"}, {"treat", "modify"}, {"mitigation", "modify"},
        {"accept", "retain"}, {"accepted", "retain"}, {"tolerate", "retain"}, {"retention", "retain"},
        {"transfer", "share"}, {"transferred", "share"}, {"sharing", "share"},
        {"avoid", "avoid"}, {"avoided", "avoid"}, {"terminate", "avoid"}, {"avoidance", "avoid"},
        {"open", ""}, {"undecided", ""},
    };
    if (const auto found = treatment.find(word); found != treatment.end())
        return std::string(found->second);
    return std::nullopt;
}

bool isPlaceholderCell(std::string_view text)
{
    return text == "--" || text == "-" || text == "n/a" || text == "none";
}

} // namespace isms::content
