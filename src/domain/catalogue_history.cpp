// The catalogue as older schemas had it, for files read as they are (audit copies are never
// migrated). Each entry undoes, on a copy of the standard catalogue, what a schema changed.

#include "catalogue.h"

#include <algorithm>

namespace isms {

namespace {

// Schema 3 removed the risks' "planned controls" text (now risk_controls links) and added
// "notes" (where the migration keeps any other text the field held).
Catalogue schema2()
{
    std::vector<RegisterDef> registers = Catalogue::standard().registers();
    for (auto& r : registers) {
        if (r.key != reg::risks)
            continue;
        std::erase_if(r.fields, [](const FieldDef& f) { return f.key == "notes"; });
        auto treatment = std::find_if(r.fields.begin(), r.fields.end(),
                                      [](const FieldDef& f) { return f.key == "treatment"; });
        FieldDef planned;
        planned.key = "planned_controls";
        planned.label = "Planned controls";
        planned.type = FieldType::LongText;
        r.fields.insert(treatment + 1, planned);
        r.retiredFields.clear();
    }
    return Catalogue(std::move(registers), Catalogue::standard().links());
}

} // namespace

const Catalogue& Catalogue::forSchema(int version)
{
    static const Catalogue two = schema2();
    return version <= 2 ? two : standard();
}

} // namespace isms
