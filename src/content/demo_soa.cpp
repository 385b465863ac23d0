// The Statement of Applicability: a decision for every Annex A control. Deliberately imperfect
// so the SoA rules show something: A.7.8 and A.8.30 are excluded although risks use them, three
// controls are still undecided and one applicable control lacks its justification.
#include "content/demo_parts.h"

#include "content/reference_data.h"

namespace isms::content::demo {

namespace {

struct Exclusion {
    const char* id;
    const char* justification;
};

const Exclusion kExcluded[] = {
    {"A.7.6", "No secure areas: production runs in the cloud provider's data centres, covered by "
              "its certification."},
    {"A.7.8", "No equipment of our own is sited outside the offices' standard furniture; judged "
              "not relevant."},
    {"A.8.30", "All development is done by our own staff; no development is outsourced."},
};
const char* const kUndecided[] = {"A.5.6", "A.8.11", "A.7.14"};
const char* const kWithoutJustification[] = {"A.5.11"};
const char* const kLegal[] = {"A.5.31", "A.5.32", "A.5.33", "A.5.34", "A.6.6"};
const char* const kPartial[] = {"A.5.7", "A.8.12", "A.8.16", "A.5.23", "A.8.28", "A.5.30"};
const char* const kPlanned[] = {"A.8.4", "A.8.31", "A.5.21"};

template <class List>
bool listed(const List& list, const std::string& id)
{
    for (const auto& entry : list)
        if (id == entry)
            return true;
    return false;
}

const char* excludedBecause(const std::string& id)
{
    for (const auto& e : kExcluded)
        if (id == e.id)
            return e.justification;
    return nullptr;
}

const char* ownerFor(const std::string& theme, std::size_t index)
{
    if (theme == "people")
        return "hr";
    if (theme == "physical")
        return "facilities";
    if (theme == "technological") {
        static const char* const rota[] = {"ops", "sec", "dev", "it"};
        return rota[index % 4];
    }
    return index % 3 == 0 ? "qa" : "ciso";
}

} // namespace

void addStatementOfApplicability(RecordWriter& w, Ids& ids)
{
    const auto& controls = annexAControls();
    for (std::size_t n = 0; n < controls.size(); ++n) {
        const auto& control = controls[n];
        const std::string& id = control.id;
        if (listed(kUndecided, id))
            continue;  // left as the template made it
        if (const char* why = excludedBecause(id)) {
            w.update(reg::controls, ids.controls.at(id),
                     {{"applicable", "no"}, {"justification", why},
                      {"owner", FieldValue(ids.people.at("ciso"))}});
            continue;
        }
        const bool risk = ids.controlsTreatingRisks.count(id) > 0;
        const bool legal = listed(kLegal, id);
        const bool contractual = control.theme == "organizational" && n % 4 == 0;
        const bool business = !risk && !legal && !contractual;
        std::string justification;
        if (!listed(kWithoutJustification, id)) {
            justification = risk ? "Treats the risks linked to it in the risk register."
                                 : "Part of our baseline of good practice for a payroll processor.";
            if (legal)
                justification += " Required by data protection and employment law.";
            if (contractual)
                justification += " Customers' contracts ask for it explicitly.";
        }
        const char* implementation = listed(kPartial, id) ? "partial"
            : listed(kPlanned, id)                         ? "planned"
                                                           : "implemented";
        w.update(reg::controls, ids.controls.at(id),
                 {{"applicable", "yes"}, {"reason_risk", risk}, {"reason_legal", legal},
                  {"reason_contractual", contractual}, {"reason_business", business},
                  {"justification", justification}, {"implementation", implementation},
                  {"owner", FieldValue(ids.people.at(ownerFor(control.theme, n)))},
                  {"description", std::string("See the ") + control.title
                                      + " section of the control handbook."}});
    }
    w.link("control_documents", ids.controls.at("A.5.1"), ids.documents.at("policy"));
    w.link("control_documents", ids.controls.at("A.5.15"), ids.documents.at("access"));
    w.link("control_documents", ids.controls.at("A.5.18"), ids.documents.at("access"));
    w.link("control_documents", ids.controls.at("A.5.24"), ids.documents.at("incident"));
    w.link("control_documents", ids.controls.at("A.5.26"), ids.documents.at("incident"));
    w.link("control_documents", ids.controls.at("A.6.7"), ids.documents.at("remote"));
    w.link("control_documents", ids.controls.at("A.8.13"), ids.documents.at("backup"));
    w.link("control_documents", ids.controls.at("A.5.19"), ids.documents.at("supplier"));
    w.link("control_documents", ids.controls.at("A.5.30"), ids.documents.at("bcp"));
    w.link("control_documents", ids.controls.at("A.5.10"), ids.documents.at("acceptable"));
}

} // namespace isms::content::demo
