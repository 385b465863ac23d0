#include "app/window/live_isms_data.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace isms::app {

namespace {

// The order the file lists links in (allLinkRows: ORDER BY link, from_register, from_id,
// to_register, to_id; SQLite compares text bytewise, as std::string does).
bool linkBefore(const Link& a, const Link& b)
{
    return std::tie(a.link, a.fromRegister, a.fromId, a.toRegister, a.toId)
        < std::tie(b.link, b.fromRegister, b.fromId, b.toRegister, b.toId);
}

bool touches(const Link& l, const std::string& registerKey, RecordId id)
{
    return (l.fromRegister == registerKey && l.fromId == id) || (l.toRegister == registerKey && l.toId == id);
}

} // namespace

Result<void> LiveIsmsData::apply(const storage::IsmsFile& file, const std::vector<storage::Change>& changes)
{
    using Kind = storage::Change::Kind;
    // A record changed twice in one transaction is read once, after it.
    std::set<std::pair<std::string, RecordId>> records;
    std::set<std::pair<std::string, RecordId>> links;
    std::set<RecordId> approvals;
    bool methodology = false;
    bool info = false;
    for (const auto& change : changes) {
        switch (change.kind) {
        case Kind::Inserted:
        case Kind::Updated:
        case Kind::Removed:
            records.emplace(change.registerKey, change.id);
            // Removing a record takes its links, restoring it brings them back.
            if (change.kind != Kind::Updated)
                links.emplace(change.registerKey, change.id);
            break;
        case Kind::Linked:
        case Kind::Unlinked:
            links.emplace(change.registerKey, change.id);
            break;
        case Kind::Attachments:
            break;  // evidence files are not part of what the rules read
        case Kind::Approvals:
            approvals.insert(change.id);
            break;
        case Kind::Methodology:
            methodology = true;
            break;
        case Kind::Info:
            info = true;
            break;
        }
    }
    for (const auto& [key, id] : records)
        if (auto r = reloadRecord(file, key, id); !r)
            return r;
    for (const auto& [key, id] : links)
        if (auto r = reloadLinks(file, key, id); !r)
            return r;
    for (const RecordId id : approvals)
        if (auto r = reloadApprovals(file, id); !r)
            return r;
    // A risk's residual likelihood or impact may have been set: when is in the change log.
    for (const auto& [key, id] : records)
        if (key == reg::risks)
            if (auto r = reloadResidualAssessment(file, id); !r)
                return r;
    if (methodology) {
        auto m = file.methodology();
        if (!m)
            return m.error();
        m_data.methodology = std::move(*m);
    }
    if (info)
        m_data.organisation = file.info().organisation;
    return {};
}

Result<void> LiveIsmsData::reloadRecord(const storage::IsmsFile& file, const std::string& registerKey, RecordId id)
{
    const RegisterDef* def = m_data.catalogue->find(registerKey);
    if (!def)
        return {};
    auto record = file.get(*def, id);
    if (!record) {
        if (record.error().code != ErrorCode::NotFound)
            return record.error();
        removeRecord(registerKey, id);  // removed, or removed again later in the transaction
        return {};
    }
    auto& list = m_data.records[registerKey];
    const auto at = std::lower_bound(list.begin(), list.end(), id,
                                     [](const Record& r, RecordId wanted) { return r.id < wanted; });
    if (at != list.end() && at->id == id)
        *at = std::move(*record);
    else
        list.insert(at, std::move(*record));
    return {};
}

Result<void> LiveIsmsData::reloadApprovals(const storage::IsmsFile& file, RecordId riskId)
{
    auto fresh = file.approvals(riskId);
    if (!fresh)
        return fresh.error();
    auto& all = m_data.approvals;
    all.erase(std::remove_if(all.begin(), all.end(), [&](const RiskApproval& a) { return a.riskId == riskId; }), all.end());
    all.insert(all.end(), fresh->begin(), fresh->end());
    std::sort(all.begin(), all.end(), [](const RiskApproval& a, const RiskApproval& b) { return a.id < b.id; });
    return {};
}

Result<void> LiveIsmsData::reloadResidualAssessment(const storage::IsmsFile& file, RecordId riskId)
{
    auto at = file.residualAssessments(riskId);
    if (!at)
        return at.error();
    m_data.residualAssessedAt.erase(riskId);
    if (const auto it = at->find(riskId); it != at->end())
        m_data.residualAssessedAt.emplace(riskId, it->second);
    return {};
}

void LiveIsmsData::removeRecord(const std::string& registerKey, RecordId id)
{
    const auto found = m_data.records.find(registerKey);
    if (found == m_data.records.end())
        return;
    auto& list = found->second;
    const auto at = std::lower_bound(list.begin(), list.end(), id,
                                     [](const Record& r, RecordId wanted) { return r.id < wanted; });
    if (at != list.end() && at->id == id)
        list.erase(at);
}

void LiveIsmsData::dropLinksOf(const std::string& registerKey, RecordId id)
{
    auto& links = m_data.links;
    links.erase(std::remove_if(links.begin(), links.end(),
                               [&](const Link& l) { return touches(l, registerKey, id); }),
                links.end());
}

Result<void> LiveIsmsData::reloadLinks(const storage::IsmsFile& file, const std::string& registerKey, RecordId id)
{
    dropLinksOf(registerKey, id);
    if (!m_data.find(registerKey, id))
        return {};  // a removed record has no links
    auto rows = file.links(registerKey, id);
    if (!rows)
        return rows.error();
    auto& links = m_data.links;
    for (auto& row : *rows)
        links.insert(std::upper_bound(links.begin(), links.end(), row, linkBefore), std::move(row));
    return {};
}

} // namespace isms::app
