#include "storage/migration_3.h"

#include "domain/annex_a.h"
#include "domain/link.h"
#include "storage/change_log.h"
#include "storage/json.h"
#include "storage/record_changes.h"
#include "storage/sqlite.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <unordered_map>

namespace isms::storage {

namespace {

bool isAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// The end of an "A.<n>.<n>" id starting at `i`, or `i` when none starts there.
std::size_t idEnd(std::string_view text, std::size_t i)
{
    if (i > 0 && (isAlnum(text[i - 1]) || text[i - 1] == '.'))
        return i;
    std::size_t j = i;
    while (j < text.size() && (isAlnum(text[j]) || (text[j] == '.' && j + 1 < text.size() && isAlnum(text[j + 1]))))
        ++j;
    return looksLikeAnnexAId(text.substr(i, j - i)) ? j : i;
}

bool isFillerWord(std::string word)
{
    for (auto& c : word)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return word == "and" || word == "annex" || word == "a";
}

struct Risk {
    std::int64_t id = 0;
    std::string ref, text;
};

} // namespace

PlannedControlsText readPlannedControls(std::string_view text)
{
    PlannedControlsText out;
    std::string word;
    auto endWord = [&] {
        if (!word.empty() && !isFillerWord(word))
            out.otherText = true;
        word.clear();
    };
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == 'A') {
            if (const std::size_t end = idEnd(text, i); end != i) {
                const std::string id(text.substr(i, end - i));
                if (findAnnexAControl(id)) {
                    if (std::find(out.annexAIds.begin(), out.annexAIds.end(), id) == out.annexAIds.end())
                        out.annexAIds.push_back(id);
                } else {
                    out.otherText = true;
                }
                i = end;
                continue;
            }
        }
        if (isAlnum(text[i]))
            word += text[i];
        else
            endWord();
        ++i;
    }
    endWord();
    return out;
}

Result<void> movePlannedControls(sql::Connection& db, const std::string& at, const std::string& author)
{
    if (auto r = db.exec("ALTER TABLE r_risks ADD COLUMN \"notes\" TEXT"); !r)
        return r;
    std::unordered_map<std::string, std::int64_t> controls;  // Annex A ref -> id in this file
    std::vector<Risk> risks;
    {
        auto s = db.prepare("SELECT id, ref FROM r_controls");
        if (!s)
            return s.error();
        if (auto r = s->eachRow([&](sql::Statement& st) { controls.emplace(st.columnText(1), st.columnInt(0)); }); !r)
            return r;
        auto t = db.prepare("SELECT id, ref, planned_controls FROM r_risks WHERE planned_controls <> '' ORDER BY id");
        if (!t)
            return t.error();
        if (auto r = t->eachRow([&](sql::Statement& st) { risks.push_back({st.columnInt(0), st.columnText(1), st.columnText(2)}); }); !r)
            return r;
    }
    ChangeLog log;
    for (const Risk& risk : risks) {
        const PlannedControlsText read = readPlannedControls(risk.text);
        bool keepText = read.otherText;
        std::set<std::int64_t> linked;
        {
            auto s = db.prepare("SELECT to_id FROM links WHERE from_register = 'risks' AND from_id = ?1 "
                                "AND link = 'risk_controls' AND to_register = 'controls'");
            if (!s)
                return s.error();
            s->bind(1, risk.id);
            if (auto r = s->eachRow([&](sql::Statement& st) { linked.insert(st.columnInt(0)); }); !r)
                return r;
        }
        for (const std::string& id : read.annexAIds) {
            auto control = controls.find(id);
            if (control == controls.end()) {
                keepText = true;  // the file lacks that control: the text keeps the id
                continue;
            }
            if (linked.count(control->second))
                continue;
            const Link l{"risk_controls", "risks", risk.id, "controls", control->second};
            auto s = db.prepare("INSERT INTO links (from_register, from_id, link, to_register, to_id) "
                                "VALUES ('risks', ?1, 'risk_controls', 'controls', ?2)");
            if (!s)
                return s.error();
            s->bind(1, risk.id);
            s->bind(2, control->second);
            if (auto r = s->run(); !r)
                return r;
            linked.insert(control->second);
            if (auto e = log.append(db, at, author, {"link", "risks", risk.id, risk.ref, "", linkJson(l, id)}); !e)
                return e.error();
        }
        const std::string note = keepText ? std::string(kPlannedControlsNotePrefix) + risk.text : std::string();
        auto s = db.prepare("UPDATE r_risks SET planned_controls = NULL, notes = ?2, updated_at = ?3, updated_by = ?4 "
                            "WHERE id = ?1");
        if (!s)
            return s.error();
        s->bind(1, risk.id);
        if (keepText)
            s->bind(2, note);
        else
            s->bindNull(2);
        s->bind(3, at);
        s->bind(4, author);
        if (auto r = s->run(); !r)
            return r;
        JsonObject before, after;
        before.add("planned_controls", risk.text);
        after.addRaw("planned_controls", "null");
        if (keepText)
            after.add("notes", note);
        if (auto e = log.append(db, at, author, {"update", "risks", risk.id, risk.ref, before.str(), after.str()}); !e)
            return e.error();
    }
    if (auto r = db.exec("ALTER TABLE r_risks DROP COLUMN \"planned_controls\""); !r)
        return r;
    return log.storeHead(db);
}

} // namespace isms::storage
