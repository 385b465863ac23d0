#include "cli/cli_common.h"
#include "reports/writers/terminal_text.h"
#include "cli/verbs.h"
#include "content/csv.h"
#include "content/csv_export.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace isms::cli {

using reports::terminalSafe;

namespace {

// Typed JSON: numbers and booleans as such, empty cells as null.
QJsonValue jsonCell(const FieldDef* field, const std::string& text)
{
    if (text.empty())
        return QJsonValue::Null;
    if (field) {
        switch (field->type) {
        case FieldType::Integer:
        case FieldType::Likelihood:
        case FieldType::Impact:
        case FieldType::Level:
            return QJsonValue(QString::fromStdString(text).toLongLong());
        case FieldType::Real:
            return QJsonValue(QString::fromStdString(text).toDouble());
        case FieldType::Boolean:
            return QJsonValue(text == "true");
        default:
            break;
        }
    }
    return QJsonValue(QString::fromStdString(text));
}

std::string json(const RegisterDef& reg, const std::vector<std::vector<std::string>>& rows)
{
    const auto header = content::csvHeader(reg);
    QJsonArray array;
    for (const auto& row : rows) {
        QJsonObject object;
        for (std::size_t c = 0; c < header.size(); ++c)
            object.insert(QString::fromStdString(header[c]),
                          jsonCell(c == 0 ? nullptr : &reg.fields[c - 1], row[c]));
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented).toStdString();
}

// Counts code points, not bytes, so that accented names line up.
std::size_t width(const std::string& text)
{
    std::size_t n = 0;
    for (unsigned char c : text)
        n += (c & 0xC0) != 0x80;
    return n;
}

std::string fitted(std::string text, std::size_t limit)
{
    for (auto& c : text)
        if (c == '\n' || c == '\r' || c == '\t')
            c = ' ';
    if (width(text) <= limit)
        return text;
    std::size_t kept = 0, bytes = 0;
    while (bytes < text.size() && kept < limit - 1) {
        ++bytes;
        while (bytes < text.size() && (static_cast<unsigned char>(text[bytes]) & 0xC0) == 0x80)
            ++bytes;
        ++kept;
    }
    return text.substr(0, bytes) + "\u2026";
}

// The short fields as aligned columns; long texts are left to CSV and JSON.
std::string table(const RegisterDef& reg, const std::vector<std::vector<std::string>>& rows)
{
    constexpr std::size_t kLimit = 32;
    const auto header = content::csvHeader(reg);
    std::vector<std::size_t> columns{0};
    for (std::size_t f = 0; f < reg.fields.size(); ++f)
        if (reg.fields[f].type != FieldType::LongText)
            columns.push_back(f + 1);
    std::vector<std::vector<std::string>> cells;
    cells.push_back({});
    for (auto c : columns)
        cells.back().push_back(header[c]);
    for (const auto& row : rows) {
        cells.push_back({});
        for (auto c : columns)
            cells.back().push_back(fitted(terminalSafe(row[c]), kLimit));  // escapes count as width
    }
    std::vector<std::size_t> widths(columns.size(), 0);
    for (const auto& line : cells)
        for (std::size_t c = 0; c < line.size(); ++c)
            widths[c] = std::max(widths[c], width(line[c]));
    std::string text;
    for (const auto& line : cells) {
        std::string printed;
        for (std::size_t c = 0; c < line.size(); ++c) {
            printed += line[c];
            if (c + 1 < line.size())
                printed += std::string(widths[c] - width(line[c]) + 2, ' ');
        }
        while (!printed.empty() && printed.back() == ' ')
            printed.pop_back();
        text += printed + "\n";
    }
    return text + "(" + std::to_string(rows.size()) + " records)\n";
}

} // namespace

int runList(const QStringList& arguments)
{
    VerbParser verb(QStringLiteral("list"),
                    QStringLiteral("Prints every record of a register. CSV output has the columns "
                                   "`ismsctl import` reads back. Opens the file read-only."));
    verb.positional(QStringLiteral("FILE"), QStringLiteral("The .isms file."));
    verb.positional(QStringLiteral("REGISTER"),
                    QStringLiteral("A register key, e.g. risks (see `ismsctl registers`)."));
    auto& p = verb.parser();
    p.addOption({QStringLiteral("format"), QStringLiteral("table (default), csv or json."),
                 QStringLiteral("FORMAT"), QStringLiteral("table")});
    if (auto stop = verb.parse(arguments, 2))
        return *stop;
    const QString format = p.value(QStringLiteral("format")).toLower();
    if (format != QStringLiteral("table") && format != QStringLiteral("csv")
        && format != QStringLiteral("json")) {
        error("--format takes table, csv or json, not '" + format.toStdString() + "'.");
        return kUsage;
    }
    const auto path = toPath(verb.positionals().at(0));
    auto file = openFile(path, storage::OpenMode::ReadOnly);
    if (!file)
        return kFailure;
    const RegisterDef* reg = findRegister(*file, verb.positionals().at(1));
    if (!reg)
        return kUsage;

    if (format == QStringLiteral("csv")) {
        auto csv = content::exportCsv(*file, *reg);
        if (!csv)
            return fail(path, csv.error());
        // Piped or redirected, the CSV is data and goes out byte for byte (import reads it
        // back); shown on a terminal it is text like any other.
        const std::string shown = isatty(fileno(stdout)) ? terminalSafe(*csv) : *csv;
        std::fwrite(shown.data(), 1, shown.size(), stdout);
        return kOk;
    }
    auto rows = content::exportRows(*file, *reg);
    if (!rows)
        return fail(path, rows.error());
    out(format == QStringLiteral("json") ? json(*reg, *rows) : table(*reg, *rows));
    return kOk;
}

} // namespace isms::cli
