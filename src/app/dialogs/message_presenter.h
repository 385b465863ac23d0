#pragma once
// The seam between the app and its message boxes: code that needs to tell or ask the user talks
// to a MessagePresenter, so tests swap in a RecordingPresenter and no dialog ever blocks them.

#include <QString>
#include <QStringList>

#include <deque>
#include <optional>
#include <vector>

class QWidget;

namespace isms::app {

class MessagePresenter {
public:
    virtual ~MessagePresenter() = default;
    virtual void error(const QString& title, const QString& text, const QString& details = {}) = 0;
    virtual void warning(const QString& title, const QString& text, const QString& details = {}) = 0;
    virtual void information(const QString& title, const QString& text) = 0;
    // True when the user chose acceptLabel; false for Cancel or closing the box.
    virtual bool confirm(const QString& title, const QString& text, const QString& acceptLabel) = 0;
    // The index of the item the user picked from `items`; nullopt for Cancel.
    virtual std::optional<int> choose(const QString& title, const QString& text, const QStringList& items) = 0;
};

// Real message boxes, window-modal over `parent`.
class QtMessagePresenter final : public MessagePresenter {
public:
    explicit QtMessagePresenter(QWidget* parent = nullptr);
    void setParentWidget(QWidget* parent) { m_parent = parent; }

    void error(const QString& title, const QString& text, const QString& details = {}) override;
    void warning(const QString& title, const QString& text, const QString& details = {}) override;
    void information(const QString& title, const QString& text) override;
    bool confirm(const QString& title, const QString& text, const QString& acceptLabel) override;
    std::optional<int> choose(const QString& title, const QString& text, const QStringList& items) override;

private:
    QWidget* m_parent = nullptr;
};

// Records every call and answers confirm() from a script: for tests.
class RecordingPresenter final : public MessagePresenter {
public:
    enum class Kind { Error, Warning, Information, Confirm, Choose };
    struct Call {
        Kind kind = Kind::Error;
        QString title;
        QString text;
        QString details;      // error and warning only
        QString acceptLabel;  // confirm only
        bool answer = false;  // what confirm returned
        QStringList items;    // choose only: what was offered
    };

    // Answers for the next confirm() calls, in order; when they run out, defaultAnswer is used.
    void scriptAnswers(std::initializer_list<bool> answers);
    void setDefaultAnswer(bool answer) { m_defaultAnswer = answer; }
    // Answers for the next choose() calls (an index, or nullopt for Cancel); then the first item.
    void scriptChoices(std::initializer_list<std::optional<int>> choices);

    const std::vector<Call>& calls() const { return m_calls; }
    int count(Kind kind) const;
    const Call* last() const { return m_calls.empty() ? nullptr : &m_calls.back(); }
    void clear() { m_calls.clear(); }

    void error(const QString& title, const QString& text, const QString& details = {}) override;
    void warning(const QString& title, const QString& text, const QString& details = {}) override;
    void information(const QString& title, const QString& text) override;
    bool confirm(const QString& title, const QString& text, const QString& acceptLabel) override;
    std::optional<int> choose(const QString& title, const QString& text, const QStringList& items) override;

private:
    std::vector<Call> m_calls;
    std::deque<bool> m_answers;
    std::deque<std::optional<int>> m_choices;
    bool m_defaultAnswer = false;
};

} // namespace isms::app
