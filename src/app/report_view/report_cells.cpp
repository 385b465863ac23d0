#include "app/report_view/report_cells.h"

#include <QLocale>

namespace isms::app {

QString displayText(const reports::Cell& cell)
{
    if (const auto* date = std::get_if<QDate>(&cell.value))
        return QLocale().toString(*date, QLocale::ShortFormat);
    return reports::cellText(cell);
}

const reports::RecordCell* recordOf(const reports::Cell& cell)
{
    return std::get_if<reports::RecordCell>(&cell.value);
}

} // namespace isms::app
