#include "app/form/field_editor.h"

#include "app/session/value_text.h"

#include <QLayout>
#include <QLineEdit>

namespace isms::app {

FieldEditor::FieldEditor(DocumentSession& session, const FieldDef& field, QWidget* parent)
    : QWidget(parent), m_session(session), m_field(field)
{
}

void FieldEditor::showAsText(QWidget* input, bool readOnly)
{
    m_readOnly = readOnly;
    if (readOnly && !m_text) {
        m_text = new QLineEdit(this);
        m_text->setObjectName(QStringLiteral("readOnlyText"));
        m_text->setReadOnly(true);
        m_text->setFrame(false);
        if (layout())
            layout()->addWidget(m_text);
    }
    if (m_text)
        m_text->setVisible(readOnly);
    input->setVisible(!readOnly);
    setFocusProxy(readOnly ? static_cast<QWidget*>(m_text) : input);
    updateShownText(value());
}

void FieldEditor::updateShownText(const Value& value)
{
    if (!m_text)
        return;
    m_text->setText(displayText(m_session, m_field, value));
    m_text->setCursorPosition(0);
}

} // namespace isms::app
