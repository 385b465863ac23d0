#include "storage/record_replay.h"

#include "storage/json.h"
#include "storage/json_reader.h"
#include "storage/record_repository.h"
#include "storage/sqlite.h"

#include <unordered_map>

namespace isms::storage {

namespace {

// One record's state as its entries leave it: each field's JSON text ("" = empty).
struct RecordState {
    bool exists = false;
    bool seen = false;
    std::string ref;  // JSON text of the ref
    std::vector<std::string> values;
    std::string firstCreatedAt, createdAt, updatedAt, updatedBy;
    std::string shownRef;  // for messages: the last ref the history named
};

struct Entry {
    std::int64_t seq = 0;
    std::string_view at, author, action, ref, before, after;
    std::int64_t recordId = 0;
};

class RegisterReplay {
public:
    RegisterReplay(const RegisterDef& reg, RelationsHistory& relations, Findings& findings)
        : m_reg(reg), m_relations(relations), m_findings(findings)
    {
        for (std::size_t i = 0; i < reg.fields.size(); ++i)
            m_index.emplace(reg.fields[i].key, i);
        // A retired field is followed through its history (a migration logs it emptied) but has
        // no column to compare with: its slots come after the fields'.
        for (std::size_t i = 0; i < reg.retiredFields.size(); ++i)
            m_index.emplace(reg.retiredFields[i], reg.fields.size() + i);
    }

    void begin(std::int64_t id)
    {
        m_id = id;
        m_state.exists = m_state.seen = false;
        m_state.ref.clear();
        m_state.values.assign(m_reg.fields.size() + m_reg.retiredFields.size(), std::string());
        m_state.firstCreatedAt.clear();
        m_state.shownRef.clear();
    }

    void apply(const Entry& e)
    {
        if (!e.ref.empty())
            m_state.shownRef = std::string(e.ref);
        const std::string_view a = e.action;
        if (a == "insert") {
            if (m_state.exists)
                return inconsistent(e, "inserts a record that already exists");
            m_state.ref.clear();
            std::fill(m_state.values.begin(), m_state.values.end(), std::string());
            if (!applyFields(e, e.after))
                return;
            m_state.exists = m_state.seen = true;
            if (m_state.firstCreatedAt.empty())
                m_state.firstCreatedAt = std::string(e.at);
            m_state.createdAt = std::string(e.at);
            stamp(e);
        } else if (a == "update") {
            if (!m_state.exists)
                return inconsistent(e, "changes a record that does not exist");
            if (!beforeMatches(e) || !applyFields(e, e.after))
                return;
            stamp(e);
        } else if (a == "delete") {
            if (!m_state.exists)
                return inconsistent(e, "deletes a record that does not exist");
            if (!beforeMatches(e))
                return;
            m_state.exists = false;
        } else if (a == "link" || a == "unlink") {
            link(e, a == "link");
        } else if (a == "attach" || a == "detach") {
            attachment(e, a == "attach");
        } else if (a == "approve" || a == "withdraw") {
            approval(e, a == "approve");
        } else if (a == "snapshot") {
            std::optional<std::int64_t> size;
            std::optional<std::string> sha;
            std::optional<std::string> method;
            auto read = forEachMember(e.after, [&](const std::string& key, const JsonValue& v) {
                if (key == "snapshot_risks")
                    size = jsonInteger(v);
                else if (key == "snapshot_sha256")
                    sha = jsonString(v);
                else if (key == "methodology" && v.kind == JsonKind::Object)
                    method = std::string(v.raw);
                return true;
            });
            if (!read || !size)
                return inconsistent(e, "is a snapshot entry without its size");
            m_relations.snapshotSizes[e.recordId] = *size;
            // Schema 4 on: the snapshot's digest and the methodology kept with it.
            if (sha && method)
                m_relations.snapshotLogged[e.recordId] = {*sha, *method};
            else
                m_relations.snapshotLogged.erase(e.recordId);
        } else {
            inconsistent(e, "has an unknown action \"" + std::string(a) + "\"");
        }
    }

