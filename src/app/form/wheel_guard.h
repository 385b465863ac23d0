#pragma once
// Value widgets (combos, spin boxes) that take the mouse wheel only when they have the focus.
// Scrolling a long form must scroll the form: a wheel turned over an unfocused combo used to
// change its value and log an edit per notch. Ignoring the event lets Qt pass it to the parent,
// so the scroll area around the form (or the table around a cell editor) scrolls instead.

#include <QWheelEvent>

#include <utility>

namespace isms::app {

template <class Widget>
class FocusWheel : public Widget {
public:
    template <class... Args>
    explicit FocusWheel(Args&&... args) : Widget(std::forward<Args>(args)...)
    {
        // Strong focus, not wheel focus: the wheel alone never focuses (and so never edits).
        this->setFocusPolicy(Qt::StrongFocus);
    }

protected:
    void wheelEvent(QWheelEvent* event) override
    {
        if (!this->hasFocus()) {
            event->ignore();
            return;
        }
        Widget::wheelEvent(event);
    }
};

} // namespace isms::app
