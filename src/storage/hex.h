#pragma once
// Bytes as lower-case hex: digests, keys, signatures and random ids all read the same way.

#include <cstddef>
#include <string>

namespace isms::storage {

std::string hexOf(const unsigned char* bytes, std::size_t size);
// `size` random bytes from libsodium, as hex (2 × size characters).
std::string randomHex(std::size_t size);

} // namespace isms::storage
