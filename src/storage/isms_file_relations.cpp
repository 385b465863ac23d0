// Links, attachments, the methodology and assessment snapshots of an open file.

#include "domain/risk_levels.h"
#include "storage/attachment_store.h"
#include "storage/evidence_rules.h"
#include "storage/isms_file_impl.h"
#include "storage/json.h"
#include "storage/link_store.h"
#include "storage/methodology_store.h"
#include "storage/record_changes.h"
#include "storage/snapshot_store.h"
#include "storage/version_store.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace isms::storage {

namespace {

std::string attachmentJson(const Attachment& a)
{
    return JsonObject()
        .add("attachment_id", a.id)
        .add("name", a.name)
        .add("media_type", a.mediaType)
        .add("size", a.size)
        .add("sha256", a.sha256)
        .str();
}

} // namespace

// Checks both ends of a link and returns the refs of its two records.
static Result<std::pair<std::string, std::string>> linkEnds(IsmsFile::Impl& f, const LinkDef& def,
                                                            RecordId fromId, const std::string& toRegister,
                                                            RecordId toId)
{
    const LinkDef* known = f.catalogue->findLink(def.key);
    if (!known)
        return makeError(ErrorCode::Invalid, "There is no link called \"" + def.key + "\".");
    if (known->to != "*" && known->to != toRegister)
        return makeError(ErrorCode::Invalid, "A \"" + known->label + "\" link cannot point at the "
                                                 + toRegister + " register.");
    auto fromReg = f.registerOf(known->from);
    if (!fromReg)
        return fromReg.error();
    auto toReg = f.registerOf(toRegister);
    if (!toReg)
        return toReg.error();
    auto from = f.get(**fromReg, fromId);
    if (!from)
        return from.error();
    auto to = f.get(**toReg, toId);
    if (!to)
        return to.error();
    return std::pair{from->ref, to->ref};
}

Result<void> IsmsFile::Impl::link(const LinkDef& def, RecordId fromId, const std::string& toRegister, RecordId toId)
{
    return write<void>([&]() -> Result<void> {
        auto ends = linkEnds(*this, def, fromId, toRegister, toId);
        if (!ends)
            return ends.error();
        const Link l{def.key, catalogue->link(def.key).from, fromId, toRegister, toId};
        auto inserted = insertLink(*db, l);
        if (!inserted)
            return inserted.error();
        if (!*inserted)
            return makeError(ErrorCode::Conflict, ends->first + " is already linked to " + ends->second + ".");
        if (auto e = logChange({"link", l.fromRegister, fromId, ends->first, "", linkJson(l, ends->second)}); !e)
            return e.error();
        changed(Change::Kind::Linked, l.fromRegister, fromId);
        changed(Change::Kind::Linked, l.toRegister, toId);
        return {};
    });
}

Result<void> IsmsFile::Impl::unlink(const LinkDef& def, RecordId fromId, const std::string& toRegister, RecordId toId)
{
    return write<void>([&]() -> Result<void> {
        auto ends = linkEnds(*this, def, fromId, toRegister, toId);
        if (!ends)
            return ends.error();
        const Link l{def.key, catalogue->link(def.key).from, fromId, toRegister, toId};
        auto deleted = deleteLink(*db, l);
        if (!deleted)
            return deleted.error();
        if (!*deleted)
            return makeError(ErrorCode::NotFound, ends->first + " is not linked to " + ends->second + ".");
        if (auto e = logChange({"unlink", l.fromRegister, fromId, ends->first, linkJson(l, ends->second), ""}); !e)
            return e.error();
        changed(Change::Kind::Unlinked, l.fromRegister, fromId);
        changed(Change::Kind::Unlinked, l.toRegister, toId);
        return {};
    });
}

// The attachment row for `content` of `size` bytes, after the checks every attach makes.
static Result<Attachment> newAttachment(IsmsFile::Impl& f, const std::string& registerKey, RecordId recordId,
                                        const std::string& name, const std::string& mediaType,
                                        std::int64_t size, std::string& ref)
{
    auto reg = f.registerOf(registerKey);
    if (!reg)
        return reg.error();
    auto record = f.get(**reg, recordId);
    if (!record)
        return record.error();
    if (auto r = checkEvidenceName(name); !r)
        return r.error();
    if (auto r = checkEvidenceSize(size, name); !r)
        return r.error();
    ref = record->ref;
    Attachment a;
    a.registerKey = registerKey;
    a.recordId = recordId;
    a.name = name;
    a.mediaType = mediaType.empty() ? "application/octet-stream" : mediaType;
    a.addedAt = f.clock->nowUtc();
    a.addedBy = f.author;
    return a;
}

Result<Attachment> IsmsFile::Impl::attach(const std::string& registerKey, RecordId recordId,
                                          const std::string& name, const std::string& mediaType,
                                          const std::vector<std::byte>& content)
{
    return write<Attachment>([&]() -> Result<Attachment> {
        std::string ref;
        auto a = newAttachment(*this, registerKey, recordId, name, mediaType,
                               static_cast<std::int64_t>(content.size()), ref);
        if (!a)
            return a.error();
        auto stored = insertAttachment(*db, std::move(*a), content);
        if (!stored)
            return stored.error();
        if (auto e = logChange({"attach", registerKey, recordId, ref, "", attachmentJson(*stored)}); !e)
            return e.error();
        changed(Change::Kind::Attachments, registerKey, recordId);
        return stored;
    });
}

