#include "app/approval/approval_controller.h"

#include "app/approval/approve_risk_dialog.h"
#include "app/session/document_session.h"
#include "app/session/value_convert.h"
#include "app/views/register_view.h"
#include "app/window/document_workspace.h"
#include "app/window/main_window.h"

#include <QAction>

namespace isms::app {

ApprovalActionState approvalActionState(const DocumentSession* session, const QString& registerKey, RecordId id)
{
    if (!session)
        return {false, ApprovalController::tr("Open an ISMS file to approve a risk's treatment.")};
    if (session->isReadOnly())
        return {false, session->file().info().auditCopy
                           ? ApprovalController::tr("An audit copy cannot be changed: approve in the working file.")
                           : ApprovalController::tr("This file was opened read-only: open it normally to approve.")};
    if (registerKey != qs(std::string(reg::risks)) || id == 0)
        return {false, ApprovalController::tr("Select one risk in the risks register to approve its treatment.")};
    return {true, ApprovalController::tr("Record that the risk owner approves this risk's treatment and accepts "
                                         "its residual risk (ISO/IEC 27001 6.1.3 f)")};
}

void applyApprovalActionState(QAction& action, const ApprovalActionState& state)
{
    action.setEnabled(state.enabled);
    action.setToolTip(state.why);
    action.setStatusTip(state.why);
}

ApproveRiskDialog* openApproveRiskDialog(DocumentSession& session, RecordId riskId, QWidget* parent)
{
    if (session.isReadOnly() || riskId == 0)
        return nullptr;
    auto* dialog = new ApproveRiskDialog(session, riskId, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ApprovalController::ApprovalController(MainWindow& window) : QObject(&window), m_window(window)
{
    setObjectName(QStringLiteral("approvalController"));
    connect(window.actions().approveTreatment, &QAction::triggered, this, [this] { approveSelected(); });
}

std::pair<QString, RecordId> ApprovalController::selected() const
{
    DocumentWorkspace* workspace = m_window.workspace();
    RegisterView* view = workspace ? workspace->currentRegisterView() : nullptr;
    if (!view)
        return {};
    return {qs(view->registerDef().key), view->currentId()};
}

void ApprovalController::updateAction()
{
    const auto [key, id] = selected();
    applyApprovalActionState(*m_window.actions().approveTreatment, approvalActionState(m_window.session(), key, id));
}

ApproveRiskDialog* ApprovalController::approveSelected()
{
    const auto [key, id] = selected();
    DocumentSession* session = m_window.session();
    if (!approvalActionState(session, key, id).enabled)
        return nullptr;
    return openApproveRiskDialog(*session, id, &m_window);
}

} // namespace isms::app
