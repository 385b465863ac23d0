#include "storage/history_replay.h"

#include "storage/approval_store.h"
#include "storage/json_reader.h"
#include "storage/meta_keys.h"
#include "storage/methodology_store.h"
#include "storage/record_replay.h"
#include "storage/sha256.h"
#include "storage/sqlite.h"
#include "storage/value_check.h"
#include "storage/version_replay.h"

namespace isms::storage {

namespace {

std::string quotedText(const std::string& s) { return "\"" + s + "\""; }

// "risks R-001" for messages, or "risks id 7" when the record is gone.
std::string recordName(sql::Connection& db, const Catalogue& catalogue, const std::string& registerKey, std::int64_t id)
{
    if (const RegisterDef* reg = catalogue.find(registerKey)) {
        if (auto s = db.prepare("SELECT ref FROM " + reg->tableName() + " WHERE id = ?")) {
            s->bind(1, id);
            if (auto row = s->step(); row && *row)
                return registerKey + " " + s->columnText(0);
        }
    }
    return registerKey + " id " + std::to_string(id);
}

Result<void> compareLinks(sql::Connection& db, const Catalogue& catalogue, const std::set<LinkKey>& history,
                          Findings& findings)
{
    std::set<LinkKey> file;
    auto s = db.prepare("SELECT from_register, from_id, link, to_register, to_id FROM links");
    if (!s)
        return s.error();
    if (auto r = s->eachRow([&](sql::Statement& st) {
            file.insert({st.columnText(0), st.columnInt(1), st.columnText(2), st.columnText(3), st.columnInt(4)});
        });
        !r)
        return r;
    auto describe = [&](const LinkKey& l) {
        return "The link \"" + l.link + "\" from " + recordName(db, catalogue, l.fromRegister, l.fromId) + " to "
            + recordName(db, catalogue, l.toRegister, l.toId);
    };
    for (const auto& l : file)
        if (!history.count(l))
            findings.add(describe(l) + " is in the file but not in its history.");
    for (const auto& l : history)
        if (!file.count(l))
            findings.add(describe(l) + " is in the history but not in the file.");
    return {};
}

Result<void> compareAttachments(sql::Connection& db, const Catalogue& catalogue,
                                const std::map<std::int64_t, AttachmentState>& history, Findings& findings)
{
    auto s = db.prepare("SELECT id, register, record_id, name, media_type, size, sha256, content FROM attachments ORDER BY id");
    if (!s)
        return s.error();
    auto expected = history.begin();
    auto name = [&](std::int64_t id, const AttachmentState& a) {
        return "Attachment " + std::to_string(id) + " (\"" + a.name + "\" of "
            + recordName(db, catalogue, a.registerKey, a.recordId) + ")";
    };
    auto read = s->eachRow([&](sql::Statement& st) {
        const std::int64_t id = st.columnInt(0);
        AttachmentState a{st.columnText(1), st.columnInt(2), st.columnText(3), st.columnText(4), st.columnInt(5),
                          st.columnText(6)};
        for (; expected != history.end() && expected->first < id; ++expected)
            findings.add(name(expected->first, expected->second) + " is in the history but not in the file.");
        const std::string_view content = st.columnBlobView(7);
        if (static_cast<std::int64_t>(content.size()) != a.size || sha256Hex(content) != a.sha256)
            findings.add(name(id, a) + ": its bytes do not match their stored size and SHA-256 (" + std::to_string(content.size())
                         + " bytes stored, " + std::to_string(a.size) + " recorded).");
        if (expected == history.end() || expected->first != id) {
            findings.add(name(id, a) + " is in the file but not in its history.");
            return;
        }
        const AttachmentState& h = expected->second;
        ++expected;
        const char* field = h.registerKey != a.registerKey ? "register"
            : h.recordId != a.recordId                     ? "record"
            : h.name != a.name                             ? "name"
            : h.mediaType != a.mediaType                   ? "media type"
            : h.size != a.size                             ? "size"
            : h.sha256 != a.sha256                         ? "sha256"
                                                           : nullptr;
        if (field)
            findings.add(name(id, a) + ": its " + field + " differs from its history.");
    });
    if (!read)
        return read;
    for (; expected != history.end(); ++expected)
        findings.add(name(expected->first, expected->second) + " is in the history but not in the file.");
    return {};
}

Result<void> compareSnapshots(sql::Connection& db, const Catalogue& catalogue,
                              std::map<std::int64_t, std::int64_t> history, Findings& findings)
{
    auto s = db.prepare("SELECT assessment_id, count(*) FROM assessment_snapshots GROUP BY assessment_id");
    if (!s)
        return s.error();
    auto read = s->eachRow([&](sql::Statement& st) {
        const std::int64_t id = st.columnInt(0), size = st.columnInt(1);
        auto it = history.find(id);
        const std::int64_t logged = it == history.end() ? 0 : it->second;
        if (logged != size)
            findings.add("The risk snapshot of " + recordName(db, catalogue, "assessments", id) + " holds "
                         + std::to_string(size) + " risks in the file but " + std::to_string(logged) + " in its history.");
        if (it != history.end())
            history.erase(it);
    });
    if (!read)
        return read;
    for (const auto& [id, size] : history)
        if (size != 0)
            findings.add("The risk snapshot of " + recordName(db, catalogue, "assessments", id) + " holds no risks in the file but "
                         + std::to_string(size) + " in its history.");
    return {};
}

std::string firstDifferentMember(const std::string& a, const std::string& b);

// Every approval row equals what its "approve" entry says, and its snapshot hashes to its hash.
Result<void> compareApprovals(sql::Connection& db, const Catalogue& catalogue,
                              const std::map<std::int64_t, ApprovalState>& history, Findings& findings)
{
    auto rows = readApprovals(db);
    if (!rows)
        return rows.error();
    auto name = [&](std::int64_t id, RecordId riskId) {
        return "Approval " + std::to_string(id) + " of " + recordName(db, catalogue, "risks", riskId);
    };
    std::map<std::int64_t, const RiskApproval*> file;
    for (const RiskApproval& a : *rows) {
        file.emplace(a.id, &a);
        if (sha256Hex(a.snapshot) != a.snapshotSha256)
            findings.add(name(a.id, a.riskId) + ": its snapshot does not match its SHA-256 (the snapshot or the hash was changed).");
        const auto h = history.find(a.id);
        if (h == history.end()) {
            findings.add(name(a.id, a.riskId) + " is in the file but not in its history.");
            continue;
        }
        const std::string json = approvalJson(a);
        if (h->second.riskId != a.riskId)
            findings.add(name(a.id, a.riskId) + ": its risk differs from its history.");
        else if (json != h->second.json)
            findings.add(name(a.id, a.riskId) + ": its \"" + firstDifferentMember(json, h->second.json)
                         + "\" differs from its history.");
    }
    for (const auto& [id, state] : history)
        if (!file.count(id))
            findings.add(name(id, state.riskId) + " is in the history but not in the file.");
    return {};
}

// The first top-level member whose value differs, for naming what changed in the methodology.
std::string firstDifferentMember(const std::string& a, const std::string& b)
{
    std::vector<std::pair<std::string, std::string>> left, right;
    auto collect = [](const std::string& json, auto& into) {
        (void)forEachMember(json, [&](const std::string& k, const JsonValue& v) {
            into.emplace_back(k, std::string(v.raw));
            return true;
        });
    };
    collect(a, left);
    collect(b, right);
    for (std::size_t i = 0; i < std::max(left.size(), right.size()); ++i) {
        if (i >= left.size() || i >= right.size() || left[i] != right[i])
            return i < left.size() ? left[i].first : right[i].first;
    }
    return {};
}

Result<void> compareFileSettings(sql::Connection& db, const FileSettingsHistory& history, bool legacyBaseline,
                                 Findings& findings)
{
    std::map<std::string, std::string> file;
    auto s = db.prepare("SELECT key, value FROM meta ORDER BY key");
    if (!s)
        return s.error();
    if (auto r = s->eachRow([&](sql::Statement& st) {
            std::string key = st.columnText(0);
            if (isReplayedMetaKey(key))
                file.emplace(std::move(key), st.columnText(1));
        });
        !r)
        return r;
    for (const auto& [key, value] : file) {
        auto it = history.meta.find(key);
        if (it == history.meta.end()) {
            if (!legacyBaseline)
                findings.add("File setting \"" + key + "\" (" + quotedText(value) + ") has no history.");
        } else if (it->second != value) {
            findings.add("File setting \"" + key + "\" is " + quotedText(value) + " in the file but "
                         + quotedText(it->second) + " in its history.");
        }
    }
    for (const auto& [key, value] : history.meta)
        if (!file.count(key))
            findings.add("File setting \"" + key + "\" is " + quotedText(value) + " in its history but missing from the file.");

    auto loaded = loadMethodology(db);
    if (!loaded) {
        findings.add("The risk methodology cannot be read: " + loaded.error().message);
        return {};
    }
    const std::string inFile = methodologyJson(*loaded);
    if (!history.methodologyJson) {
        if (!legacyBaseline)
            findings.add("The risk methodology has no history.");
    } else if (*history.methodologyJson != inFile) {
        findings.add("The risk methodology differs from its history (first in \"" + firstDifferentMember(inFile, *history.methodologyJson)
                     + "\").");
    }
    return {};
}

} // namespace

void Findings::add(std::string message)
{
    ++m_count;
    if (m_messages.size() < kShown)
        m_messages.push_back(std::move(message));
}

Result<FileSettingsHistory> replayFileSettings(sql::Connection& db, Findings& findings)
{
    FileSettingsHistory history;
    auto s = db.prepare("SELECT seq, action, before, after FROM change_log WHERE register = '' ORDER BY seq");
    if (!s)
        return s.error();
    auto read = s->eachRow([&](sql::Statement& st) {
        const std::string seq = std::to_string(st.columnInt(0));
        const std::string action = st.columnText(1);
        const std::string before = st.columnText(2), after = st.columnText(3);
        if (action == "meta") {
            // Each key of `after` is set (null removes it); `before` only describes.
            std::string bad;
            auto r = forEachMember(after, [&](const std::string& key, const JsonValue& v) {
                if (v.kind == JsonKind::Null) {
                    history.meta.erase(key);
                } else if (auto text = jsonString(v)) {
                    if (isReplayedMetaKey(key))
                        history.meta[key] = *text;
                } else {
                    bad = key;
                    return false;
                }
                return true;
            });
            if (!r)
                findings.add("History entry " + seq + " (meta) cannot be read" + (bad.empty() ? "" : " (\"" + bad + "\" is not text)") + ".");
        } else if (action == "methodology") {
            if (auto r = validateJson(after); !r) {
                findings.add("History entry " + seq + " (methodology) cannot be read.");
                return;
            }
            if (history.methodologyJson && !before.empty() && before != *history.methodologyJson)
                findings.add("History entry " + seq + " (methodology) does not follow from the entries before it.");
            history.methodologyJson = after;
        } else if (action == "soa_version") {
            std::optional<std::int64_t> number;
            auto r = forEachMember(after, [&](const std::string& key, const JsonValue& v) {
                if (key == "number")
                    number = jsonInteger(v);
                return true;
            });
            if (!r || !number) {
                findings.add("History entry " + seq + " (soa_version) cannot be read.");
                return;
            }
            if (history.soaVersions.count(*number))
                findings.add("History entry " + seq + " approves SoA version " + std::to_string(*number) + " a second time.");
            history.soaVersions[*number] = after;
        } else {
            findings.add("History entry " + seq + " (" + action + ") names no register.");
        }
    });
    if (!read)
        return read.error();
    return history;
}

Result<void> compareWithHistory(sql::Connection& db, const Catalogue& catalogue, bool legacyBaseline, Findings& findings,
                                const Methodology* methodology)
{
    RelationsHistory relations;
    RowCheck values;
    if (methodology)
        values = [&](const RegisterDef& reg, const Record& record, const sql::Statement& row) {
            checkRecordValues(reg, record, row, *methodology, findings);
        };
    std::string known = "''";
    for (const auto& reg : catalogue.registers()) {
        if (auto r = replayRegister(db, reg, relations, findings, values); !r)
            return r;
        known += ", '" + reg.key + "'";
    }
    {
        auto s = db.prepare("SELECT seq, register FROM change_log WHERE register NOT IN (" + known + ") ORDER BY seq");
        if (!s)
            return s.error();
        if (auto r = s->eachRow([&](sql::Statement& st) {
                findings.add("History entry " + std::to_string(st.columnInt(0)) + " names a register \"" + st.columnText(1)
                             + "\" this file does not have.");
            });
            !r)
            return r;
    }
    if (auto r = compareLinks(db, catalogue, relations.links, findings); !r)
        return r;
    if (auto r = compareAttachments(db, catalogue, relations.attachments, findings); !r)
        return r;
    if (auto r = compareSnapshots(db, catalogue, relations.snapshotSizes, findings); !r)
        return r;
    if (auto r = compareApprovals(db, catalogue, relations.approvals, findings); !r)
        return r;
    if (auto r = compareKeptRuns(db, catalogue, relations.snapshotLogged, findings); !r)
        return r;
    auto settings = replayFileSettings(db, findings);
    if (!settings)
        return settings.error();
    if (auto r = compareSoaVersions(db, settings->soaVersions, findings); !r)
        return r;
    return compareFileSettings(db, *settings, legacyBaseline, findings);
}

} // namespace isms::storage
