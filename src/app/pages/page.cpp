#include "app/pages/page.h"

#include <utility>

namespace isms::app {

Page::Page(PageInfo info, QWidget* parent) : QWidget(parent), m_info(std::move(info)) {}

void Page::trigger(PageAction) {}

bool Page::selectRecord(qint64)
{
    return false;
}

void Page::restoreState(const QByteArray&) {}

bool Page::applyFilter(const RecordFilter&)
{
    return false;
}

void Page::liveDataChanged(const IsmsData&, const std::vector<storage::Change>*) {}

QString Page::stateKey() const
{
    return QStringLiteral("pages/%1/state").arg(m_info.key);
}

} // namespace isms::app
