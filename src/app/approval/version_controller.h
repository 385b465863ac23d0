#pragma once
// Wires the two permanent records of the window: Edit › Approve SoA Version… (on the SoA page,
// the controls register's) and Edit › Record Assessment Run… (on the risk assessments and the
// risks pages). Each is in the Edit menu only while its page is current, and enabled only in a
// file that may be written, saying why not otherwise (tool tip and status tip), as Approve
// Treatment… does (approval_controller.h). Neither is an undo step: see the dialogs' headers.

#include <QObject>

#include "app/approval/approval_controller.h"

namespace isms::app {

class ApproveSoaVersionDialog;
class RecordAssessmentDialog;
class RegisterView;

// `session` may be null (no file).
ApprovalActionState soaVersionActionState(const DocumentSession* session);
ApprovalActionState assessmentActionState(const DocumentSession* session);

class VersionController : public QObject {
    Q_OBJECT

public:
    explicit VersionController(MainWindow& window);

    // Shows and enables the actions for the page shown now (MainWindow::updateActions).
    void updateActions();
    // Open the dialogs (window-modal, not blocking; deleted when closed); null when the action
    // is disabled.
    ApproveSoaVersionDialog* approveSoaVersion();
    RecordAssessmentDialog* recordAssessment();

private:
    QString currentKey() const;
    // The assessments page's button for Record Assessment Run… (once per page).
    void addRunButton(RegisterView& view);
    // The SoA page's summary bar names the new version at once (storage reports a version as
    // an Info change, which reaches the page with the next live-data round).
    void showNewVersion();

    MainWindow& m_window;
};

} // namespace isms::app
