#pragma once
// Builds small IsmsData fixtures in code: records by field key, links by id.

#include "domain/annex_a.h"
#include "domain/isms_data.h"

#include <cstdint>
#include <initializer_list>
#include <stdexcept>
#include <string>

namespace isms::test {

// One field value; the constructors keep a string literal from turning into a bool.
struct F {
    std::string key;
    Value value;
    F(std::string k, const char* s) : key(std::move(k)), value(std::string(s)) {}
    F(std::string k, std::string s) : key(std::move(k)), value(std::move(s)) {}
    F(std::string k, int i) : key(std::move(k)), value(std::int64_t{i}) {}
    F(std::string k, std::int64_t i) : key(std::move(k)), value(i) {}
    F(std::string k, double d) : key(std::move(k)), value(d) {}
    F(std::string k, bool b) : key(std::move(k)), value(b) {}
    F(std::string k, Date d) : key(std::move(k)), value(d) {}
};

inline Date day(const char* iso)
{
    const auto d = Date::parse(iso);
    if (!d)
        throw std::invalid_argument(std::string("bad test date ") + iso);
    return *d;
}

class Fixture {
public:
    IsmsData data;

    Fixture() { data.methodology = Methodology::preset5x5(); }

    // Adds a record and returns its id (ids are unique across the whole fixture).
    RecordId add(std::string_view registerKey, std::string ref, std::initializer_list<F> fields,
                 std::string updatedAt = "2026-01-01T09:00:00.000Z")
    {
        const RegisterDef& def = data.def(registerKey);
        Record r = Record::blank(def);
        r.id = ++m_nextId;
        r.ref = std::move(ref);
        r.createdAt = "2026-01-01T09:00:00.000Z";
        r.updatedAt = std::move(updatedAt);
        for (const auto& f : fields)
            r.set(def, f.key, f.value);
        data.records[std::string(registerKey)].push_back(std::move(r));
        return m_nextId;
    }

    Record& get(std::string_view registerKey, RecordId id)
    {
        for (auto& r : data.records.find(registerKey)->second)
            if (r.id == id)
                return r;
        throw std::invalid_argument("no such test record");
    }

    void link(std::string linkKey, RecordId from, RecordId to)
    {
        const LinkDef& def = data.catalogue->link(linkKey);
        data.links.push_back(Link{std::move(linkKey), def.from, from, def.to, to});
    }

    // The 93 Annex A controls, all applicable for a business reason, as a complete SoA.
    void completeSoa()
    {
        for (const auto& control : annexAControls())
            add("controls", control.id,
                {F("title", control.title), F("theme", control.theme),
                 F("applicable", "yes"), F("reason_business", true),
                 F("implementation", "implemented")});
    }

private:
    RecordId m_nextId = 0;
};

} // namespace isms::test
