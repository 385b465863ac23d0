#pragma once
// Edit › Approve Treatment…: the risk as it stands (ref, title, levels, treatment, treating
// controls and whether an approval holds now), shown read-only so the owner sees what they
// accept; then who approves (a person of the people register, the risk's owner first), why
// (required) and, optionally, until when. Approve is enabled only when the domain's
// approvalProblem() finds nothing, and its message is shown while it does. Approving pushes an
// ApproveRiskCommand: one undo step.

#include <QDialog>

#include <memory>

// After Qt: moc 6.4 fails on <compare> (from domain/date.h) when it is seen before Qt.
#include "storage/isms_file.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Ui {
class ApproveRiskDialog;
}

namespace isms::app {

class DocumentSession;

class ApproveRiskDialog : public QDialog {
    Q_OBJECT

public:
    ApproveRiskDialog(DocumentSession& session, RecordId riskId, QWidget* parent = nullptr);
    ~ApproveRiskDialog() override;

    // The approval as filled in now.
    storage::ApprovalRequest request() const;
    // What keeps it from being given, translated; empty when Approve may be pressed.
    QString problem() const;
    // Records the approval as one undo step; false (the session reports why) when storage
    // refused it. Approve does this and closes the dialog when it worked.
    bool approveNow();

    QPushButton* approveButton() const;
    QComboBox* approverCombo() const;
    QPlainTextEdit* rationaleEdit() const;
    QCheckBox* expiresCheck() const;
    QDateEdit* expiresEdit() const;
    QLabel* problemLabel() const;
    // The read-only summary of the risk, one line per row ("Residual level: 6 · Medium").
    QStringList riskSummary() const;

private:
    void showRisk(const Record& risk);
    void fillApprovers(const Record& risk);
    void check();

    DocumentSession& m_session;
    RecordId m_riskId = 0;
    std::unique_ptr<Ui::ApproveRiskDialog> m_ui;
};

} // namespace isms::app
