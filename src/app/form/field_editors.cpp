#include "app/form/field_editor.h"
#include "reports/domain_text.h"

#include "app/form/date_editor.h"
#include "app/form/wheel_guard.h"

#include "app/session/document_session.h"
#include "app/session/value_convert.h"
#include "app/session/value_text.h"
#include "storage/isms_file.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QToolButton>

#include <functional>
#include <limits>
#include <optional>

namespace isms::app {

namespace {

// A plain text edit that reports the end of an edit when it loses focus.
class CommittingTextEdit : public QPlainTextEdit {
    Q_OBJECT
public:
    using QPlainTextEdit::QPlainTextEdit;
signals:
    void focusLost();

protected:
    void focusOutEvent(QFocusEvent* event) override
    {
        QPlainTextEdit::focusOutEvent(event);
        emit focusLost();
    }
};

QHBoxLayout* bareLayout(QWidget* owner)
{
    auto* layout = new QHBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    return layout;
}

class TextEditor final : public FieldEditor {
public:
    TextEditor(DocumentSession& session, const FieldDef& field, QWidget* parent)
        : FieldEditor(session, field, parent), m_edit(new QLineEdit(this))
    {
        bareLayout(this)->addWidget(m_edit);
        setFocusProxy(m_edit);
        connect(m_edit, &QLineEdit::editingFinished, this, [this] {
            if (m_edit->isModified()) {
                m_edit->setModified(false);
                emit edited();
            }
        });
    }
    Value value() const override { return fromVariant(m_edit->text(), FieldType::Text); }
    void setValue(const Value& v) override
    {
        const auto* s = std::get_if<std::string>(&v);
        m_edit->setText(s ? qs(*s) : QString());
        m_edit->setCursorPosition(0);  // show the beginning of a long title
        m_edit->setModified(false);
    }
    void setReadOnly(bool readOnly) override
    {
        markReadOnly(readOnly);
        m_edit->setReadOnly(readOnly);
    }

private:
    QLineEdit* m_edit;
};

class LongTextEditor final : public FieldEditor {
public:
    LongTextEditor(DocumentSession& session, const FieldDef& field, QWidget* parent)
        : FieldEditor(session, field, parent), m_edit(new CommittingTextEdit(this))
    {
        bareLayout(this)->addWidget(m_edit);
        setFocusProxy(m_edit);
        m_edit->setTabChangesFocus(true);
        m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 4 + 12);
        connect(m_edit, &CommittingTextEdit::focusLost, this, [this] {
            if (m_edit->document()->isModified()) {
                m_edit->document()->setModified(false);
                emit edited();
            }
        });
    }
    Value value() const override
    {
        return fromVariant(m_edit->toPlainText(), FieldType::LongText);
    }
    void setValue(const Value& v) override
    {
        const auto* s = std::get_if<std::string>(&v);
        m_edit->setPlainText(s ? qs(*s) : QString());
        m_edit->document()->setModified(false);
    }
    void setReadOnly(bool readOnly) override
    {
        markReadOnly(readOnly);
        m_edit->setReadOnly(readOnly);
        // Read-only text stays selectable with the keyboard too (copying a finding's words).
        if (readOnly)
            m_edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }

private:
    CommittingTextEdit* m_edit;
};

// A combo that says when its list closes, so a preview of the item under the cursor ends.
class PreviewCombo final : public FocusWheel<QComboBox> {
public:
    using FocusWheel<QComboBox>::FocusWheel;
    std::function<void()> popupHidden;

