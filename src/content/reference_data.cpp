#include "reference_data.h"

#include "content/csv.h"
#include "content/reference_data_text.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>

namespace isms::content {

namespace {

[[noreturn]] void brokenPackage(const std::string& what)
{
    std::fprintf(stderr, "ISMS Desk was built with broken reference data: %s\n", what.c_str());
    std::abort();
}

std::vector<CsvRow> bodyRows(const char* text, std::size_t columns, const char* name)
{
    auto rows = readCsv(text);
    if (!rows)
        brokenPackage(std::string(name) + ": " + rows.error().message);
    auto body = std::move(rows).value();
    if (body.empty())
        brokenPackage(std::string(name) + " is empty");
    body.erase(body.begin());  // the header
    for (const auto& row : body)
        if (row.cells.size() != columns)
            brokenPackage(std::string(name) + " line " + std::to_string(row.line) + " has "
                          + std::to_string(row.cells.size()) + " cells");
    return body;
}

} // namespace

const std::vector<ClauseRequirement>& clauseRequirements()
{
    static const std::vector<ClauseRequirement> clauses = [] {
        std::vector<ClauseRequirement> list;
        for (auto& row : bodyRows(kClausesCsv, 3, "clauses-4-10.csv"))
            list.push_back({row.cells[0], row.cells[1], row.cells[2]});
        return list;
    }();
    return clauses;
}

} // namespace isms::content
