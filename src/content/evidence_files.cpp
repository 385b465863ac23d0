#include "content/evidence_files.h"

#include <xlsxwriter.h>
#include <zlib.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <unistd.h>

namespace isms::content {

namespace {

void append(Bytes& out, const std::string& text)
{
    for (char c : text)
        out.push_back(static_cast<std::byte>(c));
}

// PDF string literal: backslash, parentheses escaped; anything outside printable ASCII dropped.
std::string pdfText(const std::string& text)
{
    std::string out;
    for (char c : text) {
        if (c == '\\' || c == '(' || c == ')')
            out += '\\';
        if (c >= 0x20 && c < 0x7f)
            out += c;
    }
    return out;
}

void appendBigEndian(Bytes& out, std::uint32_t value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(static_cast<std::byte>((value >> shift) & 0xff));
}

void appendChunk(Bytes& out, const char type[4], const Bytes& data)
{
    appendBigEndian(out, static_cast<std::uint32_t>(data.size()));
    const std::size_t start = out.size();
    out.insert(out.end(), reinterpret_cast<const std::byte*>(type), reinterpret_cast<const std::byte*>(type) + 4);
    out.insert(out.end(), data.begin(), data.end());
    const auto crc = crc32(0L, reinterpret_cast<const Bytef*>(out.data() + start),
                           static_cast<uInt>(out.size() - start));
    appendBigEndian(out, static_cast<std::uint32_t>(crc));
}

} // namespace

Bytes minimalPdf(const std::string& title, const std::vector<std::string>& lines)
{
    std::string stream = "BT /F1 18 Tf 72 770 Td (" + pdfText(title) + ") Tj ET\n";
    int y = 740;
    for (const auto& line : lines) {
        stream += "BT /F1 11 Tf 72 " + std::to_string(y) + " Td (" + pdfText(line) + ") Tj ET\n";
        y -= 16;
    }
    const std::vector<std::string> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        "/Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream + "endstream",
    };
    Bytes out;
    append(out, "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(out.size());
        append(out, std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n");
    }
    const std::size_t xref = out.size();
    append(out, "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n");
    for (std::size_t offset : offsets) {
        char entry[24];
        std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
        append(out, entry);
    }
    append(out, "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
                    + std::to_string(xref) + "\n%%EOF\n");
    return out;
}

Bytes pngImage(int width, int height, const std::vector<Rgb>& pixels)
{
    Bytes raw;
    raw.reserve(static_cast<std::size_t>(height) * (1 + 3 * static_cast<std::size_t>(width)));
    for (int y = 0; y < height; ++y) {
        raw.push_back(std::byte{0});  // filter: none
        for (int x = 0; x < width; ++x) {
            const Rgb& p = pixels.at(static_cast<std::size_t>(y) * width + x);
            raw.push_back(std::byte{p.r});
            raw.push_back(std::byte{p.g});
            raw.push_back(std::byte{p.b});
        }
    }
    uLongf size = compressBound(static_cast<uLong>(raw.size()));
    Bytes packed(size);
    compress2(reinterpret_cast<Bytef*>(packed.data()), &size, reinterpret_cast<const Bytef*>(raw.data()),
              static_cast<uLong>(raw.size()), 9);
    packed.resize(size);

    Bytes out;
    append(out, "\x89PNG\r\n\x1a\n");
    Bytes header;
    appendBigEndian(header, static_cast<std::uint32_t>(width));
    appendBigEndian(header, static_cast<std::uint32_t>(height));
    for (int b : {8, 2, 0, 0, 0})  // 8 bits, RGB, deflate, adaptive filtering, no interlace
        header.push_back(static_cast<std::byte>(b));
    appendChunk(out, "IHDR", header);
    appendChunk(out, "IDAT", packed);
    appendChunk(out, "IEND", {});
    return out;
}

Result<Bytes> xlsxWorkbook(const std::string& sheetName, const std::vector<std::string>& header,
                           const std::vector<std::vector<std::string>>& rows, std::int64_t createdAt)
{
    // libxlsxwriter writes to a file only: a private temporary one, removed afterwards.
    std::string pattern = (std::filesystem::temp_directory_path() / "isms-demo-XXXXXX").string();
    const int fd = mkstemp(pattern.data());
    if (fd < 0)
        return makeError(ErrorCode::Io, "Could not make a temporary file for the demo spreadsheet.");
    close(fd);
    const std::filesystem::path path = pattern;
    struct Remove {
        std::filesystem::path path;
        ~Remove()
        {
            std::error_code ignored;
            std::filesystem::remove(path, ignored);
        }
    } remove{path};

    lxw_workbook* book = workbook_new(path.c_str());
    if (!book)
        return makeError(ErrorCode::Io, "Could not start the demo spreadsheet.");
    lxw_doc_properties properties{};
    properties.created = static_cast<time_t>(createdAt);
    workbook_set_properties(book, &properties);
    lxw_worksheet* sheet = workbook_add_worksheet(book, sheetName.c_str());
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    for (std::size_t c = 0; c < header.size(); ++c) {
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), header[c].c_str(), bold);
        worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), 18, nullptr);
    }
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            const std::string& cell = rows[r][c];
            char* end = nullptr;
            const double number = std::strtod(cell.c_str(), &end);
            const auto row = static_cast<lxw_row_t>(r + 1);
            const auto col = static_cast<lxw_col_t>(c);
            if (!cell.empty() && end && *end == '\0')
                worksheet_write_number(sheet, row, col, number, nullptr);
            else
                worksheet_write_string(sheet, row, col, cell.c_str(), nullptr);
        }
    if (workbook_close(book) != LXW_NO_ERROR)
        return makeError(ErrorCode::Io, "Could not write the demo spreadsheet.");
    std::ifstream in(path, std::ios::binary);
    std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    Bytes out(bytes.size());
    for (std::size_t i = 0; i < bytes.size(); ++i)
        out[i] = static_cast<std::byte>(bytes[i]);
    return out;
}

} // namespace isms::content
