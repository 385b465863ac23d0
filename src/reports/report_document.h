#pragma once
// A report as a document, independent of its output format: a title, sections, and blocks
// (paragraphs, key-value lists, tables of typed cells, figures). Builders fill one from the
// file; writers (PDF, XLSX, ODT, CSV, text) lay it out. Keeping the two apart is what lets a
// new report kind appear in every format, and a new format serve every kind.
//
// Text is QString and already translated: builders translate their labels, writers never see
// a translation key. Nothing here holds a timestamp from the clock: the document's date is the
// file's last change, so the same file gives the same document.

#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <variant>
#include <vector>

namespace isms::reports {

// A risk level as every format shows it: its number, its label, and its colour. The colour is
// never shown alone (a grey-scale print or a colour-blind reader still reads the number).
struct LevelCell {
    int number = 0;   // the score, or the scale level
    QString label;    // "High"
    QColor colour;    // the band's colour; invalid when the level has none
};

// A reference to a record: shown as its ref ("R-001"); the window can follow it.
struct RecordCell {
    QString registerKey;  // "risks"
    std::int64_t id = 0;
    QString ref;          // "R-001"
};

struct NumberCell {
    double value = 0;
    int decimals = 0;      // 0: shown as an integer
    QString suffix;        // "%" or empty
};

using CellValue = std::variant<std::monostate, QString, QDate, NumberCell, LevelCell, RecordCell>;

struct Cell {
    CellValue value;

    Cell() = default;
    Cell(QString text) : value(std::move(text)) {}
    Cell(const char*) = delete;  // translate first: Cell(tr("...")), never a bare literal
    Cell(QDate date) : value(date) {}
    Cell(NumberCell number) : value(std::move(number)) {}
    Cell(LevelCell level) : value(std::move(level)) {}
    Cell(RecordCell record) : value(std::move(record)) {}

    static Cell number(double v, int decimals = 0, QString suffix = {})
    {
        return Cell(NumberCell{v, decimals, std::move(suffix)});
    }
    bool empty() const { return std::holds_alternative<std::monostate>(value); }
};

// How a cell reads as plain text, the same in every format that has no richer form: a level as
// "12 High", a date as ISO 8601, a number with its decimals and suffix, a record as its ref.
QString cellText(const Cell& cell);

struct Column {
    QString title;
    int widthChars = 12;   // the width a writer gives it, in average characters
    bool wrap = false;     // long text: wrap within the column instead of widening it
};

struct Paragraph {
    QString text;
    bool note = false;     // a secondary remark (smaller, muted): "Generated from ..."
};

struct KeyValues {
    std::vector<std::pair<QString, Cell>> items;
};

struct Table {
    QString name;          // short, unique within the document: the XLSX sheet, the CSV's title
    QString caption;       // shown above the table; may be empty
    std::vector<Column> columns;
    std::vector<std::vector<Cell>> rows;  // each row has columns.size() cells

    // A writer lays a table this wide out on a landscape page.
    bool wide() const;
};

// The risk heat map: likelihood rows (highest first) by impact columns, each cell coloured by
// its band with the number of risks in it.
struct HeatMapFigure {
    QString title;            // "Inherent risk" / "Residual risk"
    QString rowAxis;          // "Likelihood"
    QString columnAxis;       // "Impact"
    QStringList rowLabels;    // top row first
    QStringList columnLabels; // left column first
    std::vector<std::vector<LevelCell>> levels;  // [row][column]
    std::vector<std::vector<int>> counts;        // [row][column]
};

// A bar per item, with an optional target line: readiness per clause, later metric charts.
struct BarChartFigure {
    QString title;
    QString valueAxis;        // "% met"
    double maximum = 100;
    std::vector<std::pair<QString, double>> bars;
};

using Figure = std::variant<HeatMapFigure, BarChartFigure>;

using Block = std::variant<Paragraph, KeyValues, Table, Figure>;

struct Section {
    QString heading;
    int level = 1;         // 1: a chapter; 2: a sub-section
    std::vector<Block> blocks;
};

// What the header and the document properties say; all of it comes from the file.
struct ReportMeta {
    QString kind;          // the report kind's key: "soa"
    QString title;         // "Statement of Applicability"
    QString organisation;
    QString subject;       // one line: "ISO/IEC 27001:2022 clause 6.1.3 d"
    QDateTime lastChange;  // the file's last change (UTC); invalid for a file with no history
    QString lastChangeBy;
    QString sourceFile;    // the .isms file's name, without its folder
    QString generator;     // "ISMS Desk 0.1.0"
};

struct ReportDocument {
    ReportMeta meta;
    std::vector<Section> sections;

    // Every table, in document order (an XLSX sheet each, a CSV's content).
    std::vector<const Table*> tables() const;
};

} // namespace isms::reports
