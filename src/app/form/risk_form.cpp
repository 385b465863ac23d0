#include "app/form/risk_form.h"
#include "reports/domain_text.h"

#include "app/form/field_commit.h"
#include "app/form/field_editor.h"
#include "app/form/field_rows.h"
#include "app/form/risk_link_list.h"
#include "app/session/document_session.h"
#include "app/session/value_convert.h"
#include "domain/catalogue.h"
#include "domain/risk_kind.h"
#include "domain/risk_levels.h"
#include "storage/isms_file.h"

#include "ui_risk_form.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>

namespace isms::app {

namespace {

// The editors and other widgets of `layout` that take Tab, in the order the layout shows them
// (the .ui lists each section's rows top to bottom, and the editors sit where their slots were).
void collectTabStops(QLayout* layout, std::vector<QWidget*>& stops)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem* item = layout->itemAt(i);
        if (QLayout* inner = item->layout()) {
            collectTabStops(inner, stops);
            continue;
        }
        QWidget* widget = item->widget();
        if (!widget)
            continue;
        if (qobject_cast<FieldEditor*>(widget)) {
            // An editor may hold several inputs (a date and its calendar button): each in turn.
            // Not the inputs of its popups (a calendar): those are windows of their own.
            for (QWidget* child : widget->findChildren<QWidget*>())
                if ((child->focusPolicy() & Qt::TabFocus) && child->window() == widget->window())
                    stops.push_back(child);
        } else if (widget->layout() && !(widget->focusPolicy() & Qt::TabFocus)) {
            collectTabStops(widget->layout(), stops);  // a section
        } else if (widget->focusPolicy() & Qt::TabFocus) {
            stops.push_back(widget);
        }
    }
}

bool hasValue(const FieldEditor* editor)
{
    const Value value = editor->value();
    if (const auto* b = std::get_if<bool>(&value))
        return *b;
    if (const auto* s = std::get_if<std::string>(&value))
        return !s->empty();
    return !std::holds_alternative<std::monostate>(value);
}

} // namespace

RiskForm::RiskForm(DocumentSession& session, QWidget* parent)
    : RiskForm(session, session.catalogue().get(reg::risks), parent)
{
}

RiskForm::RiskForm(DocumentSession& session, const RegisterDef& risks, QWidget* parent)
    : FormView(parent), m_session(session), m_def(risks), m_ui(std::make_unique<Ui::RiskForm>())
{
    m_ui->setupUi(this);
    build();

    const auto reloadIfMine = [this](const QString& reg, qint64 id) {
        if (id == m_id && ss(reg) == reg::risks)
            load();
    };
    connect(&session, &DocumentSession::recordUpdated, this, reloadIfMine);
    connect(&session, &DocumentSession::recordInserted, this, reloadIfMine);
    connect(&session, &DocumentSession::recordRemoved, this, [this](const QString& reg, qint64 id) {
        if (id == m_id && ss(reg) == reg::risks)
            clear();
    });
    connect(&session, &DocumentSession::methodologyChanged, this, [this] {
        reloadChoices();
        load();
    });
}

RiskForm::~RiskForm() = default;

std::string RiskForm::registerKey() const
{
    return m_id == 0 ? std::string() : std::string(reg::risks);
}

FieldEditor* RiskForm::editor(const std::string& fieldKey) const
{
    const auto it = m_editors.find(fieldKey);
    return it == m_editors.end() ? nullptr : it->second;
}

QGroupBox* RiskForm::scenarioSection() const { return m_ui->scenarioGroup; }
QGroupBox* RiskForm::acceptanceSection() const { return m_ui->acceptanceGroup; }
QGroupBox* RiskForm::otherSection() const { return m_ui->otherGroup; }

void RiskForm::build()
{
    const bool readOnly = m_session.isReadOnly();
    for (const FieldDef& field : m_def.fields) {
        FieldEditor* editor = createFieldEditor(m_session, field, this);
        if (readOnly)
            editor->setReadOnly(true);
        m_editors[field.key] = editor;
        connect(editor, &FieldEditor::edited, this, [this, &field, editor] {
            if (commitFieldEdit(m_session, std::string(reg::risks), m_id, field, *editor))
                load();  // a refused write leaves the file as it was: show that, not what was typed
        });
        connect(editor, &FieldEditor::changing, this, [this, &field] {
            if (field.type == FieldType::Likelihood || field.type == FieldType::Impact)
                updateLevels();
            else if (field.key == "kind")
                updateKind();
        });
        placeEditor(field, editor);
    }
    m_ui->otherGroup->setVisible(m_ui->otherLayout->rowCount() > 0);
    for (QGroupBox* section : {m_ui->scenarioGroup, m_ui->inherentGroup, m_ui->treatmentGroup})
        m_riskTitles[section] = section->title();

    // Three boxes on one row under "Affects": the register's long labels would not fit a narrow
    // pane side by side, so each shows its letter and keeps the full label as its tooltip.
    const std::pair<const char*, QString> letters[] = {
        {"affects_c", tr("C", "confidentiality")},
        {"affects_i", tr("I", "integrity")},
        {"affects_a", tr("A", "availability")}};
    for (const auto& [key, letter] : letters)
        if (FieldEditor* e = editor(key); e && m_ui->affectsRow->indexOf(e) >= 0)
            if (auto* box = e->findChild<QCheckBox*>()) {
                box->setToolTip(box->text());
                box->setAccessibleName(box->text());
                box->setText(letter);
            }

    m_assets = new RiskLinkList(m_session, "risk_assets", m_ui->assetList, m_ui->addAssetButton,
                                m_ui->removeAssetButton, this);
    m_controls = new RiskLinkList(m_session, "risk_controls", m_ui->controlList,
                                  m_ui->addControlButton, m_ui->removeControlButton, this);
    for (RiskLinkList* list : {m_assets, m_controls})
        connect(list, &RiskLinkList::recordActivated, this, &RiskForm::recordActivated);
    setTabOrder();
}

