#pragma once
// The dashboard's page: a thin adapter around DashboardView (src/app/dashboard/), which draws
// the readiness report. The workspace feeds the view its summaries; the page places it in the
// navigation, forwards its links and says what it exports.

#include "app/pages/page.h"
#include "app/pages/page_registry.h"

namespace isms::app {

class DashboardView;
class DocumentSession;

class DashboardPage final : public Page {
    Q_OBJECT

public:
    // The dashboard is the home page: its key is empty, the default Location.
    static QString pageKey() { return {}; }
    static PageDescription description();

    DashboardPage(PageInfo info, DocumentSession& session, QWidget* parent = nullptr);

    DashboardView* view() const { return m_view; }

    PageActions actions() const override;
    QString reportKind() const override { return QStringLiteral("readiness"); }

private:
    DashboardView* m_view;
};

} // namespace isms::app
