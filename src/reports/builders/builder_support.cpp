#include "reports/builders/builder_support.h"

#include "domain/ref_order.h"
#include "domain/rule_item.h"
#include "reports/domain_text.h"

#include <QCoreApplication>

#include <algorithm>

namespace isms::reports::builders {

namespace {

const char* const kContext = "isms::reports::builders";

const std::vector<RecordId>& none()
{
    static const std::vector<RecordId> empty;
    return empty;
}

} // namespace

QString qtext(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

std::vector<const Record*> sortedByRef(const IsmsData& data, std::string_view registerKey)
{
    std::vector<const Record*> sorted;
    const auto& records = data.of(registerKey);
    sorted.reserve(records.size());
    for (const auto& r : records)
        sorted.push_back(&r);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Record* a, const Record* b) { return refLess(a->ref, b->ref); });
    return sorted;
}

FieldReader::FieldReader(const IsmsData& data, std::string_view registerKey, const std::string& fieldKey)
{
    if (const RegisterDef* def = data.catalogue->find(registerKey)) {
        m_field = def->field(fieldKey);
        m_index = def->indexOf(fieldKey);
    }
}

const Value& FieldReader::value(const Record& record) const
{
    static const Value empty;
    if (!m_index || *m_index >= record.values.size())
        return empty;
    return record.values[*m_index];
}

std::string FieldReader::text(const Record& record) const
{
    const auto* s = std::get_if<std::string>(&value(record));
    return s ? *s : std::string();
}

std::int64_t FieldReader::integer(const Record& record) const
{
    const auto* n = std::get_if<std::int64_t>(&value(record));
    return n ? *n : 0;
}

std::optional<Date> FieldReader::date(const Record& record) const
{
    const auto* d = std::get_if<Date>(&value(record));
    return d ? std::optional<Date>(*d) : std::nullopt;
}

bool FieldReader::boolean(const Record& record) const
{
    const auto* b = std::get_if<bool>(&value(record));
    return b && *b;
}

QString FieldReader::label() const
{
    return m_field ? domainText(m_field->label) : QString();
}

Column FieldReader::column(int widthChars, bool wrap) const
{
    return Column{label(), widthChars, wrap};
}

QString FieldReader::display(const Record& record) const
{
    const Value& v = value(record);
    if (isEmpty(v) || !m_field)
        return {};
    if (const auto* b = std::get_if<bool>(&v))
        return *b ? QCoreApplication::translate(kContext, "Yes") : QCoreApplication::translate(kContext, "No");
    if (const auto* d = std::get_if<Date>(&v))
        return qtext(d->toIso());
    if (const auto* n = std::get_if<std::int64_t>(&v))
        return QString::number(*n);
    if (const auto* x = std::get_if<double>(&v))
        return QString::number(*x);
    const auto& s = std::get<std::string>(v);
    if (m_field->type == FieldType::Enum) {
        const EnumOption* option = m_field->option(s);
        return option ? domainText(option->label) : qtext(s);
    }
    return qtext(s);
}

Lookup::Lookup(const IsmsData& data) : m_data(data)
{
    for (const auto& [key, records] : data.records) {
        auto& byId = m_records[key];
        byId.reserve(records.size());
        for (const auto& r : records)
            byId.emplace(r.id, &r);
    }
    for (const Link& link : data.links) {
        m_forward[link.link][link.fromId].push_back(link.toId);
        m_backward[link.link][link.toId].push_back(link.fromId);
    }
}

const Record* Lookup::record(std::string_view registerKey, RecordId id) const
{
    const auto reg = m_records.find(std::string(registerKey));
    if (reg == m_records.end())
        return nullptr;
    const auto it = reg->second.find(id);
    return it == reg->second.end() ? nullptr : it->second;
}

QString Lookup::titleOf(std::string_view registerKey, RecordId id) const
{
    if (id == 0)
        return {};
    const Record* r = record(registerKey, id);
    return r ? qtext(recordTitle(m_data, registerKey, *r)) : QString();
}

const std::vector<RecordId>& Lookup::targets(std::string_view linkKey, RecordId fromId) const
{
    const auto link = m_forward.find(std::string(linkKey));
    if (link == m_forward.end())
        return none();
    const auto it = link->second.find(fromId);
    return it == link->second.end() ? none() : it->second;
}

