#pragma once
// The ISMS registers and the links between them, described once. Storage builds its tables from
// this, the app builds its models and forms from it, the CLI and CSV import validate against it.

#include "register_def.h"

#include <string_view>
#include <vector>

namespace isms {

class Catalogue {
public:
    // The registers of ISO/IEC 27001:2022 clauses 4-10 as ISMS Desk models them.
    static const Catalogue& standard();
    // The registers as schema `version` stored them (catalogue_history.cpp): what a read-only
    // open of an older file reads with, since such a file is never migrated. Versions from the
    // current one on are standard().
    static const Catalogue& forSchema(int version);

    Catalogue(std::vector<RegisterDef> registers, std::vector<LinkDef> links);

    const std::vector<RegisterDef>& registers() const { return m_registers; }
    const std::vector<LinkDef>& links() const { return m_links; }

    const RegisterDef* find(std::string_view key) const;
    // For keys the code itself names ("risks"): a missing one is a programming error (throws).
    const RegisterDef& get(std::string_view key) const;
    const LinkDef* findLink(std::string_view key) const;
    const LinkDef& link(std::string_view key) const;
    // Links that start or end at this register (including "*" links ending anywhere).
    std::vector<const LinkDef*> linksOf(std::string_view registerKey) const;

private:
    std::vector<RegisterDef> m_registers;
    std::vector<LinkDef> m_links;
};

// Register keys the rules refer to, so a typo is a compile error rather than a silent miss.
namespace reg {
inline constexpr std::string_view issues = "issues";
inline constexpr std::string_view parties = "parties";
inline constexpr std::string_view requirements = "requirements";
inline constexpr std::string_view scopes = "scopes";
inline constexpr std::string_view people = "people";
inline constexpr std::string_view roles = "roles";
inline constexpr std::string_view documents = "documents";
inline constexpr std::string_view revisions = "revisions";
inline constexpr std::string_view assets = "assets";
inline constexpr std::string_view risks = "risks";
inline constexpr std::string_view assessments = "assessments";
inline constexpr std::string_view treatments = "treatments";
inline constexpr std::string_view controls = "controls";
inline constexpr std::string_view objectives = "objectives";
inline constexpr std::string_view changes = "changes";
inline constexpr std::string_view resources = "resources";
inline constexpr std::string_view competences = "competences";
inline constexpr std::string_view trainings = "trainings";
inline constexpr std::string_view campaigns = "campaigns";
inline constexpr std::string_view communications = "communications";
inline constexpr std::string_view metrics = "metrics";
inline constexpr std::string_view measurements = "measurements";
inline constexpr std::string_view programmes = "programmes";
inline constexpr std::string_view audits = "audits";
inline constexpr std::string_view findings = "findings";
inline constexpr std::string_view reviews = "reviews";
inline constexpr std::string_view nonconformities = "nonconformities";
inline constexpr std::string_view actions = "actions";
inline constexpr std::string_view improvements = "improvements";
inline constexpr std::string_view clauses = "clauses";
} // namespace reg

} // namespace isms
