#include "storage/annex_a_check.h"

#include "domain/annex_a.h"
#include "storage/history_replay.h"
#include "storage/record_repository.h"

namespace isms::storage {

Result<void> checkAnnexACatalogue(RecordRepository& records, const Catalogue& catalogue, Findings& findings)
{
    const RegisterDef* controls = catalogue.find(reg::controls);
    if (!controls)
        return {};
    auto list = records.list(*controls, Query{});
    if (!list)
        return list.error();
    for (auto& problem : annexACatalogueProblems(*controls, *list))
        findings.add(std::move(problem));
    return {};
}

} // namespace isms::storage
