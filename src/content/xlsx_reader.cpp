#include "content/xlsx_reader.h"

#include "domain/date.h"

#include <expat.h>
#include <zip.h>

#include <cmath>
#include <cstdlib>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>

namespace isms::content {

namespace {

Error refused(const std::string& what)
{
    return makeError(ErrorCode::Invalid, "The workbook " + what);
}

// ---- the zip ----------------------------------------------------------------------------------

struct ZipCloser {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
using Archive = std::unique_ptr<zip_t, ZipCloser>;

Result<Archive> openArchive(std::string_view bytes)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (!source) {
        zip_error_fini(&error);
        return refused("cannot be read (out of memory).");
    }
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    zip_error_fini(&error);
    if (!archive) {
        zip_source_free(source);
        return refused("is damaged: it is not a complete zip archive. Open it in your spreadsheet "
                       "program, save it again as .xlsx, and import that.");
    }
    return Archive(archive);
}

// The part's bytes; nullopt when the archive has no such part.
Result<std::optional<std::string>> readPart(zip_t* archive, const std::string& name)
{
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(archive, name.c_str(), 0, &stat) != 0)
        return std::optional<std::string>();
    if (!(stat.valid & ZIP_STAT_SIZE) || stat.size > kMaxXlsxPartBytes)
        return refused("part " + name + " is larger than " + std::to_string(kMaxXlsxPartBytes >> 20)
                       + " MiB unpacked; split the register into smaller workbooks.");
    zip_file_t* part = zip_fopen(archive, name.c_str(), 0);
    if (!part)
        return refused("is damaged: its part " + name + " cannot be unpacked.");
    std::string text(static_cast<std::size_t>(stat.size), '\0');
    zip_int64_t got = 0;
    while (got < static_cast<zip_int64_t>(text.size())) {
        const zip_int64_t n = zip_fread(part, text.data() + got, text.size() - static_cast<std::size_t>(got));
        if (n <= 0)
            break;
        got += n;
    }
    zip_fclose(part);
    if (got != static_cast<zip_int64_t>(text.size()))
        return refused("is damaged: its part " + name + " is cut short.");
    return std::optional<std::string>(std::move(text));
}

// ---- XML --------------------------------------------------------------------------------------

using Attributes = std::map<std::string, std::string, std::less<>>;

// A SAX pass over one part: start and end of each element (local name, prefix dropped) and text.
struct XmlHandlers {
    std::function<void(std::string_view name, const Attributes& attributes)> start;
    std::function<void(std::string_view name)> end;
    std::function<void(std::string_view text)> text;
};

std::string_view localName(const XML_Char* name)
{
    std::string_view full(name);
    const auto colon = full.rfind(':');
    return colon == std::string_view::npos ? full : full.substr(colon + 1);
}

Result<void> parseXml(const std::string& xml, const std::string& part, XmlHandlers& handlers)
{
    struct ParserFree {
        void operator()(XML_Parser p) const { XML_ParserFree(p); }
    };
    std::unique_ptr<std::remove_pointer_t<XML_Parser>, ParserFree> parser(XML_ParserCreate("UTF-8"));
    if (!parser)
        return refused("cannot be read (out of memory).");
    XML_SetUserData(parser.get(), &handlers);
    XML_SetElementHandler(
        parser.get(),
        [](void* data, const XML_Char* name, const XML_Char** attributes) {
            auto& h = *static_cast<XmlHandlers*>(data);
            if (!h.start)
                return;
            Attributes map;
            for (int i = 0; attributes[i]; i += 2)
                map.emplace(std::string(attributes[i]), std::string(attributes[i + 1]));
            h.start(localName(name), map);
        },
        [](void* data, const XML_Char* name) {
            auto& h = *static_cast<XmlHandlers*>(data);
            if (h.end)
                h.end(localName(name));
        });
    XML_SetCharacterDataHandler(parser.get(), [](void* data, const XML_Char* text, int length) {
        auto& h = *static_cast<XmlHandlers*>(data);
        if (h.text)
            h.text(std::string_view(text, static_cast<std::size_t>(length)));
    });
    if (XML_Parse(parser.get(), xml.data(), static_cast<int>(xml.size()), XML_TRUE) != XML_STATUS_OK)
        return refused("is damaged: its part " + part + " is not well-formed XML (line "
                       + std::to_string(XML_GetCurrentLineNumber(parser.get())) + ": "
                       + XML_ErrorString(XML_GetErrorCode(parser.get()))
                       + "). Save it again from your spreadsheet program.");
    return {};
}

std::string attribute(const Attributes& attributes, std::string_view name)
{
    // Prefixed attributes ("r:id") are matched by their local name too.
    for (const auto& [key, value] : attributes)
        if (key == name || (key.size() > name.size() && key.ends_with(name)
                            && key[key.size() - name.size() - 1] == ':'))
            return value;
    return {};
}

// ---- the parts --------------------------------------------------------------------------------

struct Workbook {
    std::string sheetPart;  // "xl/worksheets/sheet1.xml"
    bool date1904 = false;
};

Result<Workbook> findFirstSheet(zip_t* archive)
{
    auto workbookXml = readPart(archive, "xl/workbook.xml");
    if (!workbookXml)
        return workbookXml.error();
    if (!*workbookXml)
        return refused("has no xl/workbook.xml: it is not an XLSX workbook. Save it as .xlsx "
                       "(Excel Workbook) or as CSV, and import that.");
    Workbook workbook;
    std::string relationId;
    XmlHandlers onWorkbook;
    onWorkbook.start = [&](std::string_view name, const Attributes& a) {
        if (name == "sheet" && relationId.empty())
            relationId = attribute(a, "id");
        else if (name == "workbookPr") {
            const auto value = attribute(a, "date1904");
            workbook.date1904 = value == "1" || value == "true";
        }
    };
    if (auto parsed = parseXml(**workbookXml, "xl/workbook.xml", onWorkbook); !parsed)
        return parsed.error();

    std::string target;
    auto rels = readPart(archive, "xl/_rels/workbook.xml.rels");
    if (!rels)
        return rels.error();
    if (*rels && !relationId.empty()) {
        XmlHandlers onRels;
        onRels.start = [&](std::string_view name, const Attributes& a) {
            if (name == "Relationship" && attribute(a, "Id") == relationId)
                target = attribute(a, "Target");
        };
        if (auto parsed = parseXml(**rels, "xl/_rels/workbook.xml.rels", onRels); !parsed)
            return parsed.error();
    }
    if (target.empty())
        target = "worksheets/sheet1.xml";
    workbook.sheetPart = target.front() == '/' ? target.substr(1) : "xl/" + target;
    return workbook;
}

Result<std::vector<std::string>> readSharedStrings(zip_t* archive)
{
    std::vector<std::string> strings;
    auto xml = readPart(archive, "xl/sharedStrings.xml");
    if (!xml)
        return xml.error();
    if (!*xml)
        return strings;
    bool inText = false;
    int phonetic = 0;  // <rPh> holds reading aids for East Asian text, not the text itself
    XmlHandlers handlers;
    handlers.start = [&](std::string_view name, const Attributes&) {
        if (name == "si")
            strings.emplace_back();
        else if (name == "rPh")
            ++phonetic;
        else if (name == "t")
            inText = phonetic == 0 && !strings.empty();
    };
    handlers.end = [&](std::string_view name) {
        if (name == "t")
            inText = false;
        else if (name == "rPh")
            --phonetic;
    };
    handlers.text = [&](std::string_view text) {
        if (inText)
            strings.back().append(text);
    };
    if (auto parsed = parseXml(**xml, "xl/sharedStrings.xml", handlers); !parsed)
        return parsed.error();
    return strings;
}

bool isDateFormatCode(const std::string& code)
{
    // A date format shows a day, month or year; quoted text and [colour]/[locale] parts aside.
    bool quoted = false, bracket = false;
    for (const char c : code) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == '[')
            bracket = true;
        else if (!quoted && c == ']')
            bracket = false;
        else if (!quoted && !bracket && (c == 'd' || c == 'D' || c == 'y' || c == 'Y' || c == 'm' || c == 'M'))
            return true;
    }
    return false;
}

