#include "storage/hex.h"

#include <sodium.h>

#include <vector>

namespace isms::storage {

std::string hexOf(const unsigned char* bytes, std::size_t size)
{
    static const char digits[] = "0123456789abcdef";
    std::string hex(size * 2, '0');
    for (std::size_t i = 0; i < size; ++i) {
        hex[2 * i] = digits[bytes[i] >> 4];
        hex[2 * i + 1] = digits[bytes[i] & 0x0f];
    }
    return hex;
}

std::string randomHex(std::size_t size)
{
    if (sodium_init() < 0)
        return {};
    std::vector<unsigned char> bytes(size);
    randombytes_buf(bytes.data(), bytes.size());
    return hexOf(bytes.data(), bytes.size());
}

} // namespace isms::storage
