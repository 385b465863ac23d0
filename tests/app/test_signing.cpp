// Signing in the application: the key section of Preferences, "Sign with my key" in Export Audit
// Copy, and the read-only banner of a signed, unsigned and tampered copy.

#include "app_fixture.h"

#include "app/dialogs/message_presenter.h"
#include "app/settings/app_settings.h"
#include "app/signing/audit_banner.h"
#include "app/signing/audit_export_options.h"
#include "app/signing/key_locations.h"
#include "app/signing/signing_key_section.h"
#include "app/window/file_controller.h"
#include "app/window/main_window.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

#include <catch2/catch_test_macros.hpp>

#include <cstdlib>
#include <system_error>

using namespace isms;
using namespace isms::app;

namespace {

std::filesystem::path fsPath(const QString& path)
{
    return std::filesystem::path(path.toStdString());
}

// A demo file, and the key folders of the test data location (QStandardPaths test mode) emptied
// before and after, so keys never leak between tests.
struct SigningFixture {
    test::DemoFile demo;
    QString copy = demo.dir.filePath(QStringLiteral("audit.isms"));
    RecordingPresenter messages;
    AppSettings settings{demo.dir.filePath(QStringLiteral("settings.ini"))};
    FileController files{messages, settings, demo.clock};
    SigningFixture() { clearKeys(); }
    ~SigningFixture() { clearKeys(); }
    static void clearKeys()
    {
        std::error_code ignored;
        std::filesystem::remove_all(signingKeyDir(), ignored);
        std::filesystem::remove_all(trustedKeysDir(), ignored);
    }

    void exportCopy(const storage::SigningKey* key)
    {
        auto session = demo.open();
        REQUIRE(files.exportAuditCopyTo(*session, copy, key));
    }
    QString banner() { return AuditBanner::forCopy(fsPath(copy), trustedKeysDir()); }
};

storage::SigningKey makeKey(const std::string& passphrase = {})
{
    REQUIRE(storage::createSigningKey(signingKeyDir(), "Grace Hopper", passphrase, false).ok());
    auto key = storage::loadSigningKey(signingKeyDir(), passphrase);
    REQUIRE(key.ok());
    return std::move(*key);
}

} // namespace

TEST_CASE("the banner of an unsigned copy says what proves it", "[signing][readonly]")
{
    SigningFixture f;
    f.exportCopy(nullptr);
    CHECK(f.banner().contains(QStringLiteral("Verified against the .sha256")));
    CHECK(f.banner().contains(QStringLiteral("Not signed")));
    QFile::remove(f.copy + QStringLiteral(".sha256"));
    CHECK(f.banner().contains(QStringLiteral("NOT verified:</b> only its internal consistency")));
}

TEST_CASE("the banner of a signed copy names the signer, trusted or not", "[signing][readonly]")
{
    SigningFixture f;
    const auto key = makeKey();
    f.exportCopy(&key);
    QFile::remove(f.copy + QStringLiteral(".sha256"));
    const QString untrusted = f.banner();
    CHECK(untrusted.contains(QStringLiteral("NOT verified")));
    CHECK(untrusted.contains(QStringLiteral("Signed by Grace Hopper")));
    CHECK(untrusted.contains(QStringLiteral("<b>not</b> marked as trusted")));

    REQUIRE(storage::trustPublicKey(trustedKeysDir(), key.publicKey()).ok());
    const QString trusted = f.banner();
    CHECK(trusted.contains(QStringLiteral("<b>Verified.</b>")));
    CHECK(trusted.contains(QString::fromStdString(key.publicKey().fingerprint())));
    CHECK(trusted.contains(QStringLiteral("a key you trust")));

    // The window shows it when the copy is opened.
    MainWindow window(f.messages, f.settings, f.demo.clock);
    REQUIRE(window.openFile(f.copy, false));
    CHECK(window.readOnlyBanner()->text().contains(QStringLiteral("Signed by Grace Hopper")));
    window.closeFile();

    // Changed with the sqlite3 shell after signing.
    const std::string command = "sqlite3 '" + f.copy.toStdString() + "' \"UPDATE r_risks SET title = 'x' WHERE id = 1\"";
    REQUIRE(std::system(command.c_str()) == 0);
    const QString tampered = f.banner();
    CHECK(tampered.contains(QStringLiteral("NOT verified: it was changed after export")));
    REQUIRE(window.openFile(f.copy, false));
    CHECK(window.readOnlyBanner()->text().contains(QStringLiteral("changed after export")));
    window.closeFile();
}

TEST_CASE("Export Audit Copy offers to sign with the user's key", "[signing]")
{
    SigningFixture f;
    {
        AuditExportOptions none(signingKeyDir());
        CHECK_FALSE(none.hasKey());
        CHECK_FALSE(none.signBox()->isEnabled());
        CHECK_FALSE(none.load()->has_value());
    }
    makeKey("secret words");
    AuditExportOptions options(signingKeyDir());
    CHECK(options.signBox()->isEnabled());
    CHECK(options.signBox()->isChecked());
    options.passphraseEdit()->setText(QStringLiteral("wrong"));
    auto wrong = options.load();
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message.find("Wrong passphrase") != std::string::npos);
    options.passphraseEdit()->setText(QStringLiteral("secret words"));
    auto key = options.load();
    REQUIRE(key.ok());
    REQUIRE(key->has_value());
    f.exportCopy(&**key);
    REQUIRE(f.messages.last() != nullptr);
    CHECK(f.messages.last()->text.contains(QStringLiteral("Signed by Grace Hopper")));
    auto report = storage::IsmsFile::verifyAuditCopy(fsPath(f.copy));
    REQUIRE(report.ok());
    CHECK(report->isSigned);
    CHECK(report->signatureValid);

    options.signBox()->setChecked(false);
    CHECK_FALSE(options.load()->has_value());
}

TEST_CASE("Preferences creates, exports and trusts keys", "[signing]")
{
    SigningFixture f;
    SigningKeySection section(signingKeyDir(), trustedKeysDir(), QStringLiteral("Grace"));
    CHECK(section.keyLabel()->text().contains(QStringLiteral("no signing key yet")));
    CHECK_FALSE(section.exportButton()->isEnabled());
    CHECK(section.createKey(QStringLiteral("Grace Hopper"), {}, false).isEmpty());
    const auto info = storage::readSigningKeyInfo(signingKeyDir());
    REQUIRE(info.ok());
    CHECK(section.keyLabel()->text().contains(QString::fromStdString(info->publicKey.fingerprint())));
    CHECK(section.exportButton()->isEnabled());
    CHECK(section.createKey(QStringLiteral("Other"), {}, false).contains(QStringLiteral("--force")));

    const QString pub = f.demo.dir.filePath(QStringLiteral("grace.pub"));
    CHECK(section.exportPublicKey(pub).isEmpty());
    CHECK(section.trustedList()->count() == 0);
    CHECK(section.trustKeyFile(pub).isEmpty());
    CHECK(section.trustedList()->count() == 1);
    CHECK_FALSE(section.trustKeyFile(f.demo.path).isEmpty());
}
