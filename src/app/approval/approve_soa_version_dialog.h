#pragma once
// Approve SoA Version…: freezes the Statement of Applicability as the next numbered version
// (6.1.3 d). It shows the number the version will get and how many controls are undecided (the
// version is then marked incomplete, which storage allows), asks who approves (a person of the
// people register, chosen deliberately: none is preselected) and an optional note.
//
// A version is permanent: storage has no withdraw, so approving is NOT an undo step. The dialog
// says so, and its OK button reads "Approve Version N" so the user confirms exactly that. A
// refusal from storage (one transaction: nothing half-done) is shown in the dialog, which stays
// open with what was typed.

#include <QDialog>

#include <memory>
#include <optional>

// After Qt: moc 6.4 fails on <compare> (from domain/date.h) when it is seen before Qt.
#include "storage/isms_file.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Ui {
class ApproveSoaVersionDialog;
}

namespace isms::app {

class DocumentSession;

class ApproveSoaVersionDialog : public QDialog {
    Q_OBJECT

public:
    explicit ApproveSoaVersionDialog(DocumentSession& session, QWidget* parent = nullptr);
    ~ApproveSoaVersionDialog() override;

    // The number the new version will get, and the controls without a decision now.
    int nextNumber() const { return m_next; }
    int undecided() const { return m_undecided; }

    storage::SoaApprovalRequest request() const;
    // What keeps Approve disabled, translated; empty when it may be pressed.
    QString problem() const;
    // Approves through storage; false (the reason shown in the dialog) when refused.
    bool approveNow();
    // The version made by the last approveNow() that worked.
    const std::optional<SoaVersion>& approved() const { return m_approved; }

    QPushButton* approveButton() const;
    QComboBox* approverCombo() const;
    QPlainTextEdit* noteEdit() const;
    QLabel* problemLabel() const;
    QLabel* numberLabel() const;
    QLabel* undecidedLabel() const;

private:
    void readState();
    void check();

    DocumentSession& m_session;
    std::unique_ptr<Ui::ApproveSoaVersionDialog> m_ui;
    int m_next = 1;
    int m_undecided = 0;
    QString m_readError;     // the SoA could not be read: nothing can be approved
    QString m_storageError;  // storage's last refusal, shown until the approver changes
    std::optional<SoaVersion> m_approved;
};

} // namespace isms::app
