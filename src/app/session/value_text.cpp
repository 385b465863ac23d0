#include "app/session/value_text.h"
#include "reports/domain_text.h"

#include "app/session/document_session.h"
#include "app/session/record_labels.h"
#include "app/session/value_convert.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace isms::app {

namespace {
const QString kDot = QStringLiteral(" \u00b7 ");

// lupdate files a free function's tr() under its namespace: the same context here.
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("isms::app", text, disambiguation, n);
}
} // namespace

QString scaleText(const Methodology& methodology, FieldType type, std::int64_t level)
{
    const auto& scale = type == FieldType::Likelihood ? methodology.likelihood : methodology.impact;
    const QString number = QString::number(level);
    if (level >= 1 && level <= static_cast<std::int64_t>(scale.size()))
        return number + kDot + qs(scale[static_cast<std::size_t>(level - 1)].label);
    return number;
}

QString levelText(const Methodology& methodology, const Value& value)
{
    const auto* score = std::get_if<std::int64_t>(&value);
    if (!score || *score <= 0)
        return {};
    const RiskBand* band = methodology.band(static_cast<int>(*score));
    const QString number = QString::number(*score);
    return band ? number + kDot + qs(band->label) : number;
}

QColor levelColour(const Methodology& methodology, const Value& value)
{
    const auto* score = std::get_if<std::int64_t>(&value);
    if (!score || *score <= 0)
        return {};
    const RiskBand* band = methodology.band(static_cast<int>(*score));
    return band ? QColor(qs(band->colour)) : QColor();
}

QString displayText(DocumentSession& session, const FieldDef& field, const Value& value)
{
    if (std::holds_alternative<std::monostate>(value))
        return {};
    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText: {
        const auto* s = std::get_if<std::string>(&value);
        return s ? qs(*s) : QString();
    }
    case FieldType::Enum: {
        const auto* s = std::get_if<std::string>(&value);
        if (!s)
            return {};
        const EnumOption* option = field.option(*s);
        return option ? reports::domainText(option->label) : qs(*s);
    }
    case FieldType::Integer: {
        const auto* i = std::get_if<std::int64_t>(&value);
        return i ? QLocale().toString(static_cast<qlonglong>(*i)) : QString();
    }
    case FieldType::Real: {
        const auto* d = std::get_if<double>(&value);
        return d ? QLocale().toString(*d, 'g', 12) : QString();
    }
    case FieldType::Boolean: {
        const auto* b = std::get_if<bool>(&value);
        return b && *b ? tr("Yes") : tr("No");
    }
    case FieldType::Date: {
        const auto* d = std::get_if<Date>(&value);
        return d ? QLocale().toString(QDate(d->year, d->month, d->day), QLocale::ShortFormat)
                 : QString();
    }
    case FieldType::Reference: {
        const auto* id = std::get_if<std::int64_t>(&value);
        return id ? session.labels().label(field.target, *id) : QString();
    }
    case FieldType::Likelihood:
    case FieldType::Impact: {
        const auto* level = std::get_if<std::int64_t>(&value);
        return level ? scaleText(session.methodology(), field.type, *level) : QString();
    }
    case FieldType::Level:
        return levelText(session.methodology(), value);
    }
    return {};
}

} // namespace isms::app
