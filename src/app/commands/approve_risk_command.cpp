#include "app/commands/approve_risk_command.h"

#include "app/session/document_session.h"
#include "app/session/record_labels.h"

#include <QCoreApplication>

namespace isms::app {

ApproveRiskCommand::ApproveRiskCommand(DocumentSession& session, storage::ApprovalRequest request,
                                       const QString& text)
    : FileCommand(session, text), m_request(std::move(request))
{
}

ApproveRiskCommand* ApproveRiskCommand::create(DocumentSession& session, storage::ApprovalRequest request)
{
    const QString ref = session.labels().ref(std::string(reg::risks), request.riskId);
    return new ApproveRiskCommand(
        session, std::move(request),
        QCoreApplication::translate("ApproveRiskCommand", "Approve treatment of %1").arg(ref));
}

Result<void> ApproveRiskCommand::applyRedo()
{
    auto approved = session().file().approveRisk(m_request);
    if (!approved)
        return approved.error();
    m_approval = std::move(*approved);
    return Ok{};
}

Result<void> ApproveRiskCommand::applyUndo()
{
    if (auto withdrawn = session().file().withdrawApproval(m_approval.id); !withdrawn)
        return withdrawn.error();
    m_approval.id = 0;
    return Ok{};
}

} // namespace isms::app
