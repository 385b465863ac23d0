#include "reports/report_document.h"

namespace isms::reports {

namespace {

QString numberText(const NumberCell& n)
{
    return QString::number(n.value, 'f', n.decimals) + n.suffix;
}

} // namespace

QString cellText(const Cell& cell)
{
    struct Visitor {
        QString operator()(std::monostate) const { return {}; }
        QString operator()(const QString& text) const { return text; }
        QString operator()(const QDate& date) const { return date.toString(Qt::ISODate); }
        QString operator()(const NumberCell& n) const { return numberText(n); }
        QString operator()(const LevelCell& l) const
        {
            if (l.label.isEmpty())
                return QString::number(l.number);
            return QString::number(l.number) + QLatin1Char(' ') + l.label;
        }
        QString operator()(const RecordCell& r) const { return r.ref; }
    };
    return std::visit(Visitor{}, cell.value);
}

bool Table::wide() const
{
    int chars = 0;
    for (const auto& c : columns)
        chars += c.widthChars;
    // About what fits across a portrait A4 or Letter page at the body size.
    return columns.size() > 6 || chars > 100;
}

std::vector<const Table*> ReportDocument::tables() const
{
    std::vector<const Table*> out;
    for (const auto& section : sections)
        for (const auto& block : section.blocks)
            if (const auto* table = std::get_if<Table>(&block))
                out.push_back(table);
    return out;
}

} // namespace isms::reports
