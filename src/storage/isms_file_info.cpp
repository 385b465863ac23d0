// File-level facts of an open file: metadata, health check, plain copies.

#include "storage/annex_a_check.h"
#include "storage/change_log.h"
#include "storage/file_messages.h"
#include "storage/history_replay.h"
#include "storage/isms_file_impl.h"
#include "storage/json.h"
#include "storage/schema_check.h"

namespace isms::storage {

Result<std::string> IsmsFile::Impl::meta(const std::string& key)
{
    auto s = db->cached("SELECT value FROM meta WHERE key = ?");
    if (!s)
        return s.error();
    (*s)->bind(1, key);
    auto row = (*s)->step();
    if (!row)
        return row.error();
    return *row ? (*s)->columnText(0) : std::string();
}

Result<void> IsmsFile::Impl::setMeta(const std::string& key, const std::string& value)
{
    auto s = db->cached("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!s)
        return s.error();
    (*s)->bind(1, key);
    (*s)->bind(2, value);
    return (*s)->run();
}

FileInfo IsmsFile::Impl::info()
{
    FileInfo i;
    auto text = [this](const char* key) {
        auto v = meta(key);
        return v ? *v : std::string();
    };
    i.organisation = text("organisation");
    i.createdAt = text("created_at");
    i.auditCopy = text("audit_copy") == "1";
    if (auto v = db->queryInt("PRAGMA user_version"))
        i.schemaVersion = static_cast<int>(*v);
    if (auto s = db->cached("SELECT at, author FROM change_log ORDER BY seq DESC LIMIT 1")) {
        if (auto row = (*s)->step(); row && *row) {
            i.lastChangeAt = (*s)->columnText(0);
            i.lastChangeBy = (*s)->columnText(1);
        }
    }
    i.migratedFrom = migratedFrom;
    i.backupPath = backupPath;
    return i;
}

Result<void> IsmsFile::Impl::setOrganisation(const std::string& name)
{
    if (name.find_first_not_of(" \t\r\n") == std::string::npos)
        return makeError(ErrorCode::Invalid, "The organisation needs a name.");
    return write<void>([&]() -> Result<void> {
        auto old = meta("organisation");
        if (!old)
            return old.error();
        if (*old == name)
            return {};
        if (auto r = setMeta("organisation", name); !r)
            return r;
        if (auto e = logChange({"meta", "", 0, "", JsonObject().add("organisation", *old).str(),
                                JsonObject().add("organisation", name).str()});
            !e)
            return e.error();
        changed(Change::Kind::Info, "", 0);
        return {};
    });
}

Result<HealthReport> IsmsFile::Impl::check()
{
    HealthReport report;
    {
        auto s = db->prepare("PRAGMA integrity_check");
        if (!s)
            return s.error();
        for (;;) {
            auto row = s->step();
            if (!row) {
                report.integrityOk = false;
                report.integrityMessages.push_back(row.error().message);
                break;
            }
            if (!*row)
                break;
            const std::string message = s->columnText(0);
            if (message != "ok") {
                report.integrityOk = false;
                report.integrityMessages.push_back(message);
            }
        }
    }
    {
        auto s = db->prepare("PRAGMA foreign_key_check");
        if (!s)
            return s.error();
        auto read = s->eachRow([&](sql::Statement& st) {
            report.integrityOk = false;
            report.integrityMessages.push_back("Row " + st.columnText(1) + " of " + st.columnText(0)
                                               + " refers to a missing record in " + st.columnText(2) + ".");
        });
        if (!read)
            return read.error();
    }
    auto version = db->queryInt("PRAGMA user_version");
    if (!version)
        return version.error();
    report.schemaVersion = static_cast<int>(*version);
    auto chain = verifyChain(*db);
    if (!chain)
        return chain.error();
    report.chain = std::move(*chain);
    // Schema 1 did not log every file setting; migration 2 logs them as a baseline.
    Findings findings;
    auto schema = compareWithPinnedSchema(*db, report.schemaVersion);
    if (!schema)
        return schema.error();
    for (auto& difference : *schema)
        findings.add(std::move(difference));
    auto m = methodology();
    if (!m)
        findings.add("The risk methodology cannot be read: " + m.error().message);
    if (auto r = compareWithHistory(*db, *catalogue, report.schemaVersion < 2, findings, m ? *m : nullptr); !r)
        return r.error();
    if (auto r = checkAnnexACatalogue(records, *catalogue, findings); !r)
        return r.error();
    report.problems = findings.messages();
    report.problemCount = findings.count();
    return report;
}

Result<void> IsmsFile::Impl::saveCopy(const std::filesystem::path& target)
{
    std::error_code ec;
    if (std::filesystem::exists(target, ec))
        return messages::alreadyExists(target);
    return saveCopyInto(target);
}

Result<void> IsmsFile::Impl::saveCopyInto(const std::filesystem::path& target)
{
    auto s = db->prepare("VACUUM INTO ?");
    if (!s)
        return s.error();
    s->bind(1, target.string());
    if (auto r = s->run(); !r)
        return makeError(ErrorCode::Io, "Could not write the copy \"" + target.string() + "\": " + r.error().message);
    return {};
}

} // namespace isms::storage
