// Ed25519 keys: fingerprints, the key file format, passphrase protection (Argon2id + secretbox),
// signing and checking signatures. File system work is in key_files.cpp.

#include "storage/signing_key.h"

#include "storage/hex.h"
#include "storage/key_file_format.h"
#include "storage/sha256.h"

#include <sodium.h>

#include <cstring>

namespace isms::storage {

namespace {

constexpr const char* kSignatureFormat = "isms-audit-copy-signature/1";

void ensureSodium()
{
    // Idempotent and thread-safe; needed before randombytes, crypto_sign and crypto_pwhash.
    if (sodium_init() < 0)
        std::abort();
}

void appendPart(std::string& out, std::string_view part)
{
    out += std::to_string(part.size());
    out += ':';
    out += part;
    out += ';';
}

// Derives the secretbox key from the passphrase; false when libsodium cannot get the memory.
bool deriveKey(unsigned char (&key)[crypto_secretbox_KEYBYTES], const std::string& passphrase,
               const unsigned char* salt, unsigned long long opslimit, std::size_t memlimit)
{
    return crypto_pwhash(key, sizeof key, passphrase.data(), passphrase.size(), salt, opslimit, memlimit,
                         crypto_pwhash_ALG_ARGON2ID13)
        == 0;
}

} // namespace

std::string PublicKey::hex() const
{
    return hexOf(bytes.data(), bytes.size());
}

std::string PublicKey::fingerprint() const
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, bytes.data(), bytes.size());
    // RFC 4648 base32 of the first 20 bytes: 32 characters without 0, 1, 8 or 9 to mix up.
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    std::string text;
    unsigned buffer = 0;
    int bits = 0;
    int written = 0;
    for (int i = 0; i < 20; ++i) {
        buffer = (buffer << 8) | digest[i];
        bits += 8;
        while (bits >= 5) {
            if (written > 0 && written % 4 == 0)
                text += ' ';
            text += alphabet[(buffer >> (bits - 5)) & 0x1f];
            bits -= 5;
            ++written;
        }
    }
    return text;
}

SigningKey::~SigningKey()
{
    sodium_memzero(m_secret.data(), m_secret.size());
}

SigningKey::SigningKey(SigningKey&& other) noexcept : m_public(other.m_public), m_secret(other.m_secret)
{
    sodium_memzero(other.m_secret.data(), other.m_secret.size());
}

SigningKey& SigningKey::operator=(SigningKey&& other) noexcept
{
    if (this != &other) {
        m_public = other.m_public;
        m_secret = other.m_secret;
        sodium_memzero(other.m_secret.data(), other.m_secret.size());
    }
    return *this;
}

std::string SigningKey::signHex(const std::string& message) const
{
    unsigned char signature[crypto_sign_BYTES];
    crypto_sign_detached(signature, nullptr, reinterpret_cast<const unsigned char*>(message.data()),
                         message.size(), m_secret.data());
    return hexOf(signature, sizeof signature);
}

Result<void> validateSignerName(const std::string& name)
{
    if (name.empty() || name.size() > 200)
        return makeError(ErrorCode::Invalid, "A key's name must be 1 to 200 characters long, e.g. "
                                             "\"Grace Hopper, Example Ltd\".");
    for (unsigned char c : name)
        if (c < 0x20 || c == 0x7f)
            return makeError(ErrorCode::Invalid, "A key's name must be one line of text without control "
                                                 "characters.");
    return {};
}

