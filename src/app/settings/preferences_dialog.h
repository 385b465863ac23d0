#pragma once
// Preferences: the name recorded as the author of the user's changes, and the signing key.

#include <QDialog>

#include <memory>

class QLineEdit;

namespace Ui {
class PreferencesDialog;
}

namespace isms::app {

class AppSettings;
class SigningKeySection;

class PreferencesDialog final : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(AppSettings& settings, QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    QLineEdit* authorEdit() const { return m_author; }
    SigningKeySection* signingSection() const { return m_signing; }
    // Writes the dialog's values to the settings (what OK does).
    void apply();

private:
    AppSettings& m_settings;
    std::unique_ptr<Ui::PreferencesDialog> m_ui;  // ui/forms/preferences_dialog.ui
    QLineEdit* m_author = nullptr;
    SigningKeySection* m_signing = nullptr;
};

} // namespace isms::app
