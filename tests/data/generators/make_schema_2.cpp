// Made tests/data/schema-2.isms with the schema-2 code (commit d7d9c2e, before issue 8), kept
// to say how: it is not built with the project (the current code writes a newer schema).
//
//   ismsctl new --org "Sample Planning Ltd" --author "Sam Sample" schema-2.isms
//   g++ -std=c++20 -I src -I build-nogui/src make_schema_2.cpp build-nogui/src/storage/libisms_storage.a \
//       build-nogui/src/domain/libisms_domain.a -lsqlite3 -lsodium -lspdlog -lfmt && ./a.out schema-2.isms
//   sqlite3 schema-2.isms "PRAGMA journal_mode = DELETE; VACUUM"
//
// The risks' planned_controls text is what migration 3 turns into links and a note.
#include "storage/isms_file.h"
#include "domain/clock.h"

#include <cstdio>

using namespace isms;
using namespace isms::storage;

static void need(bool ok, const char* what)
{
    if (!ok) {
        std::fprintf(stderr, "failed: %s\n", what);
        std::exit(1);
    }
}

int main(int argc, char** argv)
{
    if (argc != 2)
        return 2;
    SystemClock clock;
    OpenOptions options;
    auto opened = IsmsFile::open(argv[1], options, clock);
    need(opened.ok(), "open");
    auto& file = **opened;
    file.setAuthor("Sam Sample");
    const auto& cat = file.catalogue();
    const auto& risks = cat.get("risks");
    const auto& controls = cat.get("controls");
    auto controlId = [&](const char* ref) {
        auto found = file.findByRef(controls, ref);
        need(found.ok() && found->has_value(), ref);
        return (*found)->id;
    };
    auto risk = [&](const char* title, const char* planned) {
        Record r = Record::blank(risks);
        r.set(risks, "title", std::string(title));
        r.set(risks, "kind", std::string("risk"));
        if (*planned)
            r.set(risks, "planned_controls", std::string(planned));
        auto stored = file.insert(risks, r);
        need(stored.ok(), title);
        return *stored;
    };
    // Ids and free text; A.8.2 is linked already, so the migration must not link it twice.
    Record phishing = risk("Phishing of finance staff", "A.5.15, A.8.2 and also MFA rollout");
    need(file.link(cat.link("risk_controls"), phishing.id, "controls", controlId("A.8.2")).ok(), "link");
    // Only ids, written the way the demo wrote them: no note is needed.
    risk("Lost laptop with customer data", "Annex A A.5.10 A.8.1 A.6.3");
    // Only free text.
    risk("Supplier outage", "Second supplier for hosting; exit plan");
    // Nothing planned.
    risk("Office flood", "");
    // An id that is not an Annex A control stays text; A.8.5 becomes a link. Edited once.
    Record access = risk("Shared admin accounts", "A.8.5");
    access.set(risks, "planned_controls", std::string("A.8.5 and A.5.99 (our own numbering)"));
    need(file.update(risks, access).ok(), "update");
    // A deleted risk whose text is only history.
    Record gone = risk("Duplicate entry", "A.5.1");
    need(file.remove(risks, gone.id).ok(), "remove");
    return 0;
}