void RiskForm::placeEditor(const FieldDef& field, FieldEditor* editor)
{
    const QString key = qs(field.key);
    auto* slot = findChild<QWidget*>(QStringLiteral("field_") + key);
    if (!slot) {
        // Not in the layout (a field added to the register after it): shown generically.
        addFieldRow(m_ui->otherLayout, field, editor);
        return;
    }
    QWidget* section = slot->parentWidget();
    editor->setParent(section);
    delete section->layout()->replaceWidget(slot, editor);
    delete slot;
    if (auto* caption = findChild<QLabel*>(QStringLiteral("caption_") + key)) {
        // The layout's own caption where the section says the rest ("Likelihood" under
        // "Inherent risk"), else the register's label.
        caption->setText(caption->text().isEmpty() ? fieldCaption(field)
                                                   : caption->text()
                                                         + (field.required ? QStringLiteral(" *")
                                                                           : QString()));
        caption->setBuddy(editor);
        caption->setToolTip(reports::domainText(field.help));
    }
}

void RiskForm::setTabOrder()
{
    std::vector<QWidget*> stops;
    collectTabStops(m_ui->mainLayout, stops);
    for (std::size_t i = 1; i < stops.size(); ++i)
        QWidget::setTabOrder(stops[i - 1], stops[i]);
}

void RiskForm::clear()
{
    m_id = 0;
    m_assets->showRecord(0);
    m_controls->showRecord(0);
}

void RiskForm::showRecord(const std::string& registerKey, RecordId id)
{
    if (registerKey != reg::risks || id == 0) {
        clear();
        return;
    }
    if (m_id != 0)
        reloadChoices();  // the people register may have changed since
    m_id = id;
    load();
}

void RiskForm::reloadChoices()
{
    for (auto& [key, e] : m_editors)
        e->reloadChoices();
}

void RiskForm::load()
{
    if (m_id == 0)
        return;
    auto record = m_session.file().get(m_def, m_id);
    if (!record) {
        m_session.reportFailure(tr("Reading %1").arg(reports::domainText(m_def.singular)),
                                record.error());
        return;
    }
    for (std::size_t i = 0; i < m_def.fields.size(); ++i)
        if (FieldEditor* e = editor(m_def.fields[i].key))
            e->setValue(i < record->values.size() ? record->values[i] : Value{});
    m_assets->showRecord(m_id);
    m_controls->showRecord(m_id);
    updateLevels();
    updateKind();
}

void RiskForm::updateLevels()
{
    // The levels of the pairs as shown (stored, chosen, or under the cursor in an open list):
    // the domain computes them exactly as storage will on the write, so the preview is what
    // will be saved.
    Record shown;
    shown.values.resize(m_def.fields.size());
    for (std::size_t i = 0; i < m_def.fields.size(); ++i)
        if (const FieldEditor* e = editor(m_def.fields[i].key); e && !m_def.fields[i].computed)
            shown.values[i] = e->previewValue();
    applyRiskLevels(m_def, shown, m_session.methodology());
    for (const char* level : {"inherent_level", "residual_level"})
        if (FieldEditor* e = editor(level); e && m_def.indexOf(level))
            e->setValue(shown.get(m_def, level));
}

void RiskForm::updateKind()
{
    const FieldEditor* kind = editor("kind");
    const bool opportunity = kind && isOpportunityKind(kind->value());
    const std::pair<QGroupBox*, QString> opportunityTitles[] = {
        {m_ui->scenarioGroup, tr("Opportunity")},
        {m_ui->inherentGroup, tr("Level before action")},
        {m_ui->treatmentGroup, tr("Actions")}};
    for (const auto& [section, title] : opportunityTitles)
        section->setTitle(opportunity ? title : m_riskTitles[section]);
    // An opportunity is pursued, not accepted: no acceptance to ask for, unless one was
    // recorded (then it stays in view rather than being hidden).
    bool accepted = false;
    for (const char* key : {"accepted_by", "accepted_on", "acceptance_reason"})
        if (const FieldEditor* e = editor(key))
            accepted = accepted || hasValue(e);
    m_ui->acceptanceGroup->setVisible(!opportunity || accepted);
}

} // namespace isms::app
