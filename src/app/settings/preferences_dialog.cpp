#include "app/settings/preferences_dialog.h"

#include "app/settings/app_settings.h"
#include "app/signing/key_locations.h"
#include "app/signing/signing_key_section.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace isms::app {

PreferencesDialog::PreferencesDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Preferences"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_author = new QLineEdit(this);
    m_author->setPlaceholderText(AppSettings::defaultAuthor());
    const QString current = settings.authorName();
    if (current != AppSettings::defaultAuthor())
        m_author->setText(current);
    m_author->setMinimumWidth(260);
    form->addRow(tr("&Your name:"), m_author);
    auto* hint = new QLabel(tr("Recorded as the author of every change you make, in every file. "
                               "Leave it empty to use your login name."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), hint);
    layout->addLayout(form);
    m_signing = new SigningKeySection(signingKeyDir(), trustedKeysDir(), settings.authorName(), this);
    layout->addWidget(m_signing);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PreferencesDialog::apply()
{
    m_settings.setAuthorName(m_author->text());
}

} // namespace isms::app
