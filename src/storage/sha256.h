#pragma once
// SHA-256 (libsodium) as lower-case hex: the change-log chain, attachments and export digests.

#include <cstddef>
#include <string>
#include <string_view>

namespace isms::storage {

std::string sha256Hex(std::string_view bytes);
std::string sha256Hex(const void* data, std::size_t size);

// Incremental hashing for digests over a whole file's content.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;
    void add(std::string_view bytes);
    void add(const void* data, std::size_t size);
    std::string finishHex();

private:
    alignas(64) unsigned char m_state[512];  // large enough for crypto_hash_sha256_state
};

} // namespace isms::storage
