#include "storage/file_settings.h"

#include "domain/methodology.h"
#include "storage/change_log.h"
#include "storage/history_replay.h"
#include "storage/json.h"
#include "storage/meta_keys.h"
#include "storage/methodology_store.h"
#include "storage/sqlite.h"

namespace isms::storage {

Result<void> writeInitialSettings(sql::Connection& db, const std::string& organisation,
                                  const std::string& author, const std::string& now)
{
    auto s = db.prepare("INSERT INTO meta (key, value) VALUES (?, ?)");
    if (!s)
        return s.error();
    JsonObject logged;
    for (const auto& [key, value] : {std::pair<std::string, std::string>{"organisation", organisation},
                                     {"created_at", now},
                                     {"created_by", author}}) {
        s->bind(1, key);
        s->bind(2, value);
        if (auto r = s->run(); !r)
            return r;
        s->reset();
        logged.add(key, value);
    }
    const Methodology methodology = Methodology::preset5x5();
    if (auto r = saveMethodology(db, methodology); !r)
        return r;
    ChangeLog log;
    if (auto e = log.append(db, now, author, {"meta", "", 0, "", "", logged.str()}); !e)
        return e.error();
    if (auto e = log.append(db, now, author, {"methodology", "", 0, "", "", methodologyJson(methodology)}); !e)
        return e.error();
    return log.storeHead(db);
}

Result<void> logUnloggedSettings(sql::Connection& db, const std::string& at, const std::string& author)
{
    Findings ignored;  // inconsistencies are check()'s to report, not the upgrade's
    auto history = replayFileSettings(db, ignored);
    if (!history)
        return history.error();
    JsonObject baseline;
    auto s = db.prepare("SELECT key, value FROM meta ORDER BY key");
    if (!s)
        return s.error();
    if (auto r = s->eachRow([&](sql::Statement& st) {
            const std::string key = st.columnText(0);
            if (isReplayedMetaKey(key) && !history->meta.count(key))
                baseline.add(key, st.columnText(1));
        });
        !r)
        return r;
    ChangeLog log;
    if (!baseline.empty())
        if (auto e = log.append(db, at, author, {"meta", "", 0, "", "", baseline.str()}); !e)
            return e.error();
    if (!history->methodologyJson) {
        auto methodology = loadMethodology(db);
        if (!methodology)
            return methodology.error();
        if (auto e = log.append(db, at, author, {"methodology", "", 0, "", "", methodologyJson(*methodology)}); !e)
            return e.error();
    }
    return log.storeHead(db);
}

} // namespace isms::storage
