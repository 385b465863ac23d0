#include "app/settings/preferences_dialog.h"

#include "app/settings/app_settings.h"
#include "app/signing/key_locations.h"
#include "app/signing/signing_key_section.h"

#include "ui_preferences_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace isms::app {

PreferencesDialog::PreferencesDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    m_author = m_ui->authorEdit;
    m_author->setPlaceholderText(AppSettings::defaultAuthor());
    const QString current = settings.authorName();
    if (current != AppSettings::defaultAuthor())
        m_author->setText(current);
    m_ui->authorHint->setForegroundRole(QPalette::PlaceholderText);
    m_signing = new SigningKeySection(signingKeyDir(), trustedKeysDir(), settings.authorName(), this);
    m_ui->signingArea->addWidget(m_signing);

    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::apply()
{
    m_settings.setAuthorName(m_author->text());
}

} // namespace isms::app
