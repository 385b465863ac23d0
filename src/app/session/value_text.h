#pragma once
// How a stored value reads to a person: enum labels, referenced records by ref and title, dates in
// the user's locale, scale levels and risk levels with their number and label.

#include "domain/field.h"
#include "domain/methodology.h"
#include "domain/value.h"

#include <QColor>
#include <QString>

namespace isms::app {

class DocumentSession;

QString displayText(DocumentSession& session, const FieldDef& field, const Value& value);
// "4 · Likely": the number always, the label when the scale has one.
QString scaleText(const Methodology& methodology, FieldType type, std::int64_t level);
// "16 · High" for a risk level score; "" when unassessed.
QString levelText(const Methodology& methodology, const Value& value);
// The band colour of a risk level score; invalid when unassessed or outside every band.
QColor levelColour(const Methodology& methodology, const Value& value);

} // namespace isms::app
