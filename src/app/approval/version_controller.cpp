#include "app/approval/version_controller.h"

#include "app/approval/approve_soa_version_dialog.h"
#include "app/approval/record_assessment_dialog.h"
#include "app/pages/soa/soa_page.h"
#include "app/session/document_session.h"
#include "app/session/value_convert.h"
#include "app/views/register_view.h"
#include "app/window/document_workspace.h"
#include "app/window/main_window.h"

#include <QAction>
#include <QHBoxLayout>
#include <QToolButton>

namespace isms::app {

namespace {

// Why an action that writes cannot be used now; empty when it can.
QString refusal(const DocumentSession* session, const QString& noFile, const QString& readOnly)
{
    if (!session)
        return noFile;
    if (session->isReadOnly())
        return session->file().info().auditCopy
                   ? VersionController::tr("An audit copy cannot be changed: do this in the working file.")
                   : readOnly;
    return {};
}

} // namespace

ApprovalActionState soaVersionActionState(const DocumentSession* session)
{
    const QString why = refusal(session, VersionController::tr("Open an ISMS file to approve its SoA."),
                                VersionController::tr("This file was opened read-only: open it normally to approve "
                                                      "an SoA version."));
    if (!why.isEmpty())
        return {false, why};
    return {true, VersionController::tr("Freeze the Statement of Applicability as it stands as the next numbered, "
                                        "approved version (ISO/IEC 27001 6.1.3 d); it cannot be taken back")};
}

ApprovalActionState assessmentActionState(const DocumentSession* session)
{
    const QString why = refusal(session, VersionController::tr("Open an ISMS file to record a risk assessment."),
                                VersionController::tr("This file was opened read-only: open it normally to record "
                                                      "an assessment run."));
    if (!why.isEmpty())
        return {false, why};
    return {true, VersionController::tr("Record a dated risk assessment run keeping every risk's levels and the "
                                        "methodology in force (ISO/IEC 27001 8.2); it cannot be taken back")};
}

VersionController::VersionController(MainWindow& window) : QObject(&window), m_window(window)
{
    setObjectName(QStringLiteral("versionController"));
    connect(window.actions().approveSoaVersion, &QAction::triggered, this, [this] { approveSoaVersion(); });
    connect(window.actions().recordAssessment, &QAction::triggered, this, [this] { recordAssessment(); });
}

QString VersionController::currentKey() const
{
    DocumentWorkspace* workspace = m_window.workspace();
    RegisterView* view = workspace ? workspace->currentRegisterView() : nullptr;
    return view ? qs(view->registerDef().key) : QString();
}

void VersionController::updateActions()
{
    const MainActions& a = m_window.actions();
    const QString key = currentKey();
    const bool soaPage = key == qs(std::string(reg::controls));
    a.approveSoaVersion->setVisible(soaPage);
    applyApprovalActionState(*a.approveSoaVersion, soaVersionActionState(m_window.session()));
    // The run snapshots the risks, so it is offered beside them as well as in its register.
    a.recordAssessment->setVisible(key == qs(std::string(reg::assessments)) || key == qs(std::string(reg::risks)));
    applyApprovalActionState(*a.recordAssessment, assessmentActionState(m_window.session()));
    // The SoA page's own button is the same action (one state, one place that sets it).
    if (soaPage)
        if (auto* page = qobject_cast<SoaPage*>(m_window.workspace()->currentPage()))
            page->setApproveVersionAction(a.approveSoaVersion);
    if (key == qs(std::string(reg::assessments)))
        addRunButton(*m_window.workspace()->currentRegisterView());
}

void VersionController::addRunButton(RegisterView& view)
{
    // The generic register page has no hook of its own for this one register: the button goes
    // above its table once, the window's action again.
    const QString name = QStringLiteral("recordAssessmentButton");
    if (view.findChild<QToolButton*>(name))
        return;
    auto* row = new QWidget(&view);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* button = new QToolButton(row);
    button->setObjectName(name);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setDefaultAction(m_window.actions().recordAssessment);
    layout->addWidget(button);
    layout->addStretch(1);
    view.insertAboveTable(row);
}

ApproveSoaVersionDialog* VersionController::approveSoaVersion()
{
    DocumentSession* session = m_window.session();
    if (!soaVersionActionState(session).enabled)
        return nullptr;
    auto* dialog = new ApproveSoaVersionDialog(*session, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &VersionController::showNewVersion);
    dialog->open();
    return dialog;
}

void VersionController::showNewVersion()
{
    DocumentWorkspace* workspace = m_window.workspace();
    if (!workspace)
        return;
    if (auto* page = qobject_cast<SoaPage*>(workspace->page(qs(std::string(reg::controls)))))
        page->showLatestVersion();
}

RecordAssessmentDialog* VersionController::recordAssessment()
{
    DocumentSession* session = m_window.session();
    if (!assessmentActionState(session).enabled)
        return nullptr;
    auto* dialog = new RecordAssessmentDialog(*session, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The new run's record, selected in its register: where the user reads what was kept.
    connect(dialog, &RecordAssessmentDialog::recordedRun, this, [this](qint64 id) {
        if (DocumentWorkspace* workspace = m_window.workspace())
            workspace->showRecord(qs(std::string(reg::assessments)), id);
    });
    dialog->open();
    return dialog;
}

} // namespace isms::app
