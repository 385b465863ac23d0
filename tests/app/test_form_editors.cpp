// The form's editors as a day's work meets them: the wheel scrolls the form and changes nothing,
// dates are typed in the locale or as ISO with a calendar that opens at today, and read-only
// values are readable, selectable text.

#include "app_fixture.h"

#include "app/form/field_editor.h"
#include "app/form/record_form.h"
#include "app/session/value_text.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <QWheelEvent>

#include <catch2/catch_test_macros.hpp>

using namespace isms;
using namespace isms::app;

namespace {

RecordId firstId(DocumentSession& session, std::string_view registerKey)
{
    auto ids = session.file().listIds(session.catalogue().get(registerKey));
    if (!ids || ids->empty())
        throw std::runtime_error("the demo has no " + std::string(registerKey));
    return ids->front();
}

// A form in a scroll area far shorter than the form, as the detail pane shows it.
struct ScrolledForm {
    QScrollArea area;
    RecordForm* form;

    ScrolledForm(DocumentSession& session, std::string_view registerKey, RecordId id)
        : form(new RecordForm(session))
    {
        form->showRecord(std::string(registerKey), id);
        area.setWidget(form);
        area.setWidgetResizable(true);
        area.resize(520, 260);
        area.show();
        area.activateWindow();
        REQUIRE(QTest::qWaitForWindowExposed(&area));
    }

