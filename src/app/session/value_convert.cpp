#include "app/session/value_convert.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>

namespace isms::app {

std::filesystem::path fsPath(const QString& path)
{
    return std::filesystem::path(QDir::cleanPath(QFileInfo(path).absoluteFilePath()).toStdU16String());
}

QVariant toVariant(const Value& value)
{
    struct Visitor {
        QVariant operator()(std::monostate) const { return {}; }
        QVariant operator()(bool b) const { return b; }
        QVariant operator()(std::int64_t i) const { return QVariant::fromValue<qint64>(i); }
        QVariant operator()(double d) const { return d; }
        QVariant operator()(const std::string& s) const { return qs(s); }
        QVariant operator()(const Date& d) const { return QDate(d.year, d.month, d.day); }
    };
    return std::visit(Visitor{}, value);
}

Value fromVariant(const QVariant& variant, FieldType type)
{
    if (!variant.isValid() || variant.isNull())
        return {};
    switch (type) {
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Enum: {
        const QString text = variant.toString();
        if (text.isEmpty())
            return {};
        return ss(text);
    }
    case FieldType::Integer:
    case FieldType::Reference:
    case FieldType::Likelihood:
    case FieldType::Impact:
    case FieldType::Level: {
        bool ok = false;
        const qint64 number = variant.toLongLong(&ok);
        // 0 is "no choice" for references and scale levels: they count from 1.
        if (!ok || (number == 0 && type != FieldType::Integer))
            return {};
        return std::int64_t{number};
    }
    case FieldType::Real: {
        bool ok = false;
        const double number = variant.toDouble(&ok);
        if (!ok)
            return {};
        return number;
    }
    case FieldType::Boolean:
        return variant.toBool();
    case FieldType::Date: {
        const QDate date = variant.toDate();
        if (!date.isValid())
            return {};
        return Date{date.year(), date.month(), date.day()};
    }
    }
    return {};
}

} // namespace isms::app
