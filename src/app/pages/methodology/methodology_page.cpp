#include "app/pages/methodology/methodology_page.h"

#include "app/pages/methodology/methodology_editor.h"
#include "domain/catalogue.h"
#include "reports/domain_text.h"

#include <QVBoxLayout>

namespace isms::app {

PageDescription MethodologyPage::description(const Catalogue& catalogue)
{
    PageInfo info;
    info.key = MethodologyEditor::pageKey();
    info.title = tr("Risk methodology");
    // Under the heading of the risk register, whose levels it defines.
    if (const RegisterDef* risks = catalogue.find(reg::risks))
        info.group = reports::domainText(risks->group);
    info.clause = QStringLiteral("6.1.2");
    info.icon = QStringLiteral("risk-methodology");
    info.toolTip = tr("Scales, matrix, bands and acceptance criteria (clause 6.1.2)");
    return {info, [info](const PageContext& context) -> Page* {
                return new MethodologyPage(info, context.session);
            }};
}

MethodologyPage::MethodologyPage(PageInfo info, DocumentSession& session, QWidget* parent)
    : Page(std::move(info), parent), m_editor(new MethodologyEditor(session))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor);
    setFocusProxy(m_editor);
}

PageActions MethodologyPage::actions() const
{
    return PageActions(PageAction::Export) | PageAction::Print;
}

} // namespace isms::app