    // One notch of a mouse wheel over the middle of `target`, delivered as QApplication delivers
    // a real one: to the widget under the pointer, after giving wheel focus to the first widget
    // up from it that takes it, then to each parent in turn while the event is ignored. (A
    // QWheelEvent sent with sendEvent is not spontaneous, and Qt passes such events to no parent.)
    void wheelOver(QWidget* target, int angle)
    {
        const QPoint inArea = target->mapTo(&area, target->rect().center());
        QWidget* under = area.childAt(inArea);
        REQUIRE(under != nullptr);
        REQUIRE((under == target || target->isAncestorOf(under)));
        for (QWidget* w = under; w; w = w->parentWidget()) {
            if (w->isEnabled() && (w->focusPolicy() & Qt::WheelFocus) == Qt::WheelFocus) {
                w->setFocus(Qt::MouseFocusReason);
                break;
            }
            if (w->isWindow())
                break;
        }
        const QPointF global = area.mapToGlobal(QPointF(inArea));
        QPointF position = under->mapFrom(&area, inArea);
        for (QWidget* w = under; w; w = w->parentWidget()) {
            QWheelEvent wheel(position, global, QPoint(), QPoint(0, angle), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(w, &wheel);
            if (wheel.isAccepted() || w->isWindow())
                break;
            position += w->pos();
        }
        QCoreApplication::processEvents();
    }
};

// The one widget that carries the value's text in `editor`, as it is shown.
QString shownText(FieldEditor* editor)
{
    for (auto* edit : editor->findChildren<QLineEdit*>())
        if (edit->isVisibleTo(editor) && !qobject_cast<QAbstractSpinBox*>(edit->parentWidget()))
            return edit->text();
    if (auto* text = editor->findChild<QPlainTextEdit*>())
        return text->toPlainText();
    for (auto* label : editor->findChildren<QLabel*>())
        if (!label->text().isEmpty())
            return label->text();
    return {};
}

} // namespace

TEST_CASE("the wheel over an unfocused combo, spin box or date scrolls the form and changes nothing",
          "[form][wheel]")
{
    test::DemoFile demo;
    auto session = demo.open();
    const RecordId riskId = test::recordByRef(*session, reg::risks, "R-001").id;

    auto check = [&](std::string_view registerKey, RecordId id, const std::string& fieldKey) {
        INFO(fieldKey);
        ScrolledForm scrolled(*session, registerKey, id);
        QScrollBar* bar = scrolled.area.verticalScrollBar();
        REQUIRE(bar->maximum() > 0);  // the form is taller than its area
        FieldEditor* editor = scrolled.form->editor(fieldKey);
        REQUIRE(editor != nullptr);
        scrolled.area.ensureWidgetVisible(editor, 0, 0);
        // The first field has the focus, as after opening a record; the pointer is elsewhere.
        scrolled.form->editor("title")->setFocus();
        QWidget* input = editor->focusProxy();
        REQUIRE(input != nullptr);
        REQUIRE_FALSE(input->hasFocus());
        const Value before = editor->value();
        const int position = bar->value();
        const int angle = position > 0 ? 120 : -120;  // towards the side that can still scroll
        for (int notch = 0; notch < 3; ++notch) {
            if (notch > 0)
                scrolled.area.ensureWidgetVisible(editor, 0, 0);  // still under the pointer
            scrolled.wheelOver(input, angle);
        }
        QCoreApplication::processEvents();
        CHECK(editor->value() == before);
        CHECK(session->undoStack()->count() == 0);
        CHECK(bar->value() != position);  // the form scrolled instead
        CHECK_FALSE(input->hasFocus());   // and the wheel did not take the focus
        CHECK(input->focusPolicy() == Qt::StrongFocus);
    };
    check(reg::risks, riskId, "residual_impact");   // a scale combo
    check(reg::risks, riskId, "treatment");         // an enum combo
    check(reg::risks, riskId, "owner");             // a reference combo
    check(reg::risks, riskId, "accepted_on");       // a date
    check(reg::campaigns, firstId(*session, reg::campaigns), "participants");  // a spin box

    SECTION("with the focus, the wheel still steps the value")
    {
        ScrolledForm scrolled(*session, reg::risks, riskId);
        REQUIRE(QTest::qWaitForWindowActive(&scrolled.area));
        FieldEditor* editor = scrolled.form->editor("treatment");
        scrolled.area.ensureWidgetVisible(editor, 0, 0);
        auto* combo = editor->findChild<QComboBox*>();
        combo->setFocus();
        REQUIRE(combo->hasFocus());
        const int index = combo->currentIndex();
        scrolled.wheelOver(combo, index > 0 ? 120 : -120);
        CHECK(combo->currentIndex() != index);
    }
}

TEST_CASE("read-only values are enabled, selectable text equal to the value, and write nothing",
          "[form][readonly]")
{
    test::DemoFile demo;
    const QByteArray before = demo.fingerprint();
    auto session = demo.open(true);
    REQUIRE(session->isReadOnly());

    for (std::string_view registerKey : {reg::risks, reg::nonconformities, reg::actions,
                                         reg::campaigns, reg::findings}) {
        const RegisterDef& def = session->catalogue().get(registerKey);
        const RecordId id = firstId(*session, registerKey);
        const Record record = session->file().get(def, id).value();
        RecordForm form(*session);
        form.showRecord(def.key, id);
        form.show();
        for (std::size_t i = 0; i < def.fields.size(); ++i) {
            const FieldDef& field = def.fields[i];
            INFO(def.key << "." << field.key);
            FieldEditor* editor = form.editor(field.key);
            REQUIRE(editor != nullptr);
            CHECK(editor->isReadOnly());
            // Nothing greyed out: every widget of the editor is enabled.
            CHECK(editor->isEnabled());
            for (auto* child : editor->findChildren<QWidget*>())
                CHECK(child->isEnabled());
            for (auto* combo : editor->findChildren<QComboBox*>())
                CHECK_FALSE(combo->isVisibleTo(editor));
            const Value& value = record.values[i];
            if (field.type == FieldType::Boolean) {
                auto* box = editor->findChild<QCheckBox*>();
                REQUIRE(box != nullptr);
                const bool ticked = box->isChecked();
                QTest::mouseClick(box, Qt::LeftButton);
                QTest::keyClick(box, Qt::Key_Space);
                CHECK(box->isChecked() == ticked);
                continue;
            }
            QString expected = displayText(*session, field, value);
            if (field.type == FieldType::Level && expected.isEmpty())
                expected = QStringLiteral("Not assessed");
            if (field.type == FieldType::Date && !expected.isEmpty()) {
                const auto& d = std::get<Date>(value);
                expected = QLocale().toString(QDate(d.year, d.month, d.day),
                                              QStringLiteral("dd/MM/yyyy"));
            }
            CHECK(shownText(editor) == expected);
            // Selectable: a read-only line edit or text, or a label selectable by mouse.
            if (auto* edit = editor->findChild<QLineEdit*>(QStringLiteral("readOnlyText"))) {
                CHECK(edit->isReadOnly());
                edit->selectAll();
                CHECK(edit->selectedText() == expected);
                QTest::keyClicks(edit, QStringLiteral("typed"));
                CHECK(edit->text() == expected);
            } else if (auto* text = editor->findChild<QPlainTextEdit*>()) {
                CHECK(text->isReadOnly());
                CHECK(text->textInteractionFlags() & Qt::TextSelectableByMouse);
            } else if (field.type == FieldType::Level) {
                bool selectable = false;
                for (auto* label : editor->findChildren<QLabel*>())
                    if (label->text() == expected)
                        selectable = label->textInteractionFlags() & Qt::TextSelectableByMouse;
                CHECK(selectable);
            } else {
                auto* line = editor->findChild<QLineEdit*>();
                REQUIRE(line != nullptr);
                CHECK(line->isReadOnly());
                QTest::keyClicks(line, QStringLiteral("2026-01-01"));
                QTest::keyClick(line, Qt::Key_Return);
            }
            // An edit signal, however it came, is not written.
            emit editor->edited();
        }
    }
    CHECK(session->undoStack()->count() == 0);
    session.reset();
    CHECK(demo.fingerprint() == before);
}

TEST_CASE("a computed level in a writable form is enabled, selectable text", "[form][readonly]")
{
    test::DemoFile demo;
    auto session = demo.open();
    RecordForm form(*session);
    const Record r1 = test::recordByRef(*session, reg::risks, "R-001");
    form.showRecord(std::string(reg::risks), r1.id);
    FieldEditor* level = form.editor("inherent_level");
    CHECK(level->isReadOnly());
    CHECK(level->isEnabled());
    auto labels = level->findChildren<QLabel*>();
    bool selectable = false;
    for (auto* label : labels)
        selectable |= !label->text().isEmpty() && label->isEnabled()
            && (label->textInteractionFlags() & Qt::TextSelectableByMouse);
    CHECK(selectable);
    // Locking a writable editor (as Annex A titles are) takes the same path.
    FieldEditor* treatment = form.editor("treatment");
    treatment->setReadOnly(true);
    CHECK(treatment->isEnabled());
    CHECK_FALSE(treatment->findChild<QComboBox*>()->isVisibleTo(treatment));
    CHECK(shownText(treatment)
          == displayText(*session, *session->catalogue().get(reg::risks).field("treatment"),
                         r1.get(session->catalogue().get(reg::risks), "treatment")));
    treatment->setReadOnly(false);
    CHECK(treatment->findChild<QComboBox*>()->isVisibleTo(treatment));
}

TEST_CASE("dates are typed in the locale or as ISO, cleared, chosen on a calendar at today",
          "[form][date]")
{
    test::DemoFile demo;
    auto session = demo.open();
    const RegisterDef& ncs = session->catalogue().get(reg::nonconformities);
    const RecordId id = firstId(*session, reg::nonconformities);
    // Start from an empty date: the one a new user could not type into.
    {
        Record nc = session->file().get(ncs, id).value();
        nc.set(ncs, "closed_on", Value{});
        REQUIRE(session->file().update(ncs, nc));
    }

    RecordForm form(*session);
    form.showRecord(ncs.key, id);
    form.show();
    REQUIRE(QTest::qWaitForWindowExposed(&form));
    FieldEditor* closedOn = form.editor("closed_on");
    auto* text = closedOn->findChild<QLineEdit*>(QStringLiteral("dateText"));
    REQUIRE(text != nullptr);
    CHECK(text->text().isEmpty());
    auto stored = [&] { return session->file().get(ncs, id).value().get(ncs, "closed_on"); };
    auto type = [&](const QString& typed) {
        text->setFocus();
        text->selectAll();
        QTest::keyClicks(text, typed);
        QTest::keyClick(text, Qt::Key_Return);
    };
    auto* message = closedOn->findChild<QLabel*>(QStringLiteral("dateMessage"));
    REQUIRE(message != nullptr);
    // Every write of the record (the undo stack merges quick edits of one field into one step).
    QSignalSpy writes(session.get(), &DocumentSession::recordUpdated);

    // The calendar of an empty date opens at today (the session's clock), not January 1900.
    auto* calendarButton = closedOn->findChild<QToolButton*>(QStringLiteral("calendar"));
    REQUIRE(calendarButton != nullptr);
    QTest::mouseClick(calendarButton, Qt::LeftButton);
    // The calendar that is up (a closed one waits for its deferred deletion).
    auto openPopup = [&]() -> QCalendarWidget* {
        for (auto* calendar : closedOn->findChildren<QCalendarWidget*>(QStringLiteral("datePopup")))
            if (calendar->isVisible())
                return calendar;
        return nullptr;
    };
    auto* popup = openPopup();
    REQUIRE(popup != nullptr);
    CHECK(popup->selectedDate() == QDate(2026, 11, 23));
    CHECK(popup->monthShown() == 11);
    CHECK(popup->yearShown() == 2026);
    emit popup->clicked(QDate(2026, 11, 19));
    CHECK(stored() == Value{Date{2026, 11, 19}});
    CHECK(text->text() == QStringLiteral("19/11/2026"));
    CHECK(writes.count() == 1);

    // ISO and the user's locale are both understood.
    type(QStringLiteral("2026-11-20"));
    CHECK(stored() == Value{Date{2026, 11, 20}});
    CHECK(text->text() == QStringLiteral("20/11/2026"));
    type(QStringLiteral("21/11/2026"));
    CHECK(stored() == Value{Date{2026, 11, 21}});
    CHECK(message->isHidden());
    CHECK(writes.count() == 3);

    // The calendar of a dated field opens at that date.
    QTest::mouseClick(calendarButton, Qt::LeftButton);
    popup = openPopup();
    REQUIRE(popup != nullptr);
    CHECK(popup->selectedDate() == QDate(2026, 11, 21));
    popup->close();
    QCoreApplication::processEvents();

    // Text that is not a date is not written, and the form says how to type it.
    for (const QString& bad : {QStringLiteral("31/02/2026"), QStringLiteral("next week"),
                               QStringLiteral("2026-13-01")}) {
        INFO(bad.toStdString());
        type(bad);
        CHECK(stored() == Value{Date{2026, 11, 21}});
        CHECK(message->isVisibleTo(closedOn));
        CHECK(message->text().contains(bad));
        CHECK(message->text().contains(QStringLiteral("23/11/2026")));
        CHECK(message->text().contains(QStringLiteral("2026-11-23")));
        CHECK(text->text() == bad);  // kept, so it can be corrected
    }
    CHECK(writes.count() == 3);

    // Clear empties the field; a second Clear writes nothing more.
    auto* clear = closedOn->findChild<QToolButton*>(QStringLiteral("clear"));
    REQUIRE(clear != nullptr);
    QTest::mouseClick(clear, Qt::LeftButton);
    CHECK(std::holds_alternative<std::monostate>(stored()));
    CHECK(text->text().isEmpty());
    CHECK(message->isHidden());
    QTest::mouseClick(clear, Qt::LeftButton);
    CHECK(writes.count() == 4);

    // An empty date takes typing.
    type(QStringLiteral("2026-11-02"));
    CHECK(stored() == Value{Date{2026, 11, 2}});
}