    // Compares the state with the row (nullptr: there is no row).
    void compare(const Record* row)
    {
        const std::string name = m_reg.key + " " + (row ? row->ref : m_state.shownRef);
        if (!row) {
            if (m_state.exists)
                m_findings.add(name + " (id " + std::to_string(m_id)
                               + "): its history says it exists, but the file has no such record.");
            return;
        }
        if (!m_state.seen) {
            m_findings.add(name + ": the record has no history (it was added behind the program's back).");
            return;
        }
        if (!m_state.exists) {
            m_findings.add(name + ": its history says it was deleted, but the file still has it.");
            return;
        }
        m_json.clear();
        appendJsonString(m_json, row->ref);
        if (m_json != m_state.ref)
            return differs(name, "ref", m_json, m_state.ref);
        for (std::size_t i = 0; i < m_reg.fields.size(); ++i) {
            m_json.clear();
            if (!isEmpty(row->values[i]))
                appendJsonValue(m_json, row->values[i]);
            if (m_json != m_state.values[i])
                return differs(name, m_reg.fields[i].key, m_json, m_state.values[i]);
        }
        for (std::size_t i = 0; i < m_reg.retiredFields.size(); ++i)
            if (const std::string& left = m_state.values[m_reg.fields.size() + i]; !left.empty())
                return m_findings.add(name + ": its history leaves the removed field \"" + m_reg.retiredFields[i]
                                      + "\" holding " + shownJson(left) + ", which the upgrade should have emptied.");
        if (row->createdAt != m_state.createdAt && row->createdAt != m_state.firstCreatedAt)
            return differs(name, "created_at", "\"" + row->createdAt + "\"", "\"" + m_state.createdAt + "\"");
        if (row->updatedAt != m_state.updatedAt)
            return differs(name, "updated_at", "\"" + row->updatedAt + "\"", "\"" + m_state.updatedAt + "\"");
        if (row->updatedBy != m_state.updatedBy)
            return differs(name, "updated_by", "\"" + row->updatedBy + "\"", "\"" + m_state.updatedBy + "\"");
    }

private:
    void stamp(const Entry& e)
    {
        m_state.updatedAt = std::string(e.at);
        m_state.updatedBy = std::string(e.author);
    }

    void differs(const std::string& name, const std::string& field, const std::string& inFile,
                 const std::string& inHistory)
    {
        m_findings.add(name + ": field \"" + field + "\" is " + shownJson(inFile) + " in the file but "
                       + shownJson(inHistory) + " in its history.");
    }

    void inconsistent(const Entry& e, const std::string& what)
    {
        m_findings.add(m_reg.key + " " + m_state.shownRef + ": history entry " + std::to_string(e.seq) + " ("
                       + std::string(e.action) + ") " + what + ".");
    }

    std::string* slot(const std::string& key)
    {
        if (key == "ref")
            return &m_state.ref;
        auto it = m_index.find(key);
        return it == m_index.end() ? nullptr : &m_state.values[it->second];
    }

    bool applyFields(const Entry& e, std::string_view json)
    {
        std::string unknown;
        auto read = forEachMember(json, [&](const std::string& key, const JsonValue& v) {
            std::string* s = slot(key);
            if (!s) {
                unknown = key;
                return false;
            }
            if (v.kind == JsonKind::Null)
                s->clear();
            else
                s->assign(v.raw);
            return true;
        });
        if (!unknown.empty())
            inconsistent(e, "names a field \"" + unknown + "\" the register does not have");
        else if (!read)
            inconsistent(e, "cannot be read (" + read.error().message + ")");
        return read.ok();
    }

    bool beforeMatches(const Entry& e)
    {
        std::string mismatch;
        auto read = forEachMember(e.before, [&](const std::string& key, const JsonValue& v) {
            const std::string* s = slot(key);
            const std::string_view expected = v.kind == JsonKind::Null ? std::string_view() : v.raw;
            if (!s || *s != expected) {
                mismatch = "says field \"" + key + "\" was " + shownJson(std::string(v.raw)) + ", but the entries before it leave "
                    + (s ? shownJson(*s) : std::string("no such field"));
                return false;
            }
            return true;
        });
        if (!mismatch.empty())
            inconsistent(e, mismatch);
        else if (!read)
            inconsistent(e, "cannot be read (" + read.error().message + ")");
        return read.ok();
    }

    void link(const Entry& e, bool add)
    {
        LinkKey key{m_reg.key, e.recordId, {}, {}, 0};
        bool toId = false;
        auto read = forEachMember(add ? e.after : e.before, [&](const std::string& k, const JsonValue& v) {
            if (k == "link")
                key.link = jsonString(v).value_or("");
            else if (k == "to_register")
                key.toRegister = jsonString(v).value_or("");
            else if (k == "to_id")
                if (auto n = jsonInteger(v)) {
                    key.toId = *n;
                    toId = true;
                }
            return true;
        });
        if (!read || key.link.empty() || key.toRegister.empty() || !toId)
            return inconsistent(e, "does not say which link it is");
        if (add && !m_relations.links.insert(key).second)
            inconsistent(e, "adds a link that already exists");
        if (!add && m_relations.links.erase(key) == 0)
            inconsistent(e, "removes a link that does not exist");
    }