const std::vector<RecordId>& Lookup::sources(std::string_view linkKey, RecordId toId) const
{
    const auto link = m_backward.find(std::string(linkKey));
    if (link == m_backward.end())
        return none();
    const auto it = link->second.find(toId);
    return it == link->second.end() ? none() : it->second;
}

std::vector<const Record*> Lookup::records(std::string_view registerKey,
                                           const std::vector<RecordId>& ids) const
{
    std::vector<const Record*> found;
    for (RecordId id : ids)
        if (const Record* r = record(registerKey, id))
            found.push_back(r);
    std::sort(found.begin(), found.end(),
              [](const Record* a, const Record* b) { return refLess(a->ref, b->ref); });
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}

QString Lookup::refs(std::string_view registerKey, const std::vector<RecordId>& ids) const
{
    QStringList refs;
    for (const Record* r : records(registerKey, ids))
        refs << qtext(r->ref);
    return refs.join(QStringLiteral(", "));
}

QString linkLabel(const IsmsData& data, std::string_view linkKey, bool fromEnd)
{
    const LinkDef* link = data.catalogue->findLink(linkKey);
    if (!link)
        return {};
    return domainText(fromEnd ? link->label : link->reverseLabel);
}

QString registerTitle(const IsmsData& data, std::string_view registerKey)
{
    const RegisterDef* def = data.catalogue->find(registerKey);
    return def ? domainText(def->title) : qtext(registerKey);
}

RecordCell recordCell(std::string_view registerKey, const Record& record)
{
    return RecordCell{qtext(registerKey), record.id, qtext(record.ref)};
}

QColor bandColour(const RiskBand& band)
{
    const QColor colour(qtext(band.colour));
    return colour.isValid() ? colour : QColor();
}

LevelCell scoreLevel(const Methodology& methodology, int score)
{
    LevelCell level;
    level.number = score;
    if (const RiskBand* band = methodology.band(score)) {
        // Band labels are the file's own words (the methodology page edits them), not domain text.
        level.label = qtext(band->label);
        level.colour = bandColour(*band);
    }
    return level;
}

Cell scoreCell(const Methodology& methodology, int score)
{
    if (score <= 0)
        return {};
    return Cell(scoreLevel(methodology, score));
}

Cell scaleCell(const std::vector<ScaleLevel>& scale, std::int64_t level)
{
    if (level < 1 || level > static_cast<std::int64_t>(scale.size()))
        return {};
    return Cell(LevelCell{static_cast<int>(level), qtext(scale[static_cast<std::size_t>(level - 1)].label), {}});
}

Cell dateCell(const std::optional<Date>& date)
{
    if (!date)
        return {};
    return Cell(QDate(date->year, date->month, date->day));
}

Cell textCell(const QString& text)
{
    if (text.trimmed().isEmpty())
        return {};
    return Cell(text);
}

} // namespace isms::reports::builders

#include "domain/risk_flags.h"

namespace isms::reports::builders {

HeatMapFigure matrixFigure(const Methodology& methodology, const QString& title, const HeatMap* counts)
{
    HeatMapFigure figure;
    figure.title = title;
    figure.rowAxis = QCoreApplication::translate(kContext, "Likelihood");
    figure.columnAxis = QCoreApplication::translate(kContext, "Impact");
    const int rows = static_cast<int>(methodology.likelihood.size());
    const int columns = static_cast<int>(methodology.impact.size());
    for (int i = 1; i <= columns; ++i)
        figure.columnLabels << QStringLiteral("%1 %2").arg(i).arg(
            qtext(methodology.impact[static_cast<std::size_t>(i - 1)].label));
    for (int l = rows; l >= 1; --l) {
        figure.rowLabels << QStringLiteral("%1 %2").arg(l).arg(
            qtext(methodology.likelihood[static_cast<std::size_t>(l - 1)].label));
        std::vector<LevelCell> levels;
        std::vector<int> cellCounts;
        for (int i = 1; i <= columns; ++i) {
            levels.push_back(scoreLevel(methodology, methodology.score(l, i)));
            if (counts)
                cellCounts.push_back(counts->count(l, i));
        }
        figure.levels.push_back(std::move(levels));
        if (counts)
            figure.counts.push_back(std::move(cellCounts));
    }
    return figure;
}

} // namespace isms::reports::builders
