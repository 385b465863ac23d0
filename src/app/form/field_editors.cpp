#include "app/form/field_editor.h"

#include "app/session/document_session.h"
#include "app/session/value_convert.h"
#include "app/session/value_text.h"
#include "storage/isms_file.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QToolButton>

#include <limits>

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
    explicit TextEditor(QWidget* parent) : FieldEditor(parent), m_edit(new QLineEdit(this))
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
    void setReadOnly(bool readOnly) override { m_edit->setReadOnly(readOnly); }

private:
    QLineEdit* m_edit;
};

class LongTextEditor final : public FieldEditor {
public:
    explicit LongTextEditor(QWidget* parent)
        : FieldEditor(parent), m_edit(new CommittingTextEdit(this))
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
    void setReadOnly(bool readOnly) override { m_edit->setReadOnly(readOnly); }

private:
    CommittingTextEdit* m_edit;
};

// A combo whose first entry is "no value"; item data is what gets stored.
class ChoiceEditor : public FieldEditor {
public:
    ChoiceEditor(FieldType type, QWidget* parent)
        : FieldEditor(parent), m_type(type), m_combo(new QComboBox(this))
    {
        bareLayout(this)->addWidget(m_combo);
        setFocusProxy(m_combo);
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_combo->setMinimumContentsLength(12);
        connect(m_combo, &QComboBox::activated, this, [this] { emit edited(); });
    }
    Value value() const override { return fromVariant(m_combo->currentData(), m_type); }
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
    }
    void setReadOnly(bool readOnly) override { m_combo->setEnabled(!readOnly); }
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
    QComboBox* m_combo;
    Value m_value;
};

class EnumEditor final : public ChoiceEditor {
public:
    EnumEditor(const FieldDef& field, QWidget* parent)
        : ChoiceEditor(FieldType::Enum, parent), m_field(field)
    {
        reloadChoices();
    }

protected:
    void fillChoices(QComboBox* combo) override
    {
        for (const auto& option : m_field.options)
            combo->addItem(qs(option.label), qs(option.key));
    }

private:
    const FieldDef& m_field;
};

class ScaleEditor final : public ChoiceEditor {
public:
    ScaleEditor(DocumentSession& session, FieldType type, QWidget* parent)
        : ChoiceEditor(type, parent), m_session(session), m_type(type)
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
        : ChoiceEditor(FieldType::Reference, parent), m_session(session), m_field(field)
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

class DateEditor final : public FieldEditor {
public:
    explicit DateEditor(QWidget* parent)
        : FieldEditor(parent), m_edit(new QDateEdit(this)), m_clear(new QToolButton(this))
    {
        auto* layout = bareLayout(this);
        layout->addWidget(m_edit, 1);
        layout->addWidget(m_clear);
        setFocusProxy(m_edit);
        // The minimum date stands for "no date" and shows as such.
        m_edit->setMinimumDate(kEmpty);
        m_edit->setSpecialValueText(tr("No date"));
        m_edit->setCalendarPopup(true);
        m_edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        m_clear->setText(tr("Clear"));
        m_clear->setToolTip(tr("Remove the date"));
        m_clear->setAutoRaise(true);
        connect(m_clear, &QToolButton::clicked, this, [this] {
            m_edit->setDate(kEmpty);
            commitIfChanged();
        });
        connect(m_edit, &QDateEdit::editingFinished, this, [this] { commitIfChanged(); });
        connect(m_edit->calendarWidget(), &QCalendarWidget::clicked, this,
                [this] { commitIfChanged(); });
    }
    Value value() const override
    {
        const QDate d = m_edit->date();
        return d == kEmpty ? Value{} : fromVariant(d, FieldType::Date);
    }
    void setValue(const Value& v) override
    {
        const auto* d = std::get_if<Date>(&v);
        m_edit->setDate(d ? QDate(d->year, d->month, d->day) : kEmpty);
        m_shown = value();
    }
    void setReadOnly(bool readOnly) override
    {
        m_edit->setReadOnly(readOnly);
        m_edit->setCalendarPopup(!readOnly);
        m_clear->setVisible(!readOnly);
    }

private:
    void commitIfChanged()
    {
        if (value() == m_shown)
            return;
        m_shown = value();
        emit edited();
    }

    static inline const QDate kEmpty{1900, 1, 1};
    QDateEdit* m_edit;
    QToolButton* m_clear;
    Value m_shown;
};

class BooleanEditor final : public FieldEditor {
public:
    BooleanEditor(const FieldDef& field, QWidget* parent)
        : FieldEditor(parent), m_box(new QCheckBox(qs(field.label), this))
    {
        bareLayout(this)->addWidget(m_box);
        setFocusProxy(m_box);
        connect(m_box, &QCheckBox::clicked, this, [this] { emit edited(); });
    }
    Value value() const override { return m_box->isChecked(); }
    void setValue(const Value& v) override
    {
        const auto* b = std::get_if<bool>(&v);
        m_box->setChecked(b && *b);
    }
    void setReadOnly(bool readOnly) override { m_box->setEnabled(!readOnly); }

private:
    QCheckBox* m_box;
};

class IntegerEditor final : public FieldEditor {
public:
    explicit IntegerEditor(QWidget* parent) : FieldEditor(parent), m_spin(new QSpinBox(this))
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
    }
    void setReadOnly(bool readOnly) override { m_spin->setReadOnly(readOnly); }

private:
    static constexpr int kEmpty = -1;
    QSpinBox* m_spin;
    Value m_shown;
};

class RealEditor final : public FieldEditor {
public:
    explicit RealEditor(QWidget* parent) : FieldEditor(parent), m_spin(new QDoubleSpinBox(this))
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
    }
    void setReadOnly(bool readOnly) override { m_spin->setReadOnly(readOnly); }

private:
    static constexpr double kEmpty = -1.0;
    QDoubleSpinBox* m_spin;
    Value m_shown;
};

// Computed by the methodology, never typed: the band colour beside the number and label.
class LevelDisplay final : public FieldEditor {
public:
    LevelDisplay(DocumentSession& session, QWidget* parent)
        : FieldEditor(parent), m_session(session), m_swatch(new QLabel(this)),
          m_text(new QLabel(this))
    {
        auto* layout = bareLayout(this);
        layout->setSpacing(6);
        layout->addWidget(m_swatch);
        layout->addWidget(m_text, 1);
        const int side = m_text->fontMetrics().height();
        m_swatch->setFixedSize(side, side);
        m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
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
    void setReadOnly(bool) override {}

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
    case FieldType::Text: editor = new TextEditor(parent); break;
    case FieldType::LongText: editor = new LongTextEditor(parent); break;
    case FieldType::Enum: editor = new EnumEditor(field, parent); break;
    case FieldType::Date: editor = new DateEditor(parent); break;
    case FieldType::Boolean: editor = new BooleanEditor(field, parent); break;
    case FieldType::Integer: editor = new IntegerEditor(parent); break;
    case FieldType::Real: editor = new RealEditor(parent); break;
    case FieldType::Reference: editor = new ReferenceEditor(session, field, parent); break;
    case FieldType::Likelihood:
    case FieldType::Impact: editor = new ScaleEditor(session, field.type, parent); break;
    case FieldType::Level: editor = new LevelDisplay(session, parent); break;
    }
    editor->setObjectName(qs(field.key));
    editor->setToolTip(qs(field.help));
    if (field.computed)
        editor->setReadOnly(true);
    return editor;
}

} // namespace isms::app

#include "field_editors.moc"