    void approval(const Entry& e, bool add)
    {
        std::optional<std::int64_t> id;
        const std::string_view json = add ? e.after : e.before;
        auto read = forEachMember(json, [&](const std::string& k, const JsonValue& v) {
            if (k == "approval_id")
                id = jsonInteger(v);
            return true;
        });
        if (!read || !id)
            return inconsistent(e, "does not say which approval it is");
        if (add && !m_relations.approvals.emplace(*id, ApprovalState{e.recordId, std::string(json)}).second)
            return inconsistent(e, "adds approval " + std::to_string(*id) + ", which already exists");
        if (!add) {
            const auto it = m_relations.approvals.find(*id);
            if (it == m_relations.approvals.end())
                return inconsistent(e, "withdraws approval " + std::to_string(*id) + ", which does not exist");
            if (it->second.json != json)
                inconsistent(e, "withdraws approval " + std::to_string(*id) + " as other than it was given");
            m_relations.approvals.erase(it);
        }
    }

    void attachment(const Entry& e, bool add)
    {
        AttachmentState a{m_reg.key, e.recordId, {}, {}, 0, {}};
        std::optional<std::int64_t> id, size;
        auto read = forEachMember(add ? e.after : e.before, [&](const std::string& k, const JsonValue& v) {
            if (k == "attachment_id")
                id = jsonInteger(v);
            else if (k == "name")
                a.name = jsonString(v).value_or("");
            else if (k == "media_type")
                a.mediaType = jsonString(v).value_or("");
            else if (k == "size")
                size = jsonInteger(v);
            else if (k == "sha256")
                a.sha256 = jsonString(v).value_or("");
            return true;
        });
        if (!read || !id || !size)
            return inconsistent(e, "does not say which attachment it is");
        a.size = *size;
        if (add && !m_relations.attachments.emplace(*id, a).second)
            return inconsistent(e, "adds attachment " + std::to_string(*id) + ", which already exists");
        if (!add && m_relations.attachments.erase(*id) == 0)
            inconsistent(e, "removes attachment " + std::to_string(*id) + ", which does not exist");
    }

    const RegisterDef& m_reg;
    RelationsHistory& m_relations;
    Findings& m_findings;
    std::unordered_map<std::string, std::size_t> m_index;
    RecordState m_state;
    std::int64_t m_id = 0;
    std::string m_json;
};

} // namespace

std::string shownJson(const std::string& raw)
{
    return raw.empty() || raw == "null" ? std::string("empty") : raw;
}

Result<void> replayRegister(sql::Connection& db, const RegisterDef& reg, RelationsHistory& relations,
                            Findings& findings, const RowCheck& eachRow)
{
    // The (register, record_id) index serves this order; seq is the rowid, so it follows.
    auto log = db.prepare("SELECT seq, at, author, action, record_id, ref, before, after FROM change_log "
                          "WHERE register = ?1 ORDER BY record_id, seq");
    if (!log)
        return log.error();
    log->bind(1, reg.key);
    std::string columns = "id, ref, created_at, updated_at, updated_by";
    for (const auto& field : reg.fields)
        columns += ", \"" + field.key + "\"";
    auto rows = db.prepare("SELECT " + columns + " FROM " + reg.tableName() + " ORDER BY id");
    if (!rows)
        return rows.error();

    RegisterReplay replay(reg, relations, findings);
    auto stepLog = [&]() -> Result<bool> { return log->step(); };
    auto stepRow = [&]() -> Result<bool> { return rows->step(); };
    auto haveLog = stepLog();
    if (!haveLog)
        return haveLog.error();
    auto haveRow = stepRow();
    if (!haveRow)
        return haveRow.error();
    Record row;
    while (*haveLog || *haveRow) {
        const std::int64_t logId = *haveLog ? log->columnInt(4) : INT64_MAX;
        const std::int64_t rowId = *haveRow ? rows->columnInt(0) : INT64_MAX;
        const std::int64_t id = std::min(logId, rowId);
        replay.begin(id);
        while (*haveLog && log->columnInt(4) == id) {
            Entry e;
            e.seq = log->columnInt(0);
            e.at = log->columnTextView(1);
            e.author = log->columnTextView(2);
            e.action = log->columnTextView(3);
            e.recordId = id;
            e.ref = log->columnTextView(5);
            e.before = log->columnTextView(6);
            e.after = log->columnTextView(7);
            replay.apply(e);
            haveLog = stepLog();
            if (!haveLog)
                return haveLog.error();
        }
        if (rowId == id) {
            row = readRecord(*rows, reg);
            replay.compare(&row);
            if (eachRow)
                eachRow(reg, row, *rows);
            haveRow = stepRow();
            if (!haveRow)
                return haveRow.error();
        } else {
            replay.compare(nullptr);
        }
    }
    return {};
}

} // namespace isms::storage
