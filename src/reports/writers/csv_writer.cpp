#include "reports/writers/csv_writer.h"

#include "content/csv.h"
#include "content/csv_formula.h"

#include <QFile>

namespace isms::reports {

namespace {

constexpr int kProgressEvery = 512;  // rows between progress reports and cancel checks

std::string line(const std::vector<std::string>& cells)
{
    std::string out = content::csvLine(cells);
    if (out == "\r\n")
        return "\"\"\r\n";  // keeps a blank line meaning "next table" only
    return out;
}

std::string defused(const QString& text)
{
    return content::defusedCell(text.toStdString());
}

} // namespace

Result<std::string> csvReportText(const ReportDocument& document, const WriteProgress& progress)
{
    const auto tables = document.tables();
    int total = 0;
    for (const Table* table : tables)
        total += int(table->rows.size());

    std::string out;
    int done = 0;
    std::vector<std::string> cells;
    for (std::size_t n = 0; n < tables.size(); ++n) {
        const Table& table = *tables[n];
        if (tables.size() > 1) {
            if (n > 0)
                out += "\r\n";
            out += line({defused(table.name)});
        }
        cells.clear();
        for (const auto& column : table.columns)
            cells.push_back(defused(column.title));
        out += line(cells);
        for (const auto& row : table.rows) {
            cells.clear();
            for (const auto& cell : row)
                cells.push_back(defused(cellText(cell)));
            out += line(cells);
            if (++done % kProgressEvery == 0) {
                progress.step(done, total);
                if (progress.cancelled())
                    return cancelledError();
            }
        }
    }
    progress.step(total, total);
    if (progress.cancelled())
        return cancelledError();
    return out;
}

Result<void> CsvWriter::write(const ReportDocument& document, const QString& path,
                              const WriteProgress& progress) const
{
    auto text = csvReportText(document, progress);
    if (!text)
        return text.error();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || file.write(text->data(), qint64(text->size())) != qint64(text->size()) || !file.flush()) {
        return Error{ErrorCode::Io,
                     tr("The CSV file %1 could not be written: %2. Check that the folder exists "
                        "and is writable and that the disk has space, then export again.")
                         .arg(path, file.errorString())
                         .toStdString()};
    }
    return {};
}

} // namespace isms::reports