// For each cell style index (the "s" of a cell): whether it shows a date.
Result<std::vector<bool>> readDateStyles(zip_t* archive)
{
    std::vector<bool> dateStyle;
    auto xml = readPart(archive, "xl/styles.xml");
    if (!xml)
        return xml.error();
    if (!*xml)
        return dateStyle;
    std::set<int> dateFormats = {14, 15, 16, 17, 22, 27, 30, 36, 50, 57};  // built-in date formats
    std::map<int, bool> customFormats;
    bool inCellXfs = false;
    std::vector<int> xfFormats;
    XmlHandlers handlers;
    handlers.start = [&](std::string_view name, const Attributes& a) {
        if (name == "numFmt")
            customFormats[std::atoi(attribute(a, "numFmtId").c_str())] = isDateFormatCode(attribute(a, "formatCode"));
        else if (name == "cellXfs")
            inCellXfs = true;
        else if (name == "xf" && inCellXfs)
            xfFormats.push_back(std::atoi(attribute(a, "numFmtId").c_str()));
    };
    handlers.end = [&](std::string_view name) {
        if (name == "cellXfs")
            inCellXfs = false;
    };
    if (auto parsed = parseXml(**xml, "xl/styles.xml", handlers); !parsed)
        return parsed.error();
    for (const int format : xfFormats) {
        const auto custom = customFormats.find(format);
        dateStyle.push_back(custom != customFormats.end() ? custom->second : dateFormats.count(format) > 0);
    }
    return dateStyle;
}

