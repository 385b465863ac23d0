// ismsctl key: the user's signing key and the public keys they trust.
#include "cli/cli_common.h"
#include "cli/key_support.h"
#include "cli/verbs.h"

#include "storage/signing_key.h"

namespace isms::cli {

namespace {

std::string describe(const storage::PublicKey& key)
{
    return "  name:        " + key.name + "\n  fingerprint: " + key.fingerprint() + "\n";
}

int create(const QCommandLineParser& p)
{
    const std::string name = p.value(QStringLiteral("name")).toStdString();
    if (name.empty()) {
        error("key create needs --name NAME: the name others see on what you sign, e.g. "
              "--name \"Grace Hopper, Example Ltd\".");
        return kUsage;
    }
    auto passphrase = passphraseFrom(p, "Passphrase to protect the key (empty for none): ", true);
    if (!passphrase)
        return fail(signingKeyDir(), passphrase.error());
    auto created = storage::createSigningKey(signingKeyDir(), name, passphrase->value_or(std::string()),
                                             p.isSet(QStringLiteral("force")));
    if (!created)
        return fail(signingKeyDir(), created.error());
    out("Signing key created: " + displayPath(created->path) + "\n" + describe(created->publicKey)
        + (created->passphraseProtected ? "  protected by your passphrase\n"
                                        : "  NOT protected by a passphrase: anyone who can read the file can sign as you\n")
        + "Send `ismsctl key export --out FILE` to whoever verifies your copies, and read them the "
          "fingerprint by another channel.");
    return kOk;
}

int show()
{
    auto info = storage::readSigningKeyInfo(signingKeyDir());
    if (!info)
        return fail(signingKeyDir(), info.error());
    out("Your signing key: " + displayPath(info->path) + "\n" + describe(info->publicKey)
        + (info->passphraseProtected ? "  protected by a passphrase" : "  not protected by a passphrase"));
    return kOk;
}

int exportKey(const QCommandLineParser& p)
{
    auto info = storage::readSigningKeyInfo(signingKeyDir());
    if (!info)
        return fail(signingKeyDir(), info.error());
    if (!p.isSet(QStringLiteral("out"))) {
        out(storage::publicKeyFileText(info->publicKey));
        return kOk;
    }
    const auto target = toPath(p.value(QStringLiteral("out")));
    if (auto written = storage::writePublicKeyFile(target, info->publicKey); !written)
        return fail(target, written.error());
    out("Public key written to " + displayPath(target) + "\n" + describe(info->publicKey));
    return kOk;
}

int trust(const QString& file)
{
    const auto path = toPath(file);
    auto key = storage::readPublicKeyFile(path);
    if (!key)
        return fail(path, key.error());
    auto trusted = storage::trustPublicKey(trustedKeysDir(), *key);
    if (!trusted)
        return fail(trustedKeysDir(), trusted.error());
    out("Trusted:\n" + describe(*key)
        + "Copies signed with this key now verify. Trust a key only after its owner has read you "
          "this fingerprint.");
    return kOk;
}

int list()
{
    auto keys = storage::trustedKeys(trustedKeysDir());
    if (!keys)
        return fail(trustedKeysDir(), keys.error());
    if (keys->empty()) {
        out("You trust no keys yet. Add one with `ismsctl key trust PUBLIC-KEY-FILE`.");
        return kOk;
    }
    std::string text = "Trusted keys (" + displayPath(trustedKeysDir()) + "):\n";
    for (const auto& key : *keys)
        text += "  " + key.fingerprint() + "  " + key.name + "\n";
    out(text);
    return kOk;
}

} // namespace

int runKey(const QStringList& arguments)
{
    VerbParser verb(QStringLiteral("key"),
                    QStringLiteral(
                        "Your Ed25519 key for signing audit copies, and the keys you trust.\n"
                        "  key create --name NAME [--force]  create your key (asks for an optional passphrase)\n"
                        "  key show                          your key's name and fingerprint\n"
                        "  key export [--out FILE]           your public key, to send to verifiers\n"
                        "  key trust PUBLIC-KEY-FILE         trust someone's public key\n"
                        "  key list                          the keys you trust\n"
                        "Keys live in the application's data folder (keys/, trusted-keys/)."));
    verb.positional(QStringLiteral("ACTION"), QStringLiteral("create, show, export, trust or list."));
    verb.positional(QStringLiteral("PUBLIC-KEY-FILE"), QStringLiteral("For trust: the .pub file."),
                    QStringLiteral("[PUBLIC-KEY-FILE]"));
    auto& p = verb.parser();
    p.addOption({QStringLiteral("name"), QStringLiteral("For create: your name as signers are shown."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("force"), QStringLiteral("For create: replace your existing key.")});
    p.addOption({QStringLiteral("out"), QStringLiteral("For export: write the public key to FILE."),
                 QStringLiteral("FILE")});
    addPassphraseOption(p);
    if (auto stop = verb.parse(arguments, 1, 1))
        return *stop;
    const QString action = verb.positionals().at(0);
    const bool hasFile = verb.positionals().size() > 1;
    if (action == QStringLiteral("trust")) {
        if (!hasFile) {
            error("key trust needs the PUBLIC-KEY-FILE to trust.");
            return kUsage;
        }
        return trust(verb.positionals().at(1));
    }
    if (hasFile) {
        error("key " + action.toStdString() + " takes no file argument.");
        return kUsage;
    }
    if (action == QStringLiteral("create"))
        return create(p);
    if (action == QStringLiteral("show"))
        return show();
    if (action == QStringLiteral("export"))
        return exportKey(p);
    if (action == QStringLiteral("list"))
        return list();
    error("unknown key action '" + action.toStdString() + "'. Use create, show, export, trust or list.");
    return kUsage;
}

} // namespace isms::cli
