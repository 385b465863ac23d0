#include "app/approval/approve_risk_dialog.h"
#include "reports/domain_text.h"

#include "app/commands/approve_risk_command.h"
#include "app/session/document_session.h"
#include "app/session/record_labels.h"
#include "app/session/value_convert.h"
#include "app/session/value_text.h"
#include "domain/approval_status.h"
#include "ui_approve_risk_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFormLayout>
#include <QLocale>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>

namespace isms::app {

namespace {

QDate toQDate(const Date& date)
{
    return toVariant(Value(date)).toDate();
}

// The ids of the controls treating `riskId` (its outgoing risk_controls links).
std::vector<RecordId> treatingControls(const DocumentSession& session, RecordId riskId)
{
    std::vector<RecordId> ids;
    auto links = session.file().links(std::string(reg::risks), riskId);
    if (!links)
        return ids;
    for (const Link& link : *links)
        if (link.link == "risk_controls" && link.fromRegister == reg::risks && link.fromId == riskId)
            ids.push_back(link.toId);
    return ids;
}

} // namespace

ApproveRiskDialog::ApproveRiskDialog(DocumentSession& session, RecordId riskId, QWidget* parent)
    : QDialog(parent), m_session(session), m_riskId(riskId), m_ui(std::make_unique<Ui::ApproveRiskDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("approveRiskDialog"));
    // The default button: Enter approves, except in the rationale, where it is a new line.
    approveButton()->setText(tr("Approve"));
    m_ui->problemLabel->setObjectName(QStringLiteral("approvalProblem"));
    const QDate today = toQDate(session.clock().today());
    // A year is the usual span of a risk owner's sign-off before the next review.
    m_ui->expiresEdit->setDate(today.addYears(1));
    m_ui->expiresEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));

    const RegisterDef& risks = session.catalogue().get(reg::risks);
    if (auto risk = session.file().get(risks, riskId)) {
        showRisk(*risk);
        fillApprovers(*risk);
    } else {
        m_ui->riskValue->setText(qs(risk.error().message));
    }

    connect(m_ui->approverCombo, &QComboBox::currentIndexChanged, this, &ApproveRiskDialog::check);
    connect(m_ui->rationaleEdit, &QPlainTextEdit::textChanged, this, &ApproveRiskDialog::check);
    connect(m_ui->expiresCheck, &QCheckBox::toggled, this, &ApproveRiskDialog::check);
    connect(m_ui->expiresEdit, &QDateEdit::dateChanged, this, &ApproveRiskDialog::check);
    connect(approveButton(), &QPushButton::clicked, this, [this] {
        if (approveNow())
            accept();
    });
    check();
    m_ui->rationaleEdit->setFocus();  // the approver is usually the owner, chosen already
}

ApproveRiskDialog::~ApproveRiskDialog() = default;

QPushButton* ApproveRiskDialog::approveButton() const { return m_ui->buttons->button(QDialogButtonBox::Ok); }
QComboBox* ApproveRiskDialog::approverCombo() const { return m_ui->approverCombo; }
QPlainTextEdit* ApproveRiskDialog::rationaleEdit() const { return m_ui->rationaleEdit; }
QCheckBox* ApproveRiskDialog::expiresCheck() const { return m_ui->expiresCheck; }
QDateEdit* ApproveRiskDialog::expiresEdit() const { return m_ui->expiresEdit; }
QLabel* ApproveRiskDialog::problemLabel() const { return m_ui->problemLabel; }

QStringList ApproveRiskDialog::riskSummary() const
{
    QStringList lines;
    const auto* form = m_ui->riskLayout;
    for (int row = 0; row < form->rowCount(); ++row) {
        const auto* caption = qobject_cast<QLabel*>(form->itemAt(row, QFormLayout::LabelRole)->widget());
        const auto* value = qobject_cast<QLabel*>(form->itemAt(row, QFormLayout::FieldRole)->widget());
        if (caption && value)
            lines << caption->text() + QLatin1Char(' ') + value->text();
    }
    return lines;
}

