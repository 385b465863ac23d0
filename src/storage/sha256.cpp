#include "storage/sha256.h"

#include "storage/hex.h"

#include <sodium.h>

#include <stdexcept>

namespace isms::storage {

namespace {

static_assert(sizeof(crypto_hash_sha256_state) <= 512, "Sha256 state buffer too small");

crypto_hash_sha256_state* state(unsigned char* buffer)
{
    return reinterpret_cast<crypto_hash_sha256_state*>(buffer);
}

} // namespace

std::string sha256Hex(const void* data, std::size_t size)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, static_cast<const unsigned char*>(data), size);
    return hexOf(digest, sizeof digest);
}

std::string sha256Hex(std::string_view bytes) { return sha256Hex(bytes.data(), bytes.size()); }

Sha256::Sha256() { crypto_hash_sha256_init(state(m_state)); }
Sha256::~Sha256() = default;

void Sha256::add(const void* data, std::size_t size)
{
    crypto_hash_sha256_update(state(m_state), static_cast<const unsigned char*>(data), size);
}

void Sha256::add(std::string_view bytes) { add(bytes.data(), bytes.size()); }

std::string Sha256::finishHex()
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(state(m_state), digest);
    return hexOf(digest, sizeof digest);
}

} // namespace isms::storage