    void hidePopup() override
    {
        FocusWheel<QComboBox>::hidePopup();
        if (popupHidden)
            popupHidden();
    }
};

// A combo whose first entry is "no value"; item data is what gets stored.
class ChoiceEditor : public FieldEditor {
    Q_DECLARE_TR_FUNCTIONS(isms::app::ChoiceEditor)

public:
    ChoiceEditor(DocumentSession& session, const FieldDef& field, QWidget* parent)
        : FieldEditor(session, field, parent), m_type(field.type),
          m_combo(new PreviewCombo(this))
    {
        bareLayout(this)->addWidget(m_combo);
        setFocusProxy(m_combo);
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_combo->setMinimumContentsLength(12);
        connect(m_combo, &QComboBox::activated, this, [this] { emit edited(); });
        connect(m_combo, &QComboBox::currentIndexChanged, this, [this] { emit changing(); });
        connect(m_combo, &QComboBox::highlighted, this, [this](int index) {
            m_preview = m_combo->itemData(index);
            emit changing();
        });
        m_combo->popupHidden = [this] {
            m_preview.reset();
            emit changing();
        };
    }
    Value value() const override { return fromVariant(m_combo->currentData(), m_type); }
    Value previewValue() const override
    {
        return m_preview ? fromVariant(*m_preview, m_type) : value();
    }
    void setValue(const Value& v) override
    {
        m_value = v;
        const QVariant data = toVariant(v);
        int index = data.isValid() ? m_combo->findData(data) : 0;
        if (index < 0) {
            // A stored value the choices do not know (e.g. a level off a shrunken scale): keep it.
            m_combo->addItem(tr("%1 (not in the list)").arg(data.toString()), data);
            index = m_combo->count() - 1;
        }
        m_combo->setCurrentIndex(index);
        updateShownText(v);
    }
    void setReadOnly(bool readOnly) override { showAsText(m_combo, readOnly); }
    void reloadChoices() override
    {
        m_combo->clear();
        m_combo->addItem(QString(), QVariant());
        fillChoices(m_combo);
        setValue(m_value);
    }

protected:
    virtual void fillChoices(QComboBox* combo) = 0;

private:
    FieldType m_type;
    PreviewCombo* m_combo;
    Value m_value;
    std::optional<QVariant> m_preview;  // the item under the cursor while the list is open
};

class EnumEditor final : public ChoiceEditor {
public:
    EnumEditor(DocumentSession& session, const FieldDef& field, QWidget* parent)
        : ChoiceEditor(session, field, parent)
    {
        reloadChoices();
    }

protected:
    void fillChoices(QComboBox* combo) override
    {
        for (const auto& option : field().options)
            combo->addItem(reports::domainText(option.label), qs(option.key));
    }
};

class ScaleEditor final : public ChoiceEditor {
public:
    ScaleEditor(DocumentSession& session, const FieldDef& field, QWidget* parent)
        : ChoiceEditor(session, field, parent), m_session(session), m_type(field.type)
    {
        reloadChoices();
    }

protected:
    void fillChoices(QComboBox* combo) override
    {
        const auto& m = m_session.methodology();
        const auto levels = (m_type == FieldType::Likelihood ? m.likelihood : m.impact).size();
        for (std::size_t level = 1; level <= levels; ++level)
            combo->addItem(scaleText(m, m_type, static_cast<std::int64_t>(level)),
                           QVariant::fromValue<qint64>(static_cast<qint64>(level)));
    }

private:
    DocumentSession& m_session;
    FieldType m_type;
};

class ReferenceEditor final : public ChoiceEditor {
public:
    // More choices than this would make a combo useless; the quick-open popup finds the rest.
    static constexpr std::int64_t kMaxChoices = 5000;

    ReferenceEditor(DocumentSession& session, const FieldDef& field, QWidget* parent)
        : ChoiceEditor(session, field, parent), m_session(session), m_field(field)
    {
        reloadChoices();
    }

protected:
    void fillChoices(QComboBox* combo) override
    {
        const RegisterDef* target = m_session.catalogue().find(m_field.target);
        if (!target)
            return;
        storage::Query query;
        query.sortField = target->titleField;
        query.limit = kMaxChoices;
        auto records = m_session.file().list(*target, query);
        if (!records)
            return;
        for (const auto& r : *records) {
            const QString title = qs(r.text(*target, target->titleField));
            combo->addItem(title.isEmpty() ? qs(r.ref) : title + QStringLiteral(" (")
                                                               + qs(r.ref) + QLatin1Char(')'),
                           QVariant::fromValue<qint64>(r.id));
        }
    }

private:
    DocumentSession& m_session;
    const FieldDef& m_field;
};

class BooleanEditor final : public FieldEditor {
public:
    BooleanEditor(DocumentSession& session, const FieldDef& field, QWidget* parent)
        : FieldEditor(session, field, parent), m_box(new QCheckBox(reports::domainText(field.label), this))
    {
        bareLayout(this)->addWidget(m_box);
        setFocusProxy(m_box);
        m_box->installEventFilter(this);
        connect(m_box, &QCheckBox::clicked, this, [this] {
            if (!isReadOnly())
                emit edited();
        });
    }
    Value value() const override { return m_box->isChecked(); }
    void setValue(const Value& v) override
    {
        const auto* b = std::get_if<bool>(&v);
        m_box->setChecked(b && *b);
    }
    // Enabled, so the tick and label read normally, but deaf to the mouse and keyboard.
    void setReadOnly(bool readOnly) override
    {
        markReadOnly(readOnly);
        m_box->setFocusPolicy(readOnly ? Qt::NoFocus : Qt::StrongFocus);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_box && isReadOnly()) {
            switch (event->type()) {
            case QEvent::MouseButtonPress:
            case QEvent::MouseButtonRelease:
            case QEvent::MouseButtonDblClick:
            case QEvent::KeyPress:
            case QEvent::KeyRelease: return true;
            default: break;
            }
        }
        return FieldEditor::eventFilter(watched, event);
    }

private:
    QCheckBox* m_box;
};

