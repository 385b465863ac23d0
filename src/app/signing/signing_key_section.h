#pragma once
// The "Signing key" part of Preferences: create the user's key (with an optional passphrase),
// show its name and fingerprint, export the public key, trust other people's public keys.

#include <QGroupBox>

#include <filesystem>

class QLabel;
class QListWidget;
class QPushButton;

namespace isms::app {

class MessagePresenter;

class SigningKeySection final : public QGroupBox {
    Q_OBJECT
public:
    SigningKeySection(std::filesystem::path keyDir, std::filesystem::path trustedDir, QString defaultName,
                      QWidget* parent = nullptr);

    // The steps behind the buttons, without their dialogs (tests call these directly).
    // Each returns an empty string when done, else the message to show.
    QString createKey(const QString& name, const QString& passphrase, bool replace);
    QString exportPublicKey(const QString& target);
    QString trustKeyFile(const QString& file);

    QLabel* keyLabel() const { return m_key; }
    QListWidget* trustedList() const { return m_trusted; }
    QPushButton* createButton() const { return m_create; }
    QPushButton* exportButton() const { return m_export; }

private:
    void refresh();
    void askAndCreate();
    void askAndExport();
    void askAndTrust();

    std::filesystem::path m_keyDir;
    std::filesystem::path m_trustedDir;
    QString m_defaultName;
    QLabel* m_key = nullptr;
    QListWidget* m_trusted = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_trust = nullptr;
};

} // namespace isms::app
