#include "app/approval/approve_soa_version_dialog.h"

#include "app/approval/people_choice.h"
#include "app/session/document_session.h"
#include "app/session/value_convert.h"
#include "domain/soa_version.h"
#include "ui_approve_soa_version_dialog.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace isms::app {

ApproveSoaVersionDialog::ApproveSoaVersionDialog(DocumentSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_ui(std::make_unique<Ui::ApproveSoaVersionDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("approveSoaVersionDialog"));
    m_ui->problemLabel->setObjectName(QStringLiteral("soaVersionProblem"));
    readState();
    m_ui->numberValue->setText(tr("Version %1").arg(m_next));
    // Incomplete is allowed (storage keeps the count with the version); the dialog says so.
    if (m_undecided == 0)
        m_ui->undecidedValue->setText(tr("None: every control is decided."));
    else if (m_undecided == 1)
        m_ui->undecidedValue->setText(tr("1 control not decided yet: the version will be marked incomplete. "
                                         "That is allowed; decide it before the next version."));
    else
        m_ui->undecidedValue->setText(tr("%1 controls not decided yet: the version will be marked incomplete. "
                                         "That is allowed; decide them before the next version.")
                                          .arg(m_undecided));
    // Saying what is confirmed: a permanent version with this number.
    approveButton()->setText(tr("Approve Version %1").arg(m_next));
    // Cancel is the default: Enter never makes a permanent record, only a click on OK does
    // (otherwise the button box makes OK the default when shown).
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    // Nobody is preselected: who approves the SoA is a choice to make, not a default to accept.
    addPeople(*m_ui->approverCombo, session);
    m_ui->approverCombo->setPlaceholderText(tr("Choose who approves"));
    m_ui->approverCombo->setCurrentIndex(-1);

    connect(m_ui->approverCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_storageError.clear();
        check();
    });
    connect(approveButton(), &QPushButton::clicked, this, [this] {
        if (approveNow())
            accept();
    });
    check();
}

ApproveSoaVersionDialog::~ApproveSoaVersionDialog() = default;

QPushButton* ApproveSoaVersionDialog::approveButton() const { return m_ui->buttons->button(QDialogButtonBox::Ok); }
QComboBox* ApproveSoaVersionDialog::approverCombo() const { return m_ui->approverCombo; }
QPlainTextEdit* ApproveSoaVersionDialog::noteEdit() const { return m_ui->noteEdit; }
QLabel* ApproveSoaVersionDialog::problemLabel() const { return m_ui->problemLabel; }
QLabel* ApproveSoaVersionDialog::numberLabel() const { return m_ui->numberValue; }
QLabel* ApproveSoaVersionDialog::undecidedLabel() const { return m_ui->undecidedValue; }

void ApproveSoaVersionDialog::readState()
{
    // The same numbering and the same count as approveSoaVersion() uses, so what the dialog
    // announces is what storage makes.
    auto versions = m_session.file().soaVersions();
    if (!versions) {
        m_readError = qs(versions.error().message);
        return;
    }
    m_next = versions->empty() ? 1 : versions->back().number + 1;
    auto data = m_session.file().loadAll();
    if (!data) {
        m_readError = qs(data.error().message);
        return;
    }
    m_undecided = undecidedControls(freezeSoa(*data));
}

storage::SoaApprovalRequest ApproveSoaVersionDialog::request() const
{
    return {chosenPerson(*m_ui->approverCombo), ss(m_ui->noteEdit->toPlainText().trimmed())};
}

QString ApproveSoaVersionDialog::problem() const
{
    if (m_session.isReadOnly())
        return tr("This file cannot be changed: open the working file normally to approve.");
    if (!m_readError.isEmpty())
        return tr("The SoA could not be read: %1").arg(m_readError);
    if (m_ui->approverCombo->count() == 0)
        return tr("Only a person of the people register can approve the SoA: add them to the people register first.");
    if (request().approverId == 0)
        return tr("Choose who approves.");
    return {};
}

void ApproveSoaVersionDialog::check()
{
    const QString why = problem();
    // A refusal stays in view, but Approve may be tried again (the file may have been busy).
    const QString shown = why.isEmpty() ? m_storageError : why;
    m_ui->problemLabel->setText(shown);
    m_ui->problemLabel->setVisible(!shown.isEmpty());
    approveButton()->setEnabled(why.isEmpty());
}

bool ApproveSoaVersionDialog::approveNow()
{
    if (!problem().isEmpty())
        return false;
    // Straight to storage, not through the undo stack: a version cannot be withdrawn.
    auto version = m_session.file().approveSoaVersion(request());
    if (!version) {
        m_storageError = tr("Nothing was approved: %1").arg(qs(version.error().message));
        check();
        return false;
    }
    m_approved = std::move(*version);
    return true;
}

} // namespace isms::app
