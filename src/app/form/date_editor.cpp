#include "app/form/date_editor.h"

#include "app/form/field_editor.h"
#include "app/session/document_session.h"
#include "app/session/value_convert.h"

#include <QCoreApplication>
#include <QCalendarWidget>
#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QToolButton>
#include <QVBoxLayout>

namespace isms::app {

QString dateEntryFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

std::optional<QDate> parseDateEntry(const QString& typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return QDate();
    for (const QDate& date : {QDate::fromString(text, QStringLiteral("yyyy-MM-dd")),
                              QLocale().toDate(text, dateEntryFormat()),
                              QLocale().toDate(text, QLocale::ShortFormat),
                              QLocale().toDate(text, QLocale::LongFormat)})
        if (date.isValid() && date.year() >= 1000)
            return date;
    return std::nullopt;
}

namespace {

QDate toQDate(const Value& v)
{
    const auto* d = std::get_if<Date>(&v);
    return d ? QDate(d->year, d->month, d->day) : QDate();
}

class DateEditor final : public FieldEditor {
    Q_DECLARE_TR_FUNCTIONS(isms::app::DateEditor)

public:
    DateEditor(DocumentSession& session, const FieldDef& field, QWidget* parent)
        : FieldEditor(session, field, parent), m_edit(new QLineEdit(this)),
          m_calendar(new QToolButton(this)), m_clear(new QToolButton(this)),
          m_message(new QLabel(this))
    {
        auto* column = new QVBoxLayout(this);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        auto* row = new QHBoxLayout;
        row->setSpacing(2);
        row->addWidget(m_edit, 1);
        row->addWidget(m_calendar);
        row->addWidget(m_clear);
        column->addLayout(row);
        column->addWidget(m_message);
        setFocusProxy(m_edit);

        m_edit->setObjectName(QStringLiteral("dateText"));
        m_edit->setPlaceholderText(tr("%1 or %2").arg(dateEntryFormat(), QStringLiteral("yyyy-MM-dd")));
        // Wide enough for the longest date in the user's format: a narrow form wraps the row
        // rather than squeezing the date to "d …".
        const QString widest = QLocale().toString(QDate(2026, 12, 28), dateEntryFormat());
        m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(widest + QStringLiteral("00")) + 12);
        m_calendar->setObjectName(QStringLiteral("calendar"));
        m_calendar->setArrowType(Qt::DownArrow);
        m_calendar->setToolTip(tr("Choose the date on a calendar"));
        m_calendar->setAutoRaise(true);
        m_clear->setObjectName(QStringLiteral("clear"));
        m_clear->setText(tr("Clear"));
        m_clear->setToolTip(tr("Remove the date"));
        m_clear->setAutoRaise(true);
        m_message->setObjectName(QStringLiteral("dateMessage"));
        m_message->setWordWrap(true);
        m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_message->setForegroundRole(QPalette::Link);  // readable in light and dark palettes
        m_message->hide();

        connect(m_edit, &QLineEdit::editingFinished, this, [this] { commitTyped(); });
        connect(m_clear, &QToolButton::clicked, this, [this] {
            m_edit->clear();
            commitTyped();
        });
        connect(m_calendar, &QToolButton::clicked, this, [this] { openCalendar(); });
    }

    // What was typed when it is a date; otherwise what is stored, so nothing wrong is written.
    Value value() const override
    {
        const auto parsed = parseDateEntry(m_edit->text());
        if (!parsed)
            return m_shown;
        return parsed->isValid() ? fromVariant(*parsed, FieldType::Date) : Value{};
    }

    void setValue(const Value& v) override
    {
        const QDate date = toQDate(v);
        m_edit->setText(date.isValid() ? QLocale().toString(date, dateEntryFormat()) : QString());
        m_edit->setModified(false);
        m_message->hide();
        m_shown = date.isValid() ? v : Value{};
    }

    void setReadOnly(bool readOnly) override
    {
        markReadOnly(readOnly);
        m_edit->setReadOnly(readOnly);
        m_calendar->setVisible(!readOnly);
        m_clear->setVisible(!readOnly);
        if (readOnly)
            m_message->hide();
    }

private:
    void commitTyped()
    {
        if (isReadOnly())
            return;
        const auto parsed = parseDateEntry(m_edit->text());
        if (!parsed) {
            const QDate example = toQDate(session().clock().today());
            m_message->setText(
                tr("\u201c%1\u201d is not a date, so it was not saved. Type it as %2 or %3.")
                    .arg(m_edit->text().trimmed(), QLocale().toString(example, dateEntryFormat()),
                         example.toString(Qt::ISODate)));
            m_message->show();
            return;
        }
        m_message->hide();
        const Value typed = value();
        // Show what was understood in one form ("2026-11-20" reads as the locale's date).
        m_edit->setText(parsed->isValid() ? QLocale().toString(*parsed, dateEntryFormat())
                                          : QString());
        if (typed == m_shown)
            return;
        m_shown = typed;
        emit edited();
    }

    void openCalendar()
    {
        if (isReadOnly())
            return;
        if (m_popup)
            m_popup->close();
        // A child of the editor, so a table's cell editor stays open while the calendar is up.
        auto* popup = new QCalendarWidget(this);
        popup->setWindowFlags(Qt::Popup);
        popup->setAttribute(Qt::WA_DeleteOnClose);
        popup->setObjectName(QStringLiteral("datePopup"));
        const auto typed = parseDateEntry(m_edit->text());
        QDate start = typed && typed->isValid() ? *typed : toQDate(m_shown);
        if (!start.isValid())
            start = toQDate(session().clock().today());
        popup->setSelectedDate(start);
        popup->setCurrentPage(start.year(), start.month());
        const auto choose = [this, popup](QDate date) {
            m_edit->setText(QLocale().toString(date, dateEntryFormat()));
            popup->close();
            commitTyped();
        };
        connect(popup, &QCalendarWidget::clicked, this, choose);
        connect(popup, &QCalendarWidget::activated, this, choose);
        popup->move(m_edit->mapToGlobal(QPoint(0, m_edit->height())));
        popup->show();
        popup->setFocus(Qt::PopupFocusReason);
        m_popup = popup;
    }

    QLineEdit* m_edit;
    QToolButton* m_calendar;
    QToolButton* m_clear;
    QLabel* m_message;
    QPointer<QCalendarWidget> m_popup;
    Value m_shown;
};

} // namespace

FieldEditor* createDateEditor(DocumentSession& session, const FieldDef& field, QWidget* parent)
{
    return new DateEditor(session, field, parent);
}

} // namespace isms::app
