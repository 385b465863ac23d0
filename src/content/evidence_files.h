#pragma once
// Small evidence files the demo makes itself, so the demo file carries real attachments (a PDF,
// an image, a spreadsheet) for the checks, the viewer and the exports to work on. Written by
// hand (PDF, PNG with zlib) or with libxlsxwriter: no Qt needed.

#include "domain/result.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace isms::content {

using Bytes = std::vector<std::byte>;

// A one-page A4 PDF: a title and lines of text in Helvetica. ASCII text only.
Bytes minimalPdf(const std::string& title, const std::vector<std::string>& lines);

struct Rgb {
    std::uint8_t r = 0, g = 0, b = 0;
};
// An 8-bit RGB PNG of width x height pixels, row by row (pixels.size() == width * height).
Bytes pngImage(int width, int height, const std::vector<Rgb>& pixels);

// A one-sheet XLSX workbook: a bold header row, then rows of cells. A cell that parses as a
// number is written as a number. `createdAt` (seconds since 1970) fixes the document date so
// the same input gives the same bytes.
Result<Bytes> xlsxWorkbook(const std::string& sheetName, const std::vector<std::string>& header,
                           const std::vector<std::vector<std::string>>& rows, std::int64_t createdAt);

} // namespace isms::content
