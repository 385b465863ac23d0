#pragma once
// Internal to the signing code: the "field: value" text of key files, hex, and sealing the seed.

#include "domain/result.h"
#include "storage/signing_key.h"

#include <array>
#include <map>
#include <optional>
#include <string>

namespace isms::storage::keyformat {

inline constexpr const char* kPrivateHeader = "ISMS Desk signing key 1";
inline constexpr const char* kPublicHeader = "ISMS Desk public key 1";

// Exactly `size` bytes of hex, nothing else.
bool fromHex(const std::string& hex, unsigned char* bytes, std::size_t size);
bool toNumber(const std::string& text, unsigned long long& number);

struct Fields {
    std::map<std::string, std::string> values;
    std::string value(const std::string& key) const;
};
// Parses a key file: the header line, then "field: value" lines. nullopt if it is not one.
std::optional<Fields> parseFields(const std::string& text, const std::string& header);
// The public key in parsed fields (name and public), or nullopt if either is missing or bad.
std::optional<PublicKey> publicKeyOf(const Fields& fields);

// A new key's file text; fills publicKey.
Result<std::string> sealedKeyFileText(const std::string& name, const std::string& passphrase, PublicKey& publicKey);
// The 64-byte Ed25519 secret key from a parsed key file, checked against its public key.
Result<std::array<unsigned char, 64>> openSecret(const Fields& fields, const std::string& passphrase,
                                                 const PublicKey& publicKey, const std::string& file);

} // namespace isms::storage::keyformat
