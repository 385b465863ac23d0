// Risk-owner approvals of an open file (schema 4): checked, snapshotted, hashed, stored, logged.

#include "domain/approval_status.h"
#include "storage/approval_store.h"
#include "storage/isms_file_impl.h"
#include "storage/json.h"
#include "storage/link_store.h"
#include "storage/sha256.h"
#include "storage/sqlite.h"

namespace isms::storage {

namespace {

// The risk as approved: its ref, every field (empty ones as null) and its treating controls with
// their refs and titles, so the approval reads on its own even after the controls change.
std::string riskSnapshot(const RegisterDef& risks, const Record& risk, const std::vector<Record>& controls,
                         const RegisterDef& controlDef)
{
    JsonObject fields;
    for (std::size_t i = 0; i < risks.fields.size(); ++i)
        fields.add(risks.fields[i].key, risk.values[i]);
    std::string list = "[";
    for (std::size_t i = 0; i < controls.size(); ++i) {
        if (i)
            list += ",";
        list += JsonObject()
                    .add("id", controls[i].id)
                    .add("ref", controls[i].ref)
                    .add("title", controls[i].text(controlDef, controlDef.titleField))
                    .str();
    }
    list += "]";
    return JsonObject().add("ref", risk.ref).addRaw("fields", fields.str()).addRaw("treating_controls", list).str();
}

} // namespace

Result<RiskApproval> IsmsFile::Impl::approveRisk(const ApprovalRequest& request)
{
    if (auto r = requireWritable(); !r)
        return r.error();
    auto has = hasApprovalTable(*db);
    if (!has)
        return has.error();
    if (!*has)
        return makeError(ErrorCode::ReadOnly, "This file's schema predates risk approvals; open it for editing to "
                                              "upgrade it first.");
    const Message problem = approvalProblem(request.rationale, request.expiresOn, clock->today());
    if (!problem.empty())
        return makeError(ErrorCode::Invalid, english(problem));
    return write<RiskApproval>([&]() -> Result<RiskApproval> {
        const RegisterDef& risks = catalogue->get(reg::risks);
        const RegisterDef& people = catalogue->get(reg::people);
        const RegisterDef& controls = catalogue->get(reg::controls);
        auto risk = get(risks, request.riskId);
        if (!risk)
            return risk.error();
        auto person = records.find(people, request.approverId);
        if (!person)
            return person.error();
        if (!*person)
            return makeError(ErrorCode::Invalid, "Only a person of the people register can approve a risk's treatment; "
                                                 "the approver given (id " + std::to_string(request.approverId)
                                                     + ") is not one. Add them to the people register first.");
        auto links = linksOfRecord(*db, risks.key, risk->id);
        if (!links)
            return links.error();
        std::vector<RecordId> controlIds;
        for (const Link& l : *links)
            if (l.link == "risk_controls" && l.fromId == risk->id && l.fromRegister == risks.key)
                controlIds.push_back(l.toId);
        RiskApproval a;
        a.riskId = risk->id;
        a.approverId = (*person)->id;
        const std::string name = (*person)->text(people, people.titleField);
        a.approver = name.empty() ? (*person)->ref : (*person)->ref + " " + name;
        a.approvedAt = clock->nowUtc();
        a.rationale = request.rationale;
        a.expiresOn = request.expiresOn;
        a.state = approvedStateOf(risks, *risk, controlIds);
        std::vector<Record> treating;
        for (RecordId id : a.state.treatingControls)
            if (auto c = records.find(controls, id); c && *c)
                treating.push_back(std::move(**c));
        a.snapshot = riskSnapshot(risks, *risk, treating, controls);
        a.snapshotSha256 = sha256Hex(a.snapshot);
        a.recordedBy = author;
        auto id = insertApproval(*db, a);
        if (!id)
            return broken(id.error());
        a.id = *id;
        if (auto e = logChange({"approve", risks.key, risk->id, risk->ref, "", approvalJson(a)}, a.approvedAt); !e)
            return e.error();
        changed(Change::Kind::Approvals, risks.key, risk->id);
        return a;
    });
}

Result<void> IsmsFile::Impl::withdrawApproval(std::int64_t approvalId)
{
    return write<void>([&]() -> Result<void> {
        auto found = findApproval(*db, approvalId);
        if (!found)
            return found.error();
        if (!*found)
            return makeError(ErrorCode::NotFound, "The approval " + std::to_string(approvalId)
                                                      + " does not exist (it may have been withdrawn).");
        const RiskApproval& a = **found;
        std::string ref;
        if (auto risk = records.find(catalogue->get(reg::risks), a.riskId); risk && *risk)
            ref = (*risk)->ref;
        if (auto r = deleteApproval(*db, approvalId); !r)
            return broken(r.error());
        if (auto e = logChange({"withdraw", std::string(reg::risks), a.riskId, ref, approvalJson(a), ""}); !e)
            return e.error();
        changed(Change::Kind::Approvals, std::string(reg::risks), a.riskId);
        return {};
    });
}

Result<std::vector<RiskApproval>> IsmsFile::Impl::approvals(RecordId riskId)
{
    return readApprovals(*db, riskId);
}

Result<std::map<RecordId, std::string>> IsmsFile::Impl::residualAssessments(RecordId riskId)
{
    // instr over the risks' entries only (the (register, record_id) index): the fields are the
    // keys of the entry's JSON, quoted, so "residual_level" (set by a methodology change) does
    // not count.
    auto s = db->prepare(std::string("SELECT record_id, max(at) FROM change_log WHERE register = 'risks'")
                         + (riskId ? " AND record_id = ?" : "")
                         + " AND action IN ('insert', 'update') AND (instr(after, '\"residual_likelihood\":') > 0 OR "
                           "instr(after, '\"residual_impact\":') > 0) GROUP BY record_id");
    if (!s)
        return s.error();
    if (riskId)
        s->bind(1, riskId);
    std::map<RecordId, std::string> at;
    if (auto r = s->eachRow([&](const sql::Statement& st) { at.emplace(st.columnInt(0), st.columnText(1)); }); !r)
        return r.error();
    return at;
}

} // namespace isms::storage
