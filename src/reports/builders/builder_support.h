#pragma once
// What the report builders share: reading a record's fields by key without throwing (a file of
// an older schema lacks some), field labels from the catalogue, values as people read them,
// levels with their band colour, records in natural ref order, and link lookups indexed once per
// report (a register of 10,000 risks must not scan every link for every row).

#include "domain/isms_data.h"
#include "reports/report_document.h"

#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace isms::reports::builders {

// One register's records in natural ref order (domain/ref_order.h).
std::vector<const Record*> sortedByRef(const IsmsData& data, std::string_view registerKey);

// A field of one register, looked up once; reads give the empty value when the register's
// schema has no such field.
class FieldReader {
public:
    FieldReader(const IsmsData& data, std::string_view registerKey, const std::string& fieldKey);

    const FieldDef* def() const { return m_field; }
    const Value& value(const Record& record) const;
    std::string text(const Record& record) const;  // a text or an enum's key
    std::int64_t integer(const Record& record) const;
    std::optional<Date> date(const Record& record) const;
    bool boolean(const Record& record) const;

    // The field's label from the catalogue, translated (domainText).
    QString label() const;
    // A column titled with the field's label.
    Column column(int widthChars, bool wrap = false) const;
    // What a person reads: an enum's translated label, Yes/No, a date, a number, a text.
    // References are not resolved here (see Lookup::titleOf).
    QString display(const Record& record) const;

private:
    const FieldDef* m_field = nullptr;
    std::optional<std::size_t> m_index;
};

// Records by id and links by end, indexed once for a whole report.
class Lookup {
public:
    explicit Lookup(const IsmsData& data);

    const Record* record(std::string_view registerKey, RecordId id) const;
    // The record's name as lists show it (its title field), or empty when there is no record.
    QString titleOf(std::string_view registerKey, RecordId id) const;
    // A person's name for a reference field; empty when unset or naming nobody.
    QString personName(RecordId id) const { return titleOf(reg::people, id); }

    // Ids at the other end of `linkKey` from a record at its `from` end, and the reverse.
    const std::vector<RecordId>& targets(std::string_view linkKey, RecordId fromId) const;
    const std::vector<RecordId>& sources(std::string_view linkKey, RecordId toId) const;

    // Refs of the records with these ids, in natural ref order, joined by ", ".
    QString refs(std::string_view registerKey, const std::vector<RecordId>& ids) const;
    // The records with these ids in natural ref order (ids naming nothing are skipped).
    std::vector<const Record*> records(std::string_view registerKey,
                                       const std::vector<RecordId>& ids) const;

private:
    using Ids = std::vector<RecordId>;
    const IsmsData& m_data;
    std::unordered_map<std::string, std::unordered_map<RecordId, const Record*>> m_records;
    std::unordered_map<std::string, std::unordered_map<RecordId, Ids>> m_forward;
    std::unordered_map<std::string, std::unordered_map<RecordId, Ids>> m_backward;
};

// The label of a link as seen from its `from` end (or its `to` end), translated.
QString linkLabel(const IsmsData& data, std::string_view linkKey, bool fromEnd);
// A register's title, translated.
QString registerTitle(const IsmsData& data, std::string_view registerKey);

RecordCell recordCell(std::string_view registerKey, const Record& record);

// A risk score as a level: the score, the methodology band's label and colour. An empty cell
// for a score of 0 (unassessed).
Cell scoreCell(const Methodology& methodology, int score);
LevelCell scoreLevel(const Methodology& methodology, int score);
// A level on a scale (likelihood or impact) with its label; empty for 0 or off the scale.
Cell scaleCell(const std::vector<ScaleLevel>& scale, std::int64_t level);

// The methodology band's colour as a QColor (invalid for a malformed colour).
QColor bandColour(const RiskBand& band);

Cell dateCell(const std::optional<Date>& date);
// A text cell, empty when the text is blank.
Cell textCell(const QString& text);
QString qtext(std::string_view text);

} // namespace isms::reports::builders

namespace isms {
struct HeatMap;
}

namespace isms::reports::builders {

// The likelihood x impact matrix as a figure: rows from the highest likelihood down, each cell
// the methodology's score in its band's colour, with the number of risks in it when `counts`
// is given (the register's heat maps) and none when the figure is the matrix itself (criteria).
HeatMapFigure matrixFigure(const Methodology& methodology, const QString& title,
                           const HeatMap* counts);

} // namespace isms::reports::builders
