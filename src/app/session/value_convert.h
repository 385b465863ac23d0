#pragma once
// Crossing between the domain's plain C++ values and Qt's: one place, so every view agrees.

#include "domain/field.h"
#include "domain/value.h"

#include <QString>
#include <QVariant>

#include <string>

namespace isms::app {

inline QString qs(const std::string& s) { return QString::fromStdString(s); }
inline std::string ss(const QString& s) { return s.toStdString(); }

// monostate -> invalid QVariant, bool, qint64, double, QString, QDate.
QVariant toVariant(const Value& value);
// The value a field of `type` holds for `variant` (an invalid or empty variant -> empty value).
Value fromVariant(const QVariant& variant, FieldType type);

} // namespace isms::app
