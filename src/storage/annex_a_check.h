#pragma once
// check()'s look at the Annex A catalogue: every control the standard lists is in the file with
// its title and theme (domain/annex_a.h). Catches what the replay cannot, e.g. a control deleted
// through the program before deletion was refused, or a history rewritten consistently.

#include "domain/catalogue.h"
#include "domain/result.h"

namespace isms::storage {

class Findings;
class RecordRepository;

Result<void> checkAnnexACatalogue(RecordRepository& records, const Catalogue& catalogue, Findings& findings);

} // namespace isms::storage