Result<Attachment> IsmsFile::Impl::attachFile(const std::string& registerKey, RecordId recordId,
                                              const std::filesystem::path& source, const std::string& name,
                                              const std::string& mediaType)
{
    if (auto r = requireWritable(); !r)
        return r.error();
    const int fd = ::open(source.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return makeError(ErrorCode::Io, "\"" + source.string() + "\" could not be read (" + std::strerror(errno)
                                            + "). Check that it exists and that you may read it.");
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        return makeError(ErrorCode::Invalid, "\"" + source.string() + "\" is not a regular file; only files "
                                                 "can be attached as evidence.");
    const std::string shownName = name.empty() ? source.filename().string() : name;
    return write<Attachment>([&]() -> Result<Attachment> {
        std::string ref;
        auto a = newAttachment(*this, registerKey, recordId, shownName, mediaType, st.st_size, ref);
        if (!a)
            return a.error();
        auto stored = insertAttachmentFrom(*db, std::move(*a), fd, st.st_size);
        if (!stored)
            return broken(stored.error());
        if (auto e = logChange({"attach", registerKey, recordId, ref, "", attachmentJson(*stored)}); !e)
            return e.error();
        changed(Change::Kind::Attachments, registerKey, recordId);
        return stored;
    });
}

Result<void> IsmsFile::Impl::detach(std::int64_t attachmentId)
{
    return write<void>([&]() -> Result<void> {
        auto found = findAttachment(*db, attachmentId);
        if (!found)
            return found.error();
        if (!*found)
            return makeError(ErrorCode::NotFound, "The attachment " + std::to_string(attachmentId)
                                                      + " does not exist (it may have been removed).");
        const Attachment& a = **found;
        std::string ref;
        if (auto reg = registerOf(a.registerKey))
            if (auto record = records.find(**reg, a.recordId); record && *record)
                ref = (*record)->ref;
        if (auto r = deleteAttachment(*db, attachmentId); !r)
            return r;
        if (auto e = logChange({"detach", a.registerKey, a.recordId, ref, attachmentJson(a), ""}); !e)
            return e.error();
        changed(Change::Kind::Attachments, a.registerKey, a.recordId);
        return {};
    });
}

Result<const Methodology*> IsmsFile::Impl::methodology()
{
    if (!methodologyCache) {
        auto loaded = loadMethodology(*db);
        if (!loaded)
            return loaded.error();
        methodologyCache = std::move(*loaded);
    }
    return &*methodologyCache;
}

Result<void> IsmsFile::Impl::setMethodology(const Methodology& next)
{
    if (auto r = requireWritable(); !r)
        return r;
    if (auto r = next.validate(); !r)
        return r;
    return write<void>([&]() -> Result<void> {
        auto old = methodology();
        if (!old)
            return old.error();
        const std::string before = methodologyJson(**old);
        if (auto r = saveMethodology(*db, next); !r)
            return broken(r.error());
        if (auto e = logChange({"methodology", "", 0, "", before, methodologyJson(next)}); !e)
            return e.error();
        methodologyCache = next;
        changed(Change::Kind::Methodology, "", 0);

        const RegisterDef& risks = catalogue->get(reg::risks);
        auto all = records.list(risks, Query{});
        if (!all)
            return broken(all.error());
        const std::string now = clock->nowUtc();
        for (const Record& before : *all) {
            Record after = before;
            applyRiskLevels(risks, after, next);
            const FieldDiff diff = diffRecords(risks, before, after);
            if (diff.empty)
                continue;
            after.updatedAt = now;
            after.updatedBy = author;
            if (auto r = records.update(risks, after); !r)
                return broken(r.error());
            if (auto e = logChange({"update", risks.key, after.id, after.ref, diff.before, diff.after}, now); !e)
                return e.error();
            changed(Change::Kind::Updated, risks.key, after.id);
        }
        return {};
    });
}

Result<void> IsmsFile::Impl::snapshotRisks(RecordId assessmentId)
{
    return write<void>([&]() -> Result<void> {
        const RegisterDef& assessments = catalogue->get(reg::assessments);
        auto assessment = get(assessments, assessmentId);
        if (!assessment)
            return assessment.error();
        auto method = methodology();
        if (!method)
            return method.error();
        const RegisterDef& risks = catalogue->get(reg::risks);
        auto all = records.list(risks, Query{});
        if (!all)
            return all.error();
        std::vector<SnapshotRow> rows;
        rows.reserve(all->size());
        for (const Record& r : *all) {
            auto level = [&](const char* key) { return static_cast<int>(r.integer(risks, key)); };
            rows.push_back({r.id, r.ref, r.text(risks, risks.titleField), level("inherent_likelihood"),
                            level("inherent_impact"), level("inherent_level"), level("residual_likelihood"),
                            level("residual_impact"), level("residual_level")});
        }
        if (auto r = replaceSnapshot(*db, assessmentId, rows); !r)
            return broken(r.error());
        // The method in force is kept with the run, so it is read with it after a change.
        const std::string kept = methodologyJson(**method);
        if (auto r = keepMethodology(*db, assessmentId, kept); !r)
            return broken(r.error());
        const std::string after = JsonObject()
                                      .add("snapshot_risks", static_cast<std::int64_t>(rows.size()))
                                      .add("snapshot_sha256", snapshotSha256(rows))
                                      .addRaw("methodology", kept)
                                      .str();
        if (auto e = logChange({"snapshot", assessments.key, assessmentId, assessment->ref, "", after}); !e)
            return e.error();
        changed(Change::Kind::Updated, assessments.key, assessmentId);
        return {};
    });
}

Result<std::vector<SnapshotRow>> IsmsFile::Impl::snapshot(RecordId assessmentId)
{
    return readSnapshot(*db, assessmentId);
}

} // namespace isms::storage
