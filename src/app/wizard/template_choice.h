#pragma once
// Choosing a client template for New from Template, and saying what it brings in the wizard.

#include <QString>
#include <QStringList>

class QWidget;

namespace isms::content {
struct TemplateSummary;
}

namespace isms::app {

// One of the templates in `folder` (by name, in a list), or any template file chosen by
// browsing; "" when cancelled. With no template in the folder the file dialog opens at once.
QString chooseTemplate(const QString& folder, QWidget* parent);

// "a 5 × 5 risk method", "90 control decisions with their justifications", ...
QStringList templateBrings(const content::TemplateSummary& summary);

} // namespace isms::app
