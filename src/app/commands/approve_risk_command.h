#pragma once
// Edit › Approve Treatment… as one undoable step. Redo records the risk owner's approval
// (storage's approveRisk: checked, snapshotted, hashed, logged "approve"); undo withdraws exactly
// the approval that redo made (logged "withdraw"). A redo after an undo gives the same approval
// again (same approver, rationale and expiry) as a new entry at the time of the redo: the log
// shows that it was withdrawn and given again, as it was.

#include "app/commands/file_command.h"
#include "storage/isms_file.h"

namespace isms::app {

class ApproveRiskCommand : public FileCommand {
public:
    ApproveRiskCommand(DocumentSession& session, storage::ApprovalRequest request, const QString& text);
    // "Approve treatment of R-003".
    static ApproveRiskCommand* create(DocumentSession& session, storage::ApprovalRequest request);

    // The approval the last redo recorded; its id is 0 before the first redo and after an undo.
    const RiskApproval& approval() const { return m_approval; }

protected:
    Result<void> applyRedo() override;
    Result<void> applyUndo() override;

private:
    storage::ApprovalRequest m_request;
    RiskApproval m_approval;
};

} // namespace isms::app
