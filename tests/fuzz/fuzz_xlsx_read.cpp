// Any bytes as the XML inside a workbook. Mutating a zip only finds CRC errors, so the target
// packs the input itself: up to the first NUL it is the worksheet, after it the shared strings,
// beside a fixed workbook, relationships and styles (with a date format). Then readXlsxRows
// must refuse or read it without a sanitizer report, and what it reads must go through the
// import's checks into a treatments register (read-only, nothing written).

#include "content/csv_import.h"
#include "content/demo.h"
#include "content/xlsx_reader.h"
#include "fuzz_support.h"

#include <zip.h>

#include <cstdlib>
#include <string>

using namespace isms;

namespace {

constexpr const char* kWorkbook =
    R"(<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr/>)"
    R"(<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>)";
constexpr const char* kRels =
    R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>)";
constexpr const char* kStyles =
    R"(<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
    R"(<numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>)"
    R"(<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>)";

// The workbook's bytes; empty if libzip cannot make it (then the input is skipped).
std::string pack(std::string_view sheet, std::string_view strings)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_error_fini(&error);
    if (!buffer)
        return {};
    zip_source_keep(buffer);
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, nullptr);
    if (!archive) {
        zip_source_free(buffer);
        return {};
    }
    const auto add = [&](const char* name, std::string_view text) {
        zip_source_t* part = zip_source_buffer(archive, text.data(), text.size(), 0);
        return part && zip_file_add(archive, name, part, ZIP_FL_OVERWRITE) >= 0;
    };
    const bool added = add("xl/workbook.xml", kWorkbook) && add("xl/_rels/workbook.xml.rels", kRels)
        && add("xl/styles.xml", kStyles) && add("xl/worksheets/sheet1.xml", sheet)
        && (strings.empty() || add("xl/sharedStrings.xml", strings));
    if (!added || zip_close(archive) != 0) {
        zip_discard(archive);
        zip_source_free(buffer);
        return {};
    }
    std::string bytes;
    zip_stat_t stat;
    if (zip_source_stat(buffer, &stat) == 0 && zip_source_open(buffer) == 0) {
        bytes.resize(static_cast<std::size_t>(stat.size));
        if (zip_source_read(buffer, bytes.data(), bytes.size()) != static_cast<zip_int64_t>(bytes.size()))
            bytes.clear();
        zip_source_close(buffer);
    }
    zip_source_free(buffer);
    return bytes;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const fuzz::Workspace workspace;
    if (size > fuzz::kMaxInput)
        return -1;
    static const auto demo = [] {
        auto created = content::createDemo(workspace / "demo.isms", {}, fuzz::fuzzClock());
        if (!created)
            std::abort();
        return std::move(created).value();
    }();
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto nul = input.find('\0');
    const std::string workbook = pack(input.substr(0, nul), nul == std::string_view::npos ? std::string_view() : input.substr(nul + 1));
    if (workbook.empty())
        return 0;
    auto rows = content::readXlsxRows(workbook);
    if (!rows)
        return 0;
    (void)content::checkCsvImport(*demo, demo->catalogue().get(reg::treatments), workbook);
    return 0;
}