void ApproveRiskDialog::showRisk(const Record& risk)
{
    const RegisterDef& risks = m_session.catalogue().get(reg::risks);
    const auto shown = [&](const char* key) {
        const FieldDef* field = risks.field(key);
        const QString text = field ? displayText(m_session, *field, risk.get(risks, key)) : QString();
        return text.isEmpty() ? tr("(not set)") : text;
    };
    m_ui->riskValue->setText(tr("%1 %2").arg(qs(risk.ref), qs(risk.text(risks, risks.titleField))));
    m_ui->inherentValue->setText(shown("inherent_level"));
    m_ui->residualValue->setText(shown("residual_level"));
    m_ui->treatmentValue->setText(shown("treatment"));

    const std::vector<RecordId> controls = treatingControls(m_session, risk.id);
    // Refs on one line (a risk is often treated by many controls), the titles in the tool tip.
    QStringList refs;
    QStringList labels;
    for (RecordId id : controls) {
        refs << m_session.labels().ref(std::string(reg::controls), id);
        labels << m_session.labels().label(std::string(reg::controls), id);
    }
    m_ui->controlsValue->setText(refs.isEmpty() ? tr("(no controls linked)") : refs.join(QStringLiteral(", ")));
    m_ui->controlsValue->setToolTip(labels.join(QLatin1Char('\n')));

    // Whether an approval holds now, by the domain's rule: re-approving is a choice to make
    // knowingly.
    const Date today = m_session.clock().today();
    auto approvals = m_session.file().approvals(risk.id);
    const RiskApproval* latest = approvals ? latestApproval(*approvals, risk.id) : nullptr;
    const ApprovalStatus status = approvalStatus(latest, approvedStateOf(risks, risk, controls), today);
    QString now = reports::domainText(approvalStatusLabel(status));
    if (latest)
        now = tr("%1 (last approved by %2 on %3)")
                  .arg(now, qs(latest->approver),
                       QLocale().toString(QDateTime::fromString(qs(latest->approvedAt), Qt::ISODateWithMs).toLocalTime().date(),
                                          QLocale::ShortFormat));
    m_ui->statusValue->setText(now);
}

void ApproveRiskDialog::fillApprovers(const Record& risk)
{
    const RegisterDef& people = m_session.catalogue().get(reg::people);
    storage::Query query;
    query.sortField = people.titleField;
    auto records = m_session.file().list(people, query);
    if (!records)
        return;
    const RegisterDef& risks = m_session.catalogue().get(reg::risks);
    const Value owner = risk.get(risks, "owner");
    const auto* ownerId = std::get_if<std::int64_t>(&owner);
    for (const Record& person : *records) {
        const QString name = qs(person.text(people, people.titleField));
        QString label = name.isEmpty() ? qs(person.ref) : tr("%1 (%2)").arg(name, qs(person.ref));
        if (ownerId && *ownerId == person.id)
            label = tr("%1 \u2014 risk owner").arg(label);
        m_ui->approverCombo->addItem(label, QVariant::fromValue<qint64>(person.id));
    }
    const int ownerIndex = ownerId ? m_ui->approverCombo->findData(QVariant::fromValue<qint64>(*ownerId)) : -1;
    m_ui->approverCombo->setCurrentIndex(ownerIndex >= 0 ? ownerIndex : (records->empty() ? -1 : 0));
}

storage::ApprovalRequest ApproveRiskDialog::request() const
{
    storage::ApprovalRequest request;
    request.riskId = m_riskId;
    request.approverId = m_ui->approverCombo->currentData().toLongLong();
    request.rationale = ss(m_ui->rationaleEdit->toPlainText());
    if (m_ui->expiresCheck->isChecked()) {
        const Value date = fromVariant(m_ui->expiresEdit->date(), FieldType::Date);
        if (const auto* d = std::get_if<Date>(&date))
            request.expiresOn = *d;
    }
    return request;
}

QString ApproveRiskDialog::problem() const
{
    if (m_ui->approverCombo->count() == 0)
        return tr("Only a person of the people register can approve: add the risk owner to the people register first.");
    const storage::ApprovalRequest wanted = request();
    if (wanted.approverId == 0)
        return tr("Choose who approves.");
    return reports::domainMessage(approvalProblem(wanted.rationale, wanted.expiresOn, m_session.clock().today()));
}

void ApproveRiskDialog::check()
{
    const QString why = problem();
    m_ui->problemLabel->setText(why);
    m_ui->problemLabel->setVisible(!why.isEmpty());
    approveButton()->setEnabled(why.isEmpty() && !m_session.isReadOnly());
}

bool ApproveRiskDialog::approveNow()
{
    if (m_session.isReadOnly() || !problem().isEmpty())
        return false;
    QUndoStack* stack = m_session.undoStack();
    auto* command = ApproveRiskCommand::create(m_session, request());
    stack->push(command);
    // A refused write makes the command obsolete and the stack deletes it (so `command` is not
    // read here); the session has told the user why, and the dialog stays open with what they
    // typed.
    return stack->index() > 0 && stack->command(stack->index() - 1) == command;
}

} // namespace isms::app
