#pragma once
// Ed25519 signing keys for audit copies (libsodium), kept as plain files in a directory the
// caller chooses (the CLI and the application pass <data location>/keys and
// <data location>/trusted-keys). No Qt, no dialogs: passphrases are handed in as strings.
//
// Files (UTF-8 text, one "field: value" a line, after a first line naming the format):
//   <keys>/signing.key      "ISMS Desk signing key 1": name, public (hex), protection
//                           ("none" or "argon2id"), for argon2id salt, opslimit, memlimit and
//                           nonce, and secret: the 32-byte Ed25519 seed in hex, or the seed
//                           sealed with crypto_secretbox under a key derived by Argon2id.
//                           Mode 0600, directory 0700, created exclusively.
//   *.pub                   "ISMS Desk public key 1": name and public (hex).
//   <trusted>/<fp>.pub      public keys the user has marked as trusted.

#include "domain/result.h"

#include <array>
#include <filesystem>
#include <string>
#include <vector>

namespace isms::storage {

struct PublicKey {
    std::string name;                     // who the key belongs to, as its owner typed it
    std::array<unsigned char, 32> bytes{};
    std::string hex() const;
    // SHA-256 of the key, first 20 bytes in base32, in groups of four: "K4XQ 7M2P ...".
    // Short enough to read out over the phone, long enough that nobody can make a key to match.
    std::string fingerprint() const;
    bool operator==(const PublicKey& other) const { return bytes == other.bytes; }
};

// A private key loaded for signing; the secret is wiped when it goes.
class SigningKey {
public:
    SigningKey() = default;
    ~SigningKey();
    SigningKey(const SigningKey&) = delete;
    SigningKey& operator=(const SigningKey&) = delete;
    SigningKey(SigningKey&& other) noexcept;
    SigningKey& operator=(SigningKey&& other) noexcept;

    const PublicKey& publicKey() const { return m_public; }
    // Detached Ed25519 signature of `message`, hex.
    std::string signHex(const std::string& message) const;

private:
    friend Result<SigningKey> loadSigningKey(const std::filesystem::path&, const std::string&);
    PublicKey m_public;
    std::array<unsigned char, 64> m_secret{};
};

struct SigningKeyInfo {
    PublicKey publicKey;
    bool passphraseProtected = false;
    std::filesystem::path path;
};

std::filesystem::path signingKeyPath(const std::filesystem::path& keyDir);

// Creates <keyDir>/signing.key (and keyDir, mode 0700). An empty passphrase leaves the key
// unprotected. Refuses to replace an existing key unless `replace`.
Result<SigningKeyInfo> createSigningKey(const std::filesystem::path& keyDir, const std::string& name,
                                        const std::string& passphrase, bool replace);
// The name, public key and protection of the key in keyDir, without the passphrase.
Result<SigningKeyInfo> readSigningKeyInfo(const std::filesystem::path& keyDir);
// Loads the key for signing; a wrong passphrase is an Invalid error that says so.
Result<SigningKey> loadSigningKey(const std::filesystem::path& keyDir, const std::string& passphrase);

// The text of a public key file.
std::string publicKeyFileText(const PublicKey& key);
// Writes a public key file; refuses to overwrite.
Result<void> writePublicKeyFile(const std::filesystem::path& file, const PublicKey& key);
Result<PublicKey> readPublicKeyFile(const std::filesystem::path& file);

// Copies a public key into trustedDir (created 0700) as <fingerprint>.pub. Trusting a key
// already trusted is not an error.
Result<PublicKey> trustPublicKey(const std::filesystem::path& trustedDir, const PublicKey& key);
// The trusted keys; a missing directory is an empty list, an unreadable key file an error.
Result<std::vector<PublicKey>> trustedKeys(const std::filesystem::path& trustedDir);

// What an audit copy's signature covers: the content digest, the signer's public key and name,
// each length-prefixed after a format tag.
std::string auditSignatureMessage(const std::string& contentDigest, const PublicKey& signer);
bool verifySignatureHex(const std::string& message, const std::string& signatureHex, const PublicKey& signer);

// A signer name is one line of printable text, 1 to 200 bytes.
Result<void> validateSignerName(const std::string& name);

} // namespace isms::storage
