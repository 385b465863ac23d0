#include "app/signing/audit_export_options.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace isms::app {

AuditExportOptions::AuditExportOptions(std::filesystem::path keyDir, QWidget* parent)
    : QDialog(parent), m_keyDir(std::move(keyDir))
{
    setWindowTitle(tr("Export Audit Copy"));
    if (auto info = storage::readSigningKeyInfo(m_keyDir))
        m_info = *info;
    auto* layout = new QVBoxLayout(this);
    m_sign = new QCheckBox(tr("&Sign with my key"), this);
    m_sign->setObjectName(QStringLiteral("signWithKey"));
    m_sign->setEnabled(m_info.has_value());
    m_sign->setChecked(m_info.has_value());
    layout->addWidget(m_sign);
    auto* about = new QLabel(this);
    about->setWordWrap(true);
    about->setText(m_info ? tr("Signed by %1, key %2. An auditor who trusts your key can then prove the "
                               "copy is exactly what you exported.")
                                .arg(QString::fromStdString(m_info->publicKey.name).toHtmlEscaped(),
                                     QString::fromStdString(m_info->publicKey.fingerprint()))
                          : tr("You have no signing key: create one under Preferences to sign audit copies."));
    layout->addWidget(about);
    auto* form = new QFormLayout;
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("keyPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    const bool needsPassphrase = m_info && m_info->passphraseProtected;
    if (needsPassphrase)
        form->addRow(tr("Key &passphrase:"), m_passphrase);
    else
        m_passphrase->hide();
    layout->addLayout(form);
    connect(m_sign, &QCheckBox::toggled, m_passphrase, &QWidget::setEnabled);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Result<std::optional<storage::SigningKey>> AuditExportOptions::load() const
{
    if (!m_info || !m_sign->isChecked())
        return std::optional<storage::SigningKey>();
    auto key = storage::loadSigningKey(m_keyDir, m_passphrase->text().toStdString());
    if (!key)
        return key.error();
    return std::optional<storage::SigningKey>(std::move(*key));
}

} // namespace isms::app
