#pragma once
// Export Audit Copy's options: "Sign with my key" (enabled when the user has a key) and the key's
// passphrase when it has one. load() gives the key to sign with.

#include "storage/signing_key.h"

#include <QDialog>

#include <filesystem>
#include <optional>

class QCheckBox;
class QLineEdit;

namespace isms::app {

class AuditExportOptions final : public QDialog {
    Q_OBJECT
public:
    explicit AuditExportOptions(std::filesystem::path keyDir, QWidget* parent = nullptr);

    QCheckBox* signBox() const { return m_sign; }
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    bool hasKey() const { return m_info.has_value(); }
    // The key to sign with when "Sign with my key" is ticked; nullopt when not ticked. An error
    // (wrong passphrase, damaged key) says what to do.
    Result<std::optional<storage::SigningKey>> load() const;

private:
    std::filesystem::path m_keyDir;
    std::optional<storage::SigningKeyInfo> m_info;
    QCheckBox* m_sign = nullptr;
    QLineEdit* m_passphrase = nullptr;
};

} // namespace isms::app