namespace keyformat {

Result<std::string> sealedKeyFileText(const std::string& name, const std::string& passphrase, PublicKey& publicKey)
{
    ensureSodium();
    if (auto valid = validateSignerName(name); !valid)
        return valid.error();
    unsigned char seed[crypto_sign_SEEDBYTES];
    unsigned char secret[crypto_sign_SECRETKEYBYTES];
    randombytes_buf(seed, sizeof seed);
    crypto_sign_seed_keypair(publicKey.bytes.data(), secret, seed);
    sodium_memzero(secret, sizeof secret);
    publicKey.name = name;

    std::string text = std::string(kPrivateHeader) + "\nname: " + name + "\npublic: " + publicKey.hex() + "\n";
    if (passphrase.empty()) {
        text += "protection: none\nsecret: " + hexOf(seed, sizeof seed) + "\n";
        sodium_memzero(seed, sizeof seed);
        return text;
    }
    unsigned char salt[crypto_pwhash_SALTBYTES];
    unsigned char nonce[crypto_secretbox_NONCEBYTES];
    randombytes_buf(salt, sizeof salt);
    randombytes_buf(nonce, sizeof nonce);
    const unsigned long long opslimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const std::size_t memlimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    unsigned char key[crypto_secretbox_KEYBYTES];
    if (!deriveKey(key, passphrase, salt, opslimit, memlimit)) {
        sodium_memzero(seed, sizeof seed);
        return makeError(ErrorCode::Io, "Not enough memory to protect the key with the passphrase "
                                        "(Argon2id needs 64 MiB). Close other programs and try again.");
    }
    unsigned char sealed[crypto_secretbox_MACBYTES + sizeof seed];
    crypto_secretbox_easy(sealed, seed, sizeof seed, nonce, key);
    sodium_memzero(seed, sizeof seed);
    sodium_memzero(key, sizeof key);
    text += "protection: argon2id\nsalt: " + hexOf(salt, sizeof salt) + "\nopslimit: " + std::to_string(opslimit)
        + "\nmemlimit: " + std::to_string(memlimit) + "\nnonce: " + hexOf(nonce, sizeof nonce)
        + "\nsecret: " + hexOf(sealed, sizeof sealed) + "\n";
    return text;
}

Result<std::array<unsigned char, 64>> openSecret(const Fields& fields, const std::string& passphrase,
                                                 const PublicKey& publicKey, const std::string& file)
{
    ensureSodium();
    const std::string damaged = "The signing key \"" + file
        + "\" is damaged. Create a new one with `ismsctl key create --force` and send the new public "
          "key to whoever trusts the old one.";
    unsigned char seed[crypto_sign_SEEDBYTES];
    const std::string protection = fields.value("protection");
    if (protection == "none") {
        if (!fromHex(fields.value("secret"), seed, sizeof seed))
            return makeError(ErrorCode::Corrupt, damaged);
    } else if (protection == "argon2id") {
        if (passphrase.empty())
            return makeError(ErrorCode::Invalid, "The signing key is protected by a passphrase. Give it "
                                                 "(--passphrase-file, ISMS_KEY_PASSPHRASE or at the prompt).");
        unsigned char salt[crypto_pwhash_SALTBYTES];
        unsigned char nonce[crypto_secretbox_NONCEBYTES];
        unsigned char sealed[crypto_secretbox_MACBYTES + sizeof seed];
        unsigned long long opslimit = 0;
        unsigned long long memlimit = 0;
        if (!fromHex(fields.value("salt"), salt, sizeof salt) || !fromHex(fields.value("nonce"), nonce, sizeof nonce)
            || !fromHex(fields.value("secret"), sealed, sizeof sealed)
            || !toNumber(fields.value("opslimit"), opslimit) || !toNumber(fields.value("memlimit"), memlimit)
            || opslimit < crypto_pwhash_OPSLIMIT_MIN || opslimit > 64 || memlimit < crypto_pwhash_MEMLIMIT_MIN
            || memlimit > (1ull << 31))
            return makeError(ErrorCode::Corrupt, damaged);
        unsigned char key[crypto_secretbox_KEYBYTES];
        if (!deriveKey(key, passphrase, salt, opslimit, static_cast<std::size_t>(memlimit)))
            return makeError(ErrorCode::Io, "Not enough memory to check the passphrase. Close other "
                                            "programs and try again.");
        const bool opened = crypto_secretbox_open_easy(seed, sealed, sizeof sealed, nonce, key) == 0;
        sodium_memzero(key, sizeof key);
        if (!opened)
            return makeError(ErrorCode::Invalid, "Wrong passphrase for the signing key. Try again.");
    } else {
        return makeError(ErrorCode::Corrupt, damaged);
    }
    std::array<unsigned char, 64> secret{};
    unsigned char derivedPublic[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_seed_keypair(derivedPublic, secret.data(), seed);
    sodium_memzero(seed, sizeof seed);
    if (std::memcmp(derivedPublic, publicKey.bytes.data(), sizeof derivedPublic) != 0) {
        sodium_memzero(secret.data(), secret.size());
        return makeError(ErrorCode::Corrupt, damaged);
    }
    return secret;
}

} // namespace keyformat

std::string auditSignatureMessage(const std::string& contentDigest, const PublicKey& signer)
{
    std::string message;
    appendPart(message, kSignatureFormat);
    appendPart(message, contentDigest);
    appendPart(message, signer.hex());
    appendPart(message, signer.name);
    return message;
}

bool verifySignatureHex(const std::string& message, const std::string& signatureHex, const PublicKey& signer)
{
    ensureSodium();
    unsigned char signature[crypto_sign_BYTES];
    if (!keyformat::fromHex(signatureHex, signature, sizeof signature))
        return false;
    return crypto_sign_verify_detached(signature, reinterpret_cast<const unsigned char*>(message.data()),
                                       message.size(), signer.bytes.data())
        == 0;
}

} // namespace isms::storage
