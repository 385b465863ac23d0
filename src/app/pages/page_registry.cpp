#include "app/pages/page_registry.h"

#include "app/pages/dashboard/dashboard_page.h"
#include "app/pages/methodology/methodology_page.h"
#include "app/pages/register/register_page.h"
#include "app/pages/soa/soa_page.h"
#include "domain/catalogue.h"

#include <algorithm>
#include <string>

namespace isms::app {

namespace {
// Clause groups first in clause order ("4 Context" < "10 Improvement"), then the others
// (Assets, Checklist) as catalogued.
int groupRank(const std::string& group, int firstSeen)
{
    if (!group.empty() && group[0] >= '0' && group[0] <= '9')
        return std::stoi(group);
    return 100 + firstSeen;
}

// The registers in navigation order: by group rank, as catalogued within a group.
std::vector<const RegisterDef*> registersByGroup(const Catalogue& catalogue)
{
    std::vector<std::string> groups;
    for (const RegisterDef& def : catalogue.registers())
        if (std::find(groups.begin(), groups.end(), def.group) == groups.end())
            groups.push_back(def.group);
    std::vector<const RegisterDef*> ordered;
    for (const RegisterDef& def : catalogue.registers())
        ordered.push_back(&def);
    const auto rank = [&](const RegisterDef* def) {
        const auto seen = std::find(groups.begin(), groups.end(), def->group) - groups.begin();
        return groupRank(def->group, static_cast<int>(seen));
    };
    std::stable_sort(ordered.begin(), ordered.end(),
                     [&](const RegisterDef* a, const RegisterDef* b) { return rank(a) < rank(b); });
    return ordered;
}
} // namespace

PageRegistry PageRegistry::standard(const Catalogue& catalogue)
{
    PageRegistry registry;
    registry.add(DashboardPage::description());
    for (const RegisterDef* def : registersByGroup(catalogue))
        registry.add(RegisterPage::description(*def));
    // The SoA's page shows its reasons and problems in place (replaces the generic one).
    if (const RegisterDef* controls = catalogue.find(reg::controls))
        registry.add(SoaPage::description(*controls));
    registry.add(MethodologyPage::description(catalogue));
    return registry;
}

void PageRegistry::add(PageDescription page)
{
    const auto same = std::find_if(m_pages.begin(), m_pages.end(), [&](const PageDescription& p) {
        return p.info.key == page.info.key;
    });
    if (same != m_pages.end()) {
        *same = std::move(page);
        return;
    }
    auto lastOfGroup = std::find_if(m_pages.rbegin(), m_pages.rend(), [&](const PageDescription& p) {
        return p.info.group == page.info.group;
    });
    // Pages without a group are entries of their own: they go last like a new group.
    if (page.info.group.isEmpty() || lastOfGroup == m_pages.rend())
        m_pages.push_back(std::move(page));
    else
        m_pages.insert(lastOfGroup.base(), std::move(page));
}

const PageDescription* PageRegistry::find(const QString& key) const
{
    const auto found = std::find_if(m_pages.begin(), m_pages.end(),
                                    [&](const PageDescription& p) { return p.info.key == key; });
    return found == m_pages.end() ? nullptr : &*found;
}

} // namespace isms::app
