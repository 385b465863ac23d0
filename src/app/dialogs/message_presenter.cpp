#include "app/dialogs/message_presenter.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace isms::app {

namespace {

void show(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
          const QString& details)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setWindowModality(Qt::WindowModal);
    if (!details.isEmpty())
        box.setDetailedText(details);
    box.exec();
}

} // namespace

QtMessagePresenter::QtMessagePresenter(QWidget* parent) : m_parent(parent) {}

void QtMessagePresenter::error(const QString& title, const QString& text, const QString& details)
{
    show(m_parent, QMessageBox::Critical, title, text, details);
}

void QtMessagePresenter::warning(const QString& title, const QString& text, const QString& details)
{
    show(m_parent, QMessageBox::Warning, title, text, details);
}

void QtMessagePresenter::information(const QString& title, const QString& text)
{
    show(m_parent, QMessageBox::Information, title, text, {});
}

bool QtMessagePresenter::confirm(const QString& title, const QString& text, const QString& acceptLabel)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, m_parent);
    box.setWindowModality(Qt::WindowModal);
    QPushButton* accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    // Cancel is the default: a stray Enter must not overwrite or delete anything.
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

std::optional<int> QtMessagePresenter::choose(const QString& title, const QString& text, const QStringList& items)
{
    QInputDialog dialog(m_parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(text);
    dialog.setComboBoxItems(items);
    dialog.setComboBoxEditable(false);
    dialog.setWindowModality(Qt::WindowModal);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const int index = items.indexOf(dialog.textValue());
    return index >= 0 ? std::optional<int>(index) : std::nullopt;
}

void RecordingPresenter::scriptChoices(std::initializer_list<std::optional<int>> choices)
{
    m_choices.insert(m_choices.end(), choices.begin(), choices.end());
}

void RecordingPresenter::scriptAnswers(std::initializer_list<bool> answers)
{
    m_answers.insert(m_answers.end(), answers.begin(), answers.end());
}

int RecordingPresenter::count(Kind kind) const
{
    int n = 0;
    for (const auto& call : m_calls)
        if (call.kind == kind)
            ++n;
    return n;
}

void RecordingPresenter::error(const QString& title, const QString& text, const QString& details)
{
    m_calls.push_back({Kind::Error, title, text, details, {}, false});
}

void RecordingPresenter::warning(const QString& title, const QString& text, const QString& details)
{
    m_calls.push_back({Kind::Warning, title, text, details, {}, false});
}

void RecordingPresenter::information(const QString& title, const QString& text)
{
    m_calls.push_back({Kind::Information, title, text, {}, {}, false});
}

bool RecordingPresenter::confirm(const QString& title, const QString& text, const QString& acceptLabel)
{
    bool answer = m_defaultAnswer;
    if (!m_answers.empty()) {
        answer = m_answers.front();
        m_answers.pop_front();
    }
    m_calls.push_back({Kind::Confirm, title, text, {}, acceptLabel, answer});
    return answer;
}

std::optional<int> RecordingPresenter::choose(const QString& title, const QString& text, const QStringList& items)
{
    std::optional<int> choice = items.isEmpty() ? std::nullopt : std::optional<int>(0);
    if (!m_choices.empty()) {
        choice = m_choices.front();
        m_choices.pop_front();
    }
    Call call{Kind::Choose, title, text, {}, {}, choice.has_value()};
    call.items = items;
    m_calls.push_back(std::move(call));
    return choice;
}

} // namespace isms::app
