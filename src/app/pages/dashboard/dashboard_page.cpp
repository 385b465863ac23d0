#include "app/pages/dashboard/dashboard_page.h"

#include "domain/catalogue.h"

#include "app/dashboard/dashboard_view.h"
#include "app/session/document_session.h"

#include <QVBoxLayout>

namespace isms::app {

PageDescription DashboardPage::description()
{
    PageInfo info;
    info.key = pageKey();
    info.title = tr("Dashboard");
    info.clause = QStringLiteral("9.1");
    info.icon = QStringLiteral("view-dashboard");
    info.toolTip = tr("What needs doing, the risk heat maps, audit readiness per clause and the "
                      "state of the Statement of Applicability");
    return {info, [info](const PageContext& context) -> Page* {
                return new DashboardPage(info, context.session);
            }};
}

DashboardPage::DashboardPage(PageInfo info, DocumentSession& session, QWidget* parent)
    : Page(std::move(info), parent), m_view(new DashboardView(session.clock()))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setFocusProxy(m_view);
    connect(m_view, &DashboardView::recordActivated, this, &Page::recordActivated);
    connect(m_view, &DashboardView::registerActivated, this, &Page::pageRequested);
    connect(m_view, &DashboardView::riskCellActivated, this, [this](const RecordFilter& filter) {
        emit filteredPageRequested(QString::fromLatin1(reg::risks.data(), static_cast<int>(reg::risks.size())), filter);
    });
}

PageActions DashboardPage::actions() const
{
    return PageActions(PageAction::Export) | PageAction::Print;
}

} // namespace isms::app
