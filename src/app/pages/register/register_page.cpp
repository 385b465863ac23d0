#include "app/pages/register/register_page.h"

#include "app/session/document_session.h"
#include "app/session/value_convert.h"
#include "app/views/register_view.h"
#include "domain/catalogue.h"
#include "reports/domain_text.h"

#include <QVBoxLayout>

#include <string_view>

namespace isms::app {

namespace {
// The registers that are a report of their own (reports/report_kind.h); the others export none.
QString reportKindOf(std::string_view registerKey)
{
    if (registerKey == reg::controls)
        return QStringLiteral("soa");
    if (registerKey == reg::risks)
        return QStringLiteral("risks");
    if (registerKey == reg::treatments)
        return QStringLiteral("treatment");
    return {};
}
} // namespace

PageDescription RegisterPage::description(const RegisterDef& def)
{
    PageInfo info;
    info.key = qs(def.key);
    info.title = reports::domainText(def.title);
    info.group = reports::domainText(def.group);
    info.clause = qs(def.clause);
    // The title first: an elided navigation entry is read in full here.
    info.toolTip = tr("%1\n%2").arg(info.title, reports::domainText(def.description));
    return {info, [info, &def](const PageContext& context) -> Page* {
                return new RegisterPage(info, context.session, def, context.messages);
            }};
}

RegisterPage::RegisterPage(PageInfo info, DocumentSession& session, const RegisterDef& def,
                           MessagePresenter& messages, QWidget* parent)
    : Page(std::move(info), parent), m_session(session),
      m_view(new RegisterView(session, def, messages))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setFocusProxy(m_view);
    connect(m_view, &RegisterView::currentRecordChanged, this,
            [this](const QString& registerKey, qint64 id) {
                emit currentRecordChanged(registerKey, id);
                emit actionsChanged();
            });
    connect(m_view, &RegisterView::recordActivated, this, &Page::recordActivated);
}

PageActions RegisterPage::actions() const
{
    PageActions can = PageActions(PageAction::NewRecord) | PageAction::Find;
    if (!reportKind().isEmpty())
        can |= PageActions(PageAction::Export) | PageAction::Print;
    const qint64 id = m_view->currentId();
    if (id != 0) {
        can |= PageActions(PageAction::Duplicate) | PageAction::EditCell | PageAction::Attach;
        if (m_session.canDelete(m_view->registerDef().key, id))
            can |= PageAction::Delete;
    }
    return can;
}

void RegisterPage::trigger(PageAction action)
{
    if (!actions().testFlag(action))
        return;
    switch (action) {
    case PageAction::NewRecord: m_view->addRecord(); break;
    case PageAction::Duplicate: m_view->duplicateCurrent(); break;
    case PageAction::Delete: m_view->deleteCurrent(); break;
    case PageAction::EditCell: m_view->editCurrentCell(); break;
    case PageAction::Find: m_view->focusFilter(); break;
    // Attach goes to the detail pane, Export and Print to the report: the window's.
    case PageAction::Attach:
    case PageAction::Export:
    case PageAction::Print: break;
    }
}

bool RegisterPage::selectRecord(qint64 id)
{
    return m_view->selectRecord(id);
}

qint64 RegisterPage::currentRecord() const
{
    return m_view->currentId();
}

QByteArray RegisterPage::saveState() const
{
    return m_view->headerState();
}

void RegisterPage::restoreState(const QByteArray& state)
{
    m_view->restoreHeader(state);
}

QString RegisterPage::stateKey() const
{
    return QStringLiteral("registers/%1/header").arg(key());
}

QString RegisterPage::reportKind() const
{
    return reportKindOf(m_view->registerDef().key);
}

bool RegisterPage::applyFilter(const RecordFilter& filter)
{
    m_view->setRecordFilter(filter);
    return true;
}

} // namespace isms::app
