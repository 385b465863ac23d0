#include "app/approval/record_assessment_dialog.h"

#include "app/approval/people_choice.h"
#include "app/session/document_session.h"
#include "app/session/value_convert.h"
#include "ui_record_assessment_dialog.h"

#include <QComboBox>
#include <QDate>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace isms::app {

RecordAssessmentDialog::RecordAssessmentDialog(DocumentSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_ui(std::make_unique<Ui::RecordAssessmentDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("recordAssessmentDialog"));
    m_ui->problemLabel->setObjectName(QStringLiteral("assessmentProblem"));
    // The storage keys as item data; "initial" is not offered: the first run is one of these too.
    m_ui->triggerCombo->addItem(tr("Planned (the planned interval)"), QStringLiteral("planned"));
    m_ui->triggerCombo->addItem(tr("Triggered by a significant change"), QStringLiteral("change"));
    // Who performed it is optional (storage allows none).
    m_ui->performerCombo->addItem(tr("(not named)"), QVariant::fromValue<qint64>(0));
    addPeople(*m_ui->performerCombo, session);
    recordButton()->setText(tr("Record Run"));
    // Cancel is the default: Enter never makes a permanent record, only a click on OK does
    // (otherwise the button box makes OK the default when shown).
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    const bool readOnly = session.isReadOnly();
    recordButton()->setEnabled(!readOnly);
    showProblem(readOnly ? tr("This file cannot be changed: open the working file normally to record a run.")
                         : QString());
    connect(recordButton(), &QPushButton::clicked, this, [this] {
        if (recordNow())
            accept();
    });
}

RecordAssessmentDialog::~RecordAssessmentDialog() = default;

QPushButton* RecordAssessmentDialog::recordButton() const { return m_ui->buttons->button(QDialogButtonBox::Ok); }
QComboBox* RecordAssessmentDialog::triggerCombo() const { return m_ui->triggerCombo; }
QComboBox* RecordAssessmentDialog::performerCombo() const { return m_ui->performerCombo; }
QPlainTextEdit* RecordAssessmentDialog::noteEdit() const { return m_ui->noteEdit; }
QLabel* RecordAssessmentDialog::problemLabel() const { return m_ui->problemLabel; }

storage::AssessmentRequest RecordAssessmentDialog::request() const
{
    storage::AssessmentRequest request;
    request.trigger = ss(m_ui->triggerCombo->currentData().toString());
    request.note = ss(m_ui->noteEdit->toPlainText().trimmed());
    request.performedBy = chosenPerson(*m_ui->performerCombo);
    // The title in the user's language (storage's default is English), as the CLI does.
    const QDate today = toVariant(Value(m_session.clock().today())).toDate();
    request.title = ss(tr("Risk assessment %1").arg(today.toString(Qt::ISODate)));
    return request;
}

void RecordAssessmentDialog::showProblem(const QString& text)
{
    m_ui->problemLabel->setText(text);
    m_ui->problemLabel->setVisible(!text.isEmpty());
}

bool RecordAssessmentDialog::recordNow()
{
    if (m_session.isReadOnly())
        return false;
    // Straight to storage, not through the undo stack (see the header).
    auto run = m_session.file().recordAssessment(request());
    if (!run) {
        showProblem(tr("Nothing was recorded: %1").arg(qs(run.error().message)));
        return false;
    }
    m_recorded = std::move(*run);
    emit recordedRun(m_recorded->id);
    return true;
}

} // namespace isms::app
