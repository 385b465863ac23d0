#include "storage/link_store.h"

#include "storage/sqlite.h"

namespace isms::storage {

namespace {

constexpr const char* kSelect = "SELECT link, from_register, from_id, to_register, to_id FROM links";

void bindLink(sql::Statement& s, const Link& l)
{
    s.bind(1, l.fromRegister);
    s.bind(2, l.fromId);
    s.bind(3, l.link);
    s.bind(4, l.toRegister);
    s.bind(5, l.toId);
}

Result<std::vector<Link>> readLinks(sql::Statement& s, std::size_t expected = 0)
{
    std::vector<Link> links;
    links.reserve(expected);
    auto read = s.eachRow([&](sql::Statement& st) {
        links.push_back({st.columnText(0), st.columnText(1), st.columnInt(2), st.columnText(3), st.columnInt(4)});
    });
    if (!read)
        return read.error();
    return links;
}

} // namespace

Result<bool> insertLink(sql::Connection& db, const Link& link)
{
    auto s = db.cached("INSERT OR IGNORE INTO links (from_register, from_id, link, to_register, to_id) "
                       "VALUES (?, ?, ?, ?, ?)");
    if (!s)
        return s.error();
    bindLink(**s, link);
    if (auto r = (*s)->run(); !r)
        return r.error();
    return db.changes() > 0;
}

Result<bool> deleteLink(sql::Connection& db, const Link& link)
{
    auto s = db.cached("DELETE FROM links WHERE from_register = ? AND from_id = ? AND link = ? AND "
                       "to_register = ? AND to_id = ?");
    if (!s)
        return s.error();
    bindLink(**s, link);
    if (auto r = (*s)->run(); !r)
        return r.error();
    return db.changes() > 0;
}

Result<std::vector<Link>> linksOfRecord(sql::Connection& db, const std::string& registerKey, RecordId id)
{
    auto s = db.cached(std::string(kSelect)
                       + " WHERE from_register = ?1 AND from_id = ?2 UNION ALL " + kSelect
                       + " WHERE to_register = ?1 AND to_id = ?2 AND NOT (from_register = ?1 AND "
                         "from_id = ?2) ORDER BY 1, 2, 3, 4, 5");
    if (!s)
        return s.error();
    (*s)->bind(1, registerKey);
    (*s)->bind(2, id);
    return readLinks(**s);
}

Result<std::vector<Link>> linksOfType(sql::Connection& db, const std::string& linkKey)
{
    auto s = db.cached(std::string(kSelect) + " WHERE link = ? ORDER BY from_register, from_id, to_register, to_id");
    if (!s)
        return s.error();
    (*s)->bind(1, linkKey);
    return readLinks(**s);
}

Result<std::vector<Link>> allLinkRows(sql::Connection& db)
{
    // Counted first: growing a vector of tens of thousands of links costs more than the count.
    auto count = db.queryInt("SELECT count(*) FROM links");
    if (!count)
        return count.error();
    auto s = db.cached(std::string(kSelect) + " ORDER BY link, from_register, from_id, to_register, to_id");
    if (!s)
        return s.error();
    return readLinks(**s, static_cast<std::size_t>(*count));
}

} // namespace isms::storage