class IntegerEditor final : public FieldEditor {
public:
    IntegerEditor(DocumentSession& session, const FieldDef& field, QWidget* parent)
        : FieldEditor(session, field, parent), m_spin(new FocusWheel<QSpinBox>(this))
    {
        bareLayout(this)->addWidget(m_spin);
        setFocusProxy(m_spin);
        // The minimum stands for "no value".
        m_spin->setRange(kEmpty, std::numeric_limits<int>::max());
        m_spin->setSpecialValueText(QStringLiteral("\u2014"));
        connect(m_spin, &QSpinBox::editingFinished, this, [this] {
            if (value() != m_shown) {
                m_shown = value();
                emit edited();
            }
        });
    }
    Value value() const override
    {
        return m_spin->value() == kEmpty ? Value{} : Value{std::int64_t{m_spin->value()}};
    }
    void setValue(const Value& v) override
    {
        const auto* i = std::get_if<std::int64_t>(&v);
        m_spin->setValue(i ? static_cast<int>(*i) : kEmpty);
        m_shown = value();
        updateShownText(m_shown);
    }
    void setReadOnly(bool readOnly) override { showAsText(m_spin, readOnly); }

private:
    static constexpr int kEmpty = -1;
    QSpinBox* m_spin;
    Value m_shown;
};

class RealEditor final : public FieldEditor {
public:
    RealEditor(DocumentSession& session, const FieldDef& field, QWidget* parent)
        : FieldEditor(session, field, parent), m_spin(new FocusWheel<QDoubleSpinBox>(this))
    {
        bareLayout(this)->addWidget(m_spin);
        setFocusProxy(m_spin);
        m_spin->setRange(kEmpty, 1e12);
        m_spin->setDecimals(2);
        m_spin->setSpecialValueText(QStringLiteral("\u2014"));
        connect(m_spin, &QDoubleSpinBox::editingFinished, this, [this] {
            if (value() != m_shown) {
                m_shown = value();
                emit edited();
            }
        });
    }
    Value value() const override
    {
        return m_spin->value() == kEmpty ? Value{} : Value{m_spin->value()};
    }
    void setValue(const Value& v) override
    {
        const auto* d = std::get_if<double>(&v);
        m_spin->setValue(d ? *d : kEmpty);
        m_shown = value();
        updateShownText(m_shown);
    }
    void setReadOnly(bool readOnly) override { showAsText(m_spin, readOnly); }

private:
    static constexpr double kEmpty = -1.0;
    QDoubleSpinBox* m_spin;
    Value m_shown;
};

// Computed by the methodology, never typed: the band colour beside the number and label.
class LevelDisplay final : public FieldEditor {
    Q_DECLARE_TR_FUNCTIONS(isms::app::LevelDisplay)

public:
    LevelDisplay(DocumentSession& session, const FieldDef& field, QWidget* parent)
        : FieldEditor(session, field, parent), m_session(session), m_swatch(new QLabel(this)),
          m_text(new QLabel(this))
    {
        auto* layout = bareLayout(this);
        layout->setSpacing(6);
        layout->addWidget(m_swatch);
        layout->addWidget(m_text, 1);
        const int side = m_text->fontMetrics().height();
        m_swatch->setFixedSize(side, side);
        m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        markReadOnly(true);
    }
    Value value() const override { return m_value; }
    void setValue(const Value& v) override
    {
        m_value = v;
        const QString text = levelText(m_session.methodology(), v);
        m_text->setText(text.isEmpty() ? tr("Not assessed") : text);
        const QColor colour = levelColour(m_session.methodology(), v);
        m_swatch->setVisible(colour.isValid());
        // A border in the text colour keeps a pale band visible on a light palette and a dark
        // band visible on a dark one.
        m_swatch->setStyleSheet(QStringLiteral("background:%1; border:1px solid palette(text);")
                                    .arg(colour.name()));
    }
    void setReadOnly(bool) override {}  // computed: always read-only

private:
    DocumentSession& m_session;
    QLabel* m_swatch;
    QLabel* m_text;
    Value m_value;
};

} // namespace

FieldEditor* createFieldEditor(DocumentSession& session, const FieldDef& field, QWidget* parent)
{
    FieldEditor* editor = nullptr;
    switch (field.type) {
    case FieldType::Text: editor = new TextEditor(session, field, parent); break;
    case FieldType::LongText: editor = new LongTextEditor(session, field, parent); break;
    case FieldType::Enum: editor = new EnumEditor(session, field, parent); break;
    case FieldType::Date: editor = createDateEditor(session, field, parent); break;
    case FieldType::Boolean: editor = new BooleanEditor(session, field, parent); break;
    case FieldType::Integer: editor = new IntegerEditor(session, field, parent); break;
    case FieldType::Real: editor = new RealEditor(session, field, parent); break;
    case FieldType::Reference: editor = new ReferenceEditor(session, field, parent); break;
    case FieldType::Likelihood:
    case FieldType::Impact: editor = new ScaleEditor(session, field, parent); break;
    case FieldType::Level: editor = new LevelDisplay(session, field, parent); break;
    }
    editor->setObjectName(qs(field.key));
    editor->setToolTip(reports::domainText(field.help));
    if (field.computed)
        editor->setReadOnly(true);
    return editor;
}

} // namespace isms::app

#include "field_editors.moc"