// "AB12" -> 27 (the 0-based column); nullopt when the reference has no column letters.
std::optional<std::size_t> columnOf(std::string_view cellRef)
{
    std::size_t column = 0, letters = 0;
    for (const char c : cellRef) {
        if (c >= 'A' && c <= 'Z')
            column = column * 26 + static_cast<std::size_t>(c - 'A' + 1);
        else if (c >= 'a' && c <= 'z')
            column = column * 26 + static_cast<std::size_t>(c - 'a' + 1);
        else
            break;
        if (++letters > 3)  // XFD is the last column a worksheet has
            return std::nullopt;
    }
    if (letters == 0)
        return std::nullopt;
    return column - 1;
}

// A date cell's serial number as YYYY-MM-DD; nullopt when it is no day a date field could hold.
std::optional<std::string> serialToIso(const std::string& number, bool date1904)
{
    char* end = nullptr;
    const double serial = std::strtod(number.c_str(), &end);
    if (end == number.c_str() || *end != '\0' || !std::isfinite(serial) || serial < 1 || serial > 2958465)
        return std::nullopt;
    auto days = static_cast<long>(std::floor(serial));
    // Serial 1 is 1900-01-01 and, as Lotus 1-2-3 did, 1900-02-29 (serial 60) is counted as a day.
    if (!date1904 && days < 61)
        days += 1;
    const Date epoch = date1904 ? Date{1904, 1, 1} : Date{1899, 12, 30};
    return epoch.addDays(days).toIso();
}

// Up to 16384 columns (XFD): a cell reference beyond them marks a damaged sheet.
constexpr std::size_t kMaxColumns = 16384;

