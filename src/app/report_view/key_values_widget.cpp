#include "app/report_view/key_values_widget.h"

#include "app/report_view/report_cells.h"

#include <QGridLayout>
#include <QLabel>

namespace isms::app {

KeyValuesWidget::KeyValuesWidget(QWidget* parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(10);
    m_grid->setVerticalSpacing(4);
    m_grid->setColumnStretch(1, 1);
}

void KeyValuesWidget::setKeyValues(const reports::KeyValues& keyValues)
{
    m_shown = keyValues;
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int row = 0;
    for (const auto& [key, cell] : keyValues.items) {
        auto* label = new QLabel(tr("%1:").arg(key), this);
        auto* value = new QLabel(this);
        value->setWordWrap(true);
        if (const auto* record = recordOf(cell)) {
            // In the palette's link colour: QLabel would use the application's.
            value->setTextFormat(Qt::RichText);
            value->setText(QStringLiteral("<a href=\"open\" style=\"color:%1\">%2</a>")
                               .arg(palette().color(QPalette::Link).name(), record->ref.toHtmlEscaped()));
            const reports::RecordCell target = *record;
            connect(value, &QLabel::linkActivated, this, [this, target] {
                if (target.id > 0)
                    emit recordActivated(target.registerKey, target.id);
                else
                    emit registerActivated(target.registerKey);
            });
        } else {
            value->setTextFormat(Qt::PlainText);
            value->setText(displayText(cell));
        }
        m_grid->addWidget(label, row, 0, Qt::AlignTop);
        m_grid->addWidget(value, row, 1);
        ++row;
    }
}

QString KeyValuesWidget::value(const QString& key) const
{
    for (const auto& [k, cell] : m_shown.items)
        if (k == key)
            return displayText(cell);
    return {};
}

} // namespace isms::app
