#pragma once
// Wires Edit › Approve Treatment… to the window: enabled only with one risk selected in a file
// that may be written, and saying why not otherwise (tool tip and status tip), so a greyed-out
// item is never a mystery. The record context menu offers the same through approvalActionState
// and openApproveRiskDialog.

#include <QObject>
#include <QString>

// After Qt: moc 6.4 fails on <compare> (from domain/date.h) when it is seen before Qt.
#include "domain/value.h"

class QAction;
class QWidget;

namespace isms::app {

class ApproveRiskDialog;
class DocumentSession;
class MainWindow;

// Whether the selected record can be approved now, and what the action says about it.
struct ApprovalActionState {
    bool enabled = false;
    QString why;  // translated: what it does, or why it cannot be done now
};
// `registerKey` and `id`: the record selected (0 for none); `session` may be null (no file).
ApprovalActionState approvalActionState(const DocumentSession* session, const QString& registerKey, RecordId id);
void applyApprovalActionState(QAction& action, const ApprovalActionState& state);

// Opens the dialog for risk `riskId` (window-modal, not blocking; deleted when closed); null in
// a read-only session.
ApproveRiskDialog* openApproveRiskDialog(DocumentSession& session, RecordId riskId, QWidget* parent);

class ApprovalController : public QObject {
    Q_OBJECT

public:
    explicit ApprovalController(MainWindow& window);

    // Enables the window's action for what is selected now (MainWindow::updateActions).
    void updateAction();
    // Opens the dialog for the selected risk; null when the action is disabled.
    ApproveRiskDialog* approveSelected();

private:
    // The register shown and its selected record (0 for none).
    std::pair<QString, RecordId> selected() const;

    MainWindow& m_window;
};

} // namespace isms::app
