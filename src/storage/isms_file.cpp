// The public face of an .isms file: forwards to IsmsFile::Impl, whose parts live in
// isms_file_*.cpp (open, transaction, records, relations, info) and audit_copy.cpp.

#include "storage/isms_file.h"

#include "storage/attachment_store.h"
#include "storage/change_log.h"
#include "storage/file_messages.h"
#include "storage/isms_file_impl.h"
#include "storage/link_store.h"

namespace isms::storage {

IsmsFile::IsmsFile(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
IsmsFile::~IsmsFile() = default;

Result<std::unique_ptr<IsmsFile>> IsmsFile::create(const std::filesystem::path& path,
                                                   const CreateOptions& options, const Clock& clock)
{
    auto impl = Impl::create(path, options, clock);
    if (!impl)
        return impl.error();
    return std::unique_ptr<IsmsFile>(new IsmsFile(std::move(*impl)));
}

Result<std::unique_ptr<IsmsFile>> IsmsFile::open(const std::filesystem::path& path,
                                                 const OpenOptions& options, const Clock& clock)
{
    auto impl = Impl::open(path, options, clock);
    if (!impl)
        return impl.error();
    return std::unique_ptr<IsmsFile>(new IsmsFile(std::move(*impl)));
}

const std::filesystem::path& IsmsFile::path() const { return m_impl->path; }
bool IsmsFile::readOnly() const { return m_impl->mode == OpenMode::ReadOnly; }
const Catalogue& IsmsFile::catalogue() const { return *m_impl->catalogue; }
const Clock& IsmsFile::clock() const { return *m_impl->clock; }
FileInfo IsmsFile::info() const { return m_impl->info(); }
void IsmsFile::setAuthor(std::string author) { m_impl->author = std::move(author); }
const std::string& IsmsFile::author() const { return m_impl->author; }
Result<void> IsmsFile::setOrganisation(const std::string& name) { return m_impl->setOrganisation(name); }

std::shared_future<Result<void>> IsmsFile::integrityVerdict() const
{
    if (m_impl->integrity.valid())
        return m_impl->integrity;
    std::promise<Result<void>> checked;
    checked.set_value(Result<void>{});
    return checked.get_future().share();
}

Result<std::unique_ptr<IsmsFile>> IsmsFile::openParallelReader()
{
    auto reader = m_impl->openParallelReader();
    if (!reader)
        return reader.error();
    return std::unique_ptr<IsmsFile>(new IsmsFile(std::move(*reader)));
}

Result<Record> IsmsFile::get(const RegisterDef& reg, RecordId id) const { return m_impl->get(reg, id); }

Result<std::optional<Record>> IsmsFile::findByRef(const RegisterDef& reg, const std::string& ref) const
{
    return m_impl->records.findByRef(reg, ref);
}

Result<std::vector<Record>> IsmsFile::list(const RegisterDef& reg, const Query& query) const
{
    return m_impl->records.list(reg, query);
}

Result<std::vector<Record>> IsmsFile::getMany(const RegisterDef& reg, const std::vector<RecordId>& ids) const
{
    return m_impl->records.getMany(reg, ids);
}

Result<std::vector<RecordId>> IsmsFile::listIds(const RegisterDef& reg, const Query& query) const
{
    return m_impl->records.listIds(reg, query);
}

Result<std::int64_t> IsmsFile::count(const RegisterDef& reg, const Query& query) const
{
    return m_impl->records.count(reg, query);
}

Result<Record> IsmsFile::insert(const RegisterDef& reg, Record record) { return m_impl->insert(reg, std::move(record)); }
Result<Record> IsmsFile::update(const RegisterDef& reg, const Record& record) { return m_impl->update(reg, record); }
Result<Removed> IsmsFile::remove(const RegisterDef& reg, RecordId id) { return m_impl->remove(reg, id); }
Result<Record> IsmsFile::restore(const RegisterDef& reg, const Removed& removed) { return m_impl->restore(reg, removed); }
Result<std::string> IsmsFile::nextRef(const RegisterDef& reg) const { return m_impl->records.nextRef(reg); }

Result<void> IsmsFile::link(const LinkDef& link, RecordId fromId, const std::string& toRegister, RecordId toId)
{
    return m_impl->link(link, fromId, toRegister, toId);
}

Result<void> IsmsFile::unlink(const LinkDef& link, RecordId fromId, const std::string& toRegister, RecordId toId)
{
    return m_impl->unlink(link, fromId, toRegister, toId);
}

Result<std::vector<LinkRow>> IsmsFile::links(const std::string& registerKey, RecordId id) const
{
    return linksOfRecord(*m_impl->db, registerKey, id);
}

Result<std::vector<LinkRow>> IsmsFile::allLinks(const LinkDef& link) const { return linksOfType(*m_impl->db, link.key); }

Result<IsmsData> IsmsFile::loadAll() const { return m_impl->loadAll(); }

Result<Methodology> IsmsFile::methodology() const
{
    auto m = m_impl->methodology();
    if (!m)
        return m.error();
    return **m;
}
Result<void> IsmsFile::setMethodology(const Methodology& methodology) { return m_impl->setMethodology(methodology); }

Result<void> IsmsFile::snapshotRisks(RecordId assessmentId) { return m_impl->snapshotRisks(assessmentId); }
Result<std::vector<SnapshotRow>> IsmsFile::snapshot(RecordId assessmentId) const { return m_impl->snapshot(assessmentId); }
Result<AssessmentRun> IsmsFile::recordAssessment(const AssessmentRequest& request) { return m_impl->recordAssessment(request); }
Result<std::vector<AssessmentRun>> IsmsFile::assessmentRuns() const { return m_impl->assessmentRuns(); }
Result<AssessmentRun> IsmsFile::assessmentRun(RecordId assessmentId) const { return m_impl->assessmentRun(assessmentId); }
Result<SoaVersion> IsmsFile::approveSoaVersion(const SoaApprovalRequest& request) { return m_impl->approveSoaVersion(request); }
Result<std::vector<SoaVersion>> IsmsFile::soaVersions() const { return m_impl->soaVersions(); }
Result<SoaVersion> IsmsFile::soaVersion(int number) const { return m_impl->soaVersion(number); }

Result<RiskApproval> IsmsFile::approveRisk(const ApprovalRequest& request) { return m_impl->approveRisk(request); }
Result<void> IsmsFile::withdrawApproval(std::int64_t approvalId) { return m_impl->withdrawApproval(approvalId); }
Result<std::vector<RiskApproval>> IsmsFile::approvals(RecordId riskId) const { return m_impl->approvals(riskId); }
Result<std::map<RecordId, std::string>> IsmsFile::residualAssessments(RecordId riskId) const
{
    return m_impl->residualAssessments(riskId);
}

Result<Attachment> IsmsFile::attach(const std::string& registerKey, RecordId recordId, const std::string& name,
                                    const std::string& mediaType, const std::vector<std::byte>& content)
{
    return m_impl->attach(registerKey, recordId, name, mediaType, content);
}

Result<std::vector<Attachment>> IsmsFile::attachments(const std::string& registerKey, RecordId recordId) const
{
    return attachmentsOf(*m_impl->db, registerKey, recordId);
}

Result<Attachment> IsmsFile::attachFile(const std::string& registerKey, RecordId recordId,
                                       const std::filesystem::path& source, const std::string& name,
                                       const std::string& mediaType)
{
    return m_impl->attachFile(registerKey, recordId, source, name, mediaType);
}

Result<void> IsmsFile::writeAttachmentContent(std::int64_t attachmentId, int fd) const
{
    return copyAttachmentContent(*m_impl->db, attachmentId, fd);
}

Result<std::vector<std::byte>> IsmsFile::attachmentContent(std::int64_t attachmentId) const
{
    auto content = readAttachmentContent(*m_impl->db, attachmentId);
    if (!content)
        return content.error();
    if (!*content)
        return makeError(ErrorCode::NotFound, "The attachment " + std::to_string(attachmentId) + " does not exist.");
    return std::move(**content);
}

Result<void> IsmsFile::detach(std::int64_t attachmentId) { return m_impl->detach(attachmentId); }

Result<std::vector<ChangeEntry>> IsmsFile::history(const std::string& registerKey, RecordId recordId,
                                                   std::int64_t limit) const
{
    return readHistory(*m_impl->db, registerKey, recordId, limit);
}

Result<ChainReport> IsmsFile::verifyChangeLog() const { return verifyChain(*m_impl->db); }
Result<HealthReport> IsmsFile::check() const { return m_impl->check(); }

Result<void> IsmsFile::transaction(const std::function<Result<void>()>& work)
{
    return m_impl->transaction(work);
}

void IsmsFile::setObserver(std::function<void(const std::vector<Change>&)> observer)
{
    m_impl->observer = std::move(observer);
}

Result<void> IsmsFile::saveCopy(const std::filesystem::path& target) const { return m_impl->saveCopy(target); }

} // namespace isms::storage
