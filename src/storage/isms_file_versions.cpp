// Assessment runs (8.2) and SoA versions (6.1.3 d) of an open file: recording them in one
// transaction each, logged, and reading them back (version_store.h holds the SQL).

#include "storage/isms_file_impl.h"
#include "storage/json.h"
#include "storage/snapshot_store.h"
#include "storage/version_store.h"

#include <algorithm>

namespace isms::storage {

namespace {

Error notSchema4(const char* what)
{
    return makeError(ErrorCode::ReadOnly, std::string("This file was made before ") + what
                                              + " were kept (schema 3): open it for editing once to upgrade it.");
}

} // namespace

Result<AssessmentRun> IsmsFile::Impl::recordAssessment(const AssessmentRequest& request)
{
    if (request.trigger != "planned" && request.trigger != "change")
        return makeError(ErrorCode::Invalid, "The trigger \"" + request.trigger
                                                 + "\" is not one of planned (the planned interval) or change (a significant change).");
    const RegisterDef& people = catalogue->get(reg::people);
    if (request.performedBy != 0) {
        auto person = records.find(people, request.performedBy);
        if (!person)
            return person.error();
        if (!*person)
            return makeError(ErrorCode::NotFound, "The person who performed the assessment is not in the people register.");
    }
    std::optional<AssessmentRun> made;
    auto done = write<void>([&]() -> Result<void> {
        const RegisterDef& assessments = catalogue->get(reg::assessments);
        const Date today = clock->today();
        Record record = Record::blank(assessments);
        record.set(assessments, "title", request.title.empty() ? "Risk assessment " + today.toIso() : request.title);
        record.set(assessments, "date", today);
        record.set(assessments, "trigger", request.trigger);
        if (!request.note.empty())
            record.set(assessments, "notes", request.note);
        if (request.performedBy != 0)
            record.set(assessments, "performed_by", static_cast<std::int64_t>(request.performedBy));
        auto stored = insert(assessments, std::move(record));
        if (!stored)
            return stored.error();
        if (auto r = snapshotRisks(stored->id); !r)
            return r;
        auto run = assessmentRun(stored->id);
        if (!run)
            return run.error();
        made = std::move(*run);
        return {};
    });
    if (!done)
        return done.error();
    return std::move(*made);
}

Result<std::vector<AssessmentRun>> IsmsFile::Impl::assessmentRuns()
{
    std::vector<AssessmentRun> runs;
    auto kept = keptMethodologies(*db);
    if (!kept)
        return kept.error();
    auto sizes = snapshotSizes(*db);
    if (!sizes)
        return sizes.error();
    const RegisterDef& assessments = catalogue->get(reg::assessments);
    for (const auto& [id, json] : *kept) {
        auto record = records.find(assessments, id);
        if (!record)
            return record.error();
        if (!*record)
            continue;  // the assessments record was removed: its run goes with it
        const Record& r = **record;
        AssessmentRun run;
        run.id = id;
        run.ref = r.ref;
        run.title = r.text(assessments, "title");
        run.date = r.date(assessments, "date");
        run.trigger = r.text(assessments, "trigger");
        run.note = r.text(assessments, "notes");
        run.methodologyKept = true;
        for (const auto& [sid, size] : *sizes)
            if (sid == id)
                run.riskCount = static_cast<std::size_t>(size);
        runs.push_back(std::move(run));
    }
    sortRuns(runs);
    return runs;
}

Result<AssessmentRun> IsmsFile::Impl::assessmentRun(RecordId assessmentId)
{
    const RegisterDef& assessments = catalogue->get(reg::assessments);
    auto record = get(assessments, assessmentId);
    if (!record)
        return record.error();
    AssessmentRun run;
    run.id = assessmentId;
    run.ref = record->ref;
    run.title = record->text(assessments, "title");
    run.date = record->date(assessments, "date");
    run.trigger = record->text(assessments, "trigger");
    run.note = record->text(assessments, "notes");
    auto json = keptMethodologyJson(*db, assessmentId);
    if (!json)
        return json.error();
    if (*json) {
        auto method = methodologyFromJson(*db, **json);
        if (!method)
            return method.error();
        run.methodology = std::move(*method);
        run.methodologyKept = true;
    }
    auto rows = readSnapshot(*db, assessmentId);
    if (!rows)
        return rows.error();
    run.risks = std::move(*rows);
    run.riskCount = run.risks.size();
    return run;
}

Result<SoaVersion> IsmsFile::Impl::approveSoaVersion(const SoaApprovalRequest& request)
{
    if (auto r = requireWritable(); !r)
        return r.error();
    const RegisterDef& people = catalogue->get(reg::people);
    if (request.approverId == 0)
        return makeError(ErrorCode::Invalid, "Say who approves the SoA: a person of the people register.");
    auto approver = records.find(people, request.approverId);
    if (!approver)
        return approver.error();
    if (!*approver)
        return makeError(ErrorCode::NotFound, "The approver is not in the people register: add them there first.");
    std::optional<SoaVersion> made;
    auto done = write<void>([&]() -> Result<void> {
        auto has = hasTable(*db, "soa_versions");
        if (!has)
            return has.error();
        if (!*has)
            return notSchema4("SoA versions");
        auto existing = readSoaVersions(*db);
        if (!existing)
            return existing.error();
        auto data = loadAll();
        if (!data)
            return data.error();
        SoaVersion v;
        v.number = existing->empty() ? 1 : existing->back().number + 1;
        v.approvedAt = clock->nowUtc();
        v.approvedById = request.approverId;
        v.approvedByName = (*approver)->text(people, people.titleField);
        v.note = request.note;
        v.controls = freezeSoa(*data);
        v.controlCount = v.controls.size();
        v.undecided = undecidedControls(v.controls);
        if (auto r = insertSoaVersion(*db, v); !r)
            return broken(r.error());
        if (auto e = logChange({"soa_version", "", 0, "SoA v" + std::to_string(v.number), "", soaVersionJson(v)},
                               v.approvedAt);
            !e)
            return e.error();
        changed(Change::Kind::Info, "", 0);
        made = std::move(v);
        return {};
    });
    if (!done)
        return done.error();
    return std::move(*made);
}

Result<std::vector<SoaVersion>> IsmsFile::Impl::soaVersions()
{
    return readSoaVersions(*db);
}

Result<SoaVersion> IsmsFile::Impl::soaVersion(int number)
{
    auto all = readSoaVersions(*db);
    if (!all)
        return all.error();
    const auto it = std::find_if(all->begin(), all->end(), [&](const SoaVersion& v) { return v.number == number; });
    if (it == all->end())
        return makeError(ErrorCode::NotFound, "There is no SoA version " + std::to_string(number) + ".");
    SoaVersion v = std::move(*it);
    auto controls = readSoaVersionControls(*db, number);
    if (!controls)
        return controls.error();
    v.controls = std::move(*controls);
    return v;
}

} // namespace isms::storage
