#pragma once
// Crossing between the domain's plain C++ values and Qt's: one place, so every view agrees.

#include "domain/field.h"
#include "domain/value.h"

#include <QString>
#include <QVariant>

#include <filesystem>
#include <string>

namespace isms::app {

inline QString qs(const std::string& s) { return QString::fromStdString(s); }
inline std::string ss(const QString& s) { return s.toStdString(); }
// A path the user chose, made absolute and clean, for storage and content (UTF-16 keeps every
// character whatever the locale); and back, for messages and dialogs.
std::filesystem::path fsPath(const QString& path);
inline QString qpath(const std::filesystem::path& path) { return QString::fromStdU16String(path.u16string()); }

// monostate -> invalid QVariant, bool, qint64, double, QString, QDate.
QVariant toVariant(const Value& value);
// The value a field of `type` holds for `variant` (an invalid or empty variant -> empty value).
Value fromVariant(const QVariant& variant, FieldType type);

} // namespace isms::app