Result<std::vector<CsvRow>> readSheet(zip_t* archive, const Workbook& workbook,
                                      const std::vector<std::string>& strings,
                                      const std::vector<bool>& dateStyles)
{
    auto xml = readPart(archive, workbook.sheetPart);
    if (!xml)
        return xml.error();
    if (!*xml)
        return refused("has no worksheet (" + workbook.sheetPart
                       + " is missing). Save it again from your spreadsheet program.");
    std::vector<CsvRow> rows;
    std::optional<std::string> problem;
    CsvRow row;
    std::size_t nextRowNumber = 1, nextColumn = 0;
    std::string type, value;
    std::size_t column = 0, style = 0, cellsHeld = 0;
    bool inCell = false, inValue = false, inInline = false, hasStyle = false;

    const auto finishCell = [&] {
        std::string text;
        if (type == "s") {
            char* end = nullptr;
            const unsigned long index = std::strtoul(value.c_str(), &end, 10);
            if (value.empty() || *end != '\0' || index >= strings.size()) {
                problem = "is damaged: cell " + std::to_string(column + 1) + " of row "
                    + std::to_string(row.line) + " names a shared text that does not exist.";
                return;
            }
            text = strings[index];
        } else if (type == "b")
            text = value == "1" ? "true" : value == "0" ? "false" : value;
        else if (type.empty() || type == "n") {
            text = value;
            if (hasStyle && style < dateStyles.size() && dateStyles[style])
                if (auto iso = serialToIso(value, workbook.date1904))
                    text = *iso;
        } else  // str (a formula's text), inlineStr, e (an error such as #N/A), d (ISO date)
            text = value;
        if (text.empty())
            return;
        if (row.cells.size() <= column) {
            // Rows are as wide as their last cell: a sheet of far-right cells would otherwise
            // take memory out of all proportion to its bytes.
            cellsHeld += column + 1 - row.cells.size();
            if (cellsHeld > kMaxXlsxCells) {
                problem = "is too large to import: its rows hold more than " + std::to_string(kMaxXlsxCells)
                    + " cells (counting the empty ones before each row's last). Split it into smaller workbooks.";
                return;
            }
            row.cells.resize(column + 1);
        }
        row.cells[column] = std::move(text);
    };

    XmlHandlers handlers;
    handlers.start = [&](std::string_view name, const Attributes& a) {
        if (problem)
            return;
        if (name == "row") {
            const std::string r = attribute(a, "r");
            row = CsvRow{};
            row.line = r.empty() ? nextRowNumber : static_cast<std::size_t>(std::strtoull(r.c_str(), nullptr, 10));
            if (row.line == 0)
                row.line = nextRowNumber;
            nextRowNumber = row.line + 1;
            nextColumn = 0;
        } else if (name == "c") {
            const std::string ref = attribute(a, "r");
            const auto at = ref.empty() ? std::optional<std::size_t>(nextColumn) : columnOf(ref);
            if (!at || *at >= kMaxColumns) {
                problem = "is damaged: row " + std::to_string(row.line) + " has a cell named '" + ref + "'.";
                return;
            }
            column = *at;
            nextColumn = column + 1;
            type = attribute(a, "t");
            const std::string s = attribute(a, "s");
            hasStyle = !s.empty();
            style = hasStyle ? static_cast<std::size_t>(std::strtoull(s.c_str(), nullptr, 10)) : 0;
            value.clear();
            inCell = true;
        } else if (inCell && name == "v")
            inValue = true;
        else if (inCell && name == "is")
            inInline = true;
        else if (inInline && name == "t")
            inValue = true;
    };
    handlers.end = [&](std::string_view name) {
        if (problem)
            return;
        if (name == "v" || name == "t")
            inValue = false;
        else if (name == "is")
            inInline = false;
        else if (name == "c" && inCell) {
            inCell = false;
            finishCell();
        } else if (name == "row") {
            bool any = false;
            for (const auto& cell : row.cells)
                any = any || !cell.empty();
            if (any)
                rows.push_back(std::move(row));
            row = CsvRow{};
        }
    };
    handlers.text = [&](std::string_view text) {
        if (inValue)
            value.append(text);
    };
    if (auto parsed = parseXml(**xml, workbook.sheetPart, handlers); !parsed)
        return parsed.error();
    if (problem)
        return refused(*problem + (problem->find("Split it") == std::string::npos
                                       ? " Save it again from your spreadsheet program." : ""));
    return rows;
}

} // namespace

bool looksLikeXlsx(std::string_view bytes)
{
    return bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4);
}

Result<std::vector<CsvRow>> readXlsxRows(std::string_view bytes)
{
    if (!looksLikeXlsx(bytes))
        return refused("is not an XLSX file (it does not start like one). Save it as .xlsx or as "
                       "CSV, and import that.");
    auto archive = openArchive(bytes);
    if (!archive)
        return archive.error();
    auto workbook = findFirstSheet(archive->get());
    if (!workbook)
        return workbook.error();
    auto strings = readSharedStrings(archive->get());
    if (!strings)
        return strings.error();
    auto dateStyles = readDateStyles(archive->get());
    if (!dateStyles)
        return dateStyles.error();
    return readSheet(archive->get(), *workbook, *strings, *dateStyles);
}

} // namespace isms::content
