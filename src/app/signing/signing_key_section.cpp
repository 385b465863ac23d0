#include "app/signing/signing_key_section.h"

#include "app/session/value_convert.h"

#include "storage/signing_key.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace isms::app {

SigningKeySection::SigningKeySection(std::filesystem::path keyDir, std::filesystem::path trustedDir,
                                     QString defaultName, QWidget* parent)
    : QGroupBox(tr("Signing key"), parent), m_keyDir(std::move(keyDir)), m_trustedDir(std::move(trustedDir)),
      m_defaultName(std::move(defaultName))
{
    setObjectName(QStringLiteral("signingKeySection"));
    auto* layout = new QVBoxLayout(this);
    m_key = new QLabel(this);
    m_key->setObjectName(QStringLiteral("signingKeyLabel"));
    m_key->setWordWrap(true);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_key);
    auto* buttons = new QHBoxLayout;
    m_create = new QPushButton(tr("&Create Key\u2026"), this);
    m_export = new QPushButton(tr("E&xport Public Key\u2026"), this);
    m_trust = new QPushButton(tr("&Trust a Public Key\u2026"), this);
    for (auto* button : {m_create, m_export, m_trust})
        buttons->addWidget(button);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Keys you trust (their signed audit copies verify):"), this));
    m_trusted = new QListWidget(this);
    m_trusted->setObjectName(QStringLiteral("trustedKeys"));
    m_trusted->setMaximumHeight(90);
    layout->addWidget(m_trusted);
    connect(m_create, &QPushButton::clicked, this, &SigningKeySection::askAndCreate);
    connect(m_export, &QPushButton::clicked, this, &SigningKeySection::askAndExport);
    connect(m_trust, &QPushButton::clicked, this, &SigningKeySection::askAndTrust);
    refresh();
}

void SigningKeySection::refresh()
{
    auto info = storage::readSigningKeyInfo(m_keyDir);
    if (info) {
        m_key->setText(tr("Your key: <b>%1</b><br>Fingerprint: <tt>%2</tt><br>%3")
                           .arg(qs(info->publicKey.name).toHtmlEscaped(), qs(info->publicKey.fingerprint()),
                                info->passphraseProtected ? tr("Protected by a passphrase.")
                                                          : tr("Not protected by a passphrase.")));
        m_create->setText(tr("&Replace Key\u2026"));
    } else if (info.error().code == ErrorCode::NotFound) {
        m_key->setText(tr("You have no signing key yet. With one, the audit copies you export can be "
                          "signed, so an auditor who trusts your key knows they came from you unchanged."));
    } else {
        m_key->setText(qs(info.error().message).toHtmlEscaped());
    }
    m_export->setEnabled(info.ok());
    m_trusted->clear();
    if (auto keys = storage::trustedKeys(m_trustedDir))
        for (const auto& key : *keys)
            m_trusted->addItem(qs(key.fingerprint()) + QStringLiteral("  ") + qs(key.name));
}

QString SigningKeySection::createKey(const QString& name, const QString& passphrase, bool replace)
{
    auto created = storage::createSigningKey(m_keyDir, name.trimmed().toStdString(), passphrase.toStdString(), replace);
    refresh();
    return created ? QString() : qs(created.error().message);
}

QString SigningKeySection::exportPublicKey(const QString& target)
{
    auto info = storage::readSigningKeyInfo(m_keyDir);
    if (!info)
        return qs(info.error().message);
    auto written = storage::writePublicKeyFile(fsPath(target), info->publicKey);
    return written ? QString() : qs(written.error().message);
}

QString SigningKeySection::trustKeyFile(const QString& file)
{
    auto key = storage::readPublicKeyFile(fsPath(file));
    if (!key)
        return qs(key.error().message);
    auto trusted = storage::trustPublicKey(m_trustedDir, *key);
    refresh();
    return trusted ? QString() : qs(trusted.error().message);
}

void SigningKeySection::askAndCreate()
{
    const bool replace = storage::readSigningKeyInfo(m_keyDir).ok();
    if (replace
        && QMessageBox::question(this, tr("Replace Signing Key"),
                                 tr("Copies you signed with your current key will no longer match your "
                                    "key, and whoever trusts it must trust the new one. Replace it?"))
               != QMessageBox::Yes)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Create Signing Key"),
                                               tr("Your name as signers are shown:"), QLineEdit::Normal,
                                               m_defaultName, &ok);
    if (!ok)
        return;
    const QString passphrase = QInputDialog::getText(
        this, tr("Create Signing Key"), tr("Passphrase to protect the key (leave empty for none):"),
        QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    if (!passphrase.isEmpty()) {
        const QString again = QInputDialog::getText(this, tr("Create Signing Key"), tr("The same passphrase again:"),
                                                    QLineEdit::Password, {}, &ok);
        if (!ok)
            return;
        if (again != passphrase) {
            QMessageBox::warning(this, tr("Create Signing Key"), tr("The two passphrases differ. Nothing was created."));
            return;
        }
    }
    if (const QString problem = createKey(name, passphrase, replace); !problem.isEmpty())
        QMessageBox::warning(this, tr("Create Signing Key"), problem);
}

void SigningKeySection::askAndExport()
{
    const QString target = QFileDialog::getSaveFileName(this, tr("Export Public Key"),
                                                        QDir::home().filePath(tr("my-key.pub")),
                                                        tr("Public keys (*.pub)"));
    if (target.isEmpty())
        return;
    QFile::remove(target);  // the file dialog already asked before replacing
    if (const QString problem = exportPublicKey(target); !problem.isEmpty())
        QMessageBox::warning(this, tr("Export Public Key"), problem);
}

void SigningKeySection::askAndTrust()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Trust a Public Key"), QDir::homePath(),
                                                      tr("Public keys (*.pub)"));
    if (file.isEmpty())
        return;
    auto key = storage::readPublicKeyFile(fsPath(file));
    if (!key) {
        QMessageBox::warning(this, tr("Trust a Public Key"), qs(key.error().message));
        return;
    }
    if (QMessageBox::question(this, tr("Trust a Public Key"),
                              tr("Trust the key of %1?\n\nFingerprint: %2\n\nTrust it only if its owner "
                                 "has read you this fingerprint by another channel (in person, by phone).")
                                  .arg(qs(key->name), qs(key->fingerprint())))
        != QMessageBox::Yes)
        return;
    if (const QString problem = trustKeyFile(file); !problem.isEmpty())
        QMessageBox::warning(this, tr("Trust a Public Key"), problem);
}

} // namespace isms::app
