#include "app/detail/detail_pane.h"
#include "reports/domain_text.h"

#include "app/detail/attachments_panel.h"
#include "app/detail/history_panel.h"
#include "app/detail/links_panel.h"
#include "app/form/record_form.h"
#include "app/form/risk_form.h"
#include "domain/catalogue.h"
#include "app/session/document_session.h"
#include "app/session/record_labels.h"
#include "app/session/value_convert.h"

#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace isms::app {

namespace {
QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 2);
    return label;
}
} // namespace

DetailPane::DetailPane(DocumentSession& session, MessagePresenter& messages, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_pages(new QStackedWidget(this)),
      m_heading(new QLabel(this)),
      m_form(new RecordForm(session)),
      m_links(new LinksPanel(session)),
      m_attachments(new AttachmentsPanel(session, messages)),
      m_history(new HistoryPanel(session))
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    auto* nothing = new QLabel(tr("Select a record to see its details, links and history."));
    nothing->setWordWrap(true);
    nothing->setAlignment(Qt::AlignCenter);
    nothing->setEnabled(false);
    nothing->setMargin(16);
    m_pages->addWidget(nothing);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_heading);
    layout->addWidget(m_form);
    m_formLayout = layout;
    layout->addWidget(sectionTitle(tr("Links"), content));
    layout->addWidget(m_links);
    layout->addWidget(sectionTitle(tr("Evidence"), content));
    layout->addWidget(m_attachments);
    layout->addWidget(sectionTitle(tr("History"), content));
    layout->addWidget(m_history);
    layout->addStretch(1);
    m_history->setMinimumHeight(160);

    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The form fits the pane's width (its minimum keeps it so); should a form ever need more,
    // a bar appears rather than the right-hand values being cut off unseen.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_pages->addWidget(scroll);

    connect(m_links, &LinksPanel::recordActivated, this, &DetailPane::recordActivated);
    connect(&session, &DocumentSession::recordUpdated, this, [this](const QString& reg, qint64 id) {
        if (ss(reg) == m_registerKey && id == m_id)
            updateHeading();
    });
    connect(&session, &DocumentSession::recordRemoved, this, [this](const QString& reg, qint64 id) {
        if (ss(reg) == m_registerKey && id == m_id)
            showNothing();
    });
}

void DetailPane::showRecord(const std::string& registerKey, RecordId id)
{
    if (!m_session.catalogue().find(registerKey) || id == 0) {
        showNothing();
        return;
    }
    m_registerKey = registerKey;
    m_id = id;
    updateHeading();
    // A risk has a form of its own; the other form is emptied so it stops following the file.
    const bool risk = registerKey == reg::risks;
    if (risk && !m_riskForm) {
        // Made when the first risk is shown: a file opened on another page never pays for it.
        m_riskForm = new RiskForm(m_session);
        m_formLayout->insertWidget(m_formLayout->indexOf(m_form) + 1, m_riskForm);
        connect(m_riskForm, &RiskForm::recordActivated, this, &DetailPane::recordActivated);
    }
    if (risk) {
        m_form->clear();
        m_riskForm->showRecord(registerKey, id);
    } else {
        if (m_riskForm)
            m_riskForm->clear();
        m_form->showRecord(registerKey, id);
    }
    m_form->setVisible(!risk);
    if (m_riskForm)
        m_riskForm->setVisible(risk);
    m_links->showRecord(registerKey, id);
    m_attachments->showRecord(registerKey, id);
    m_history->showRecord(registerKey, id);
    m_pages->setCurrentIndex(1);
}

void DetailPane::showNothing()
{
    m_registerKey.clear();
    m_id = 0;
    m_form->clear();
    if (m_riskForm)
        m_riskForm->clear();
    m_links->showRecord({}, 0);
    m_attachments->showRecord({}, 0);
    m_history->showRecord({}, 0);
    m_pages->setCurrentIndex(0);
}

FormView* DetailPane::form() const
{
    return m_registerKey == reg::risks ? static_cast<FormView*>(m_riskForm) : m_form;
}

void DetailPane::updateHeading()
{
    const RegisterDef& def = m_session.catalogue().get(m_registerKey);
    m_heading->setText(m_session.labels().label(m_registerKey, m_id));
    m_heading->setToolTip(tr("A %1 (clause %2)").arg(reports::domainText(def.singular), qs(def.clause)));
}

} // namespace isms::app
