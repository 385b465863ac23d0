// Key files on disk: created exclusively with mode 0600 in a 0700 directory, read back, trusted
// keys listed. The crypto is in signing_key.cpp.

#include "storage/key_file_format.h"
#include "storage/signing_key.h"

#include "storage/file_messages.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace isms::storage {

namespace keyformat {

bool fromHex(const std::string& hex, unsigned char* bytes, std::size_t size)
{
    if (hex.size() != size * 2)
        return false;
    auto digit = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    for (std::size_t i = 0; i < size; ++i) {
        const int high = digit(hex[2 * i]);
        const int low = digit(hex[2 * i + 1]);
        if (high < 0 || low < 0)
            return false;
        bytes[i] = static_cast<unsigned char>(high * 16 + low);
    }
    return true;
}

bool toNumber(const std::string& text, unsigned long long& number)
{
    if (text.empty() || text.size() > 19 || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return false;
    number = std::stoull(text);
    return true;
}

std::string Fields::value(const std::string& key) const
{
    auto it = values.find(key);
    return it == values.end() ? std::string() : it->second;
}

std::optional<Fields> parseFields(const std::string& text, const std::string& header)
{
    std::istringstream in(text);
    std::string line;
    if (!std::getline(in, line) || line != header)
        return std::nullopt;
    Fields fields;
    while (std::getline(in, line)) {
        if (line.empty())
            continue;
        const auto colon = line.find(": ");
        if (colon == std::string::npos)
            return std::nullopt;
        fields.values[line.substr(0, colon)] = line.substr(colon + 2);
    }
    return fields;
}

std::optional<PublicKey> publicKeyOf(const Fields& fields)
{
    PublicKey key;
    key.name = fields.value("name");
    if (!validateSignerName(key.name) || !fromHex(fields.value("public"), key.bytes.data(), key.bytes.size()))
        return std::nullopt;
    return key;
}

} // namespace keyformat

namespace {

Error ioError(const std::filesystem::path& file, const std::string& what)
{
    return makeError(ErrorCode::Io, "Could not " + what + " \"" + file.string() + "\": " + std::strerror(errno)
                                        + ". Check the folder's permissions and free space.");
}

// A private directory: created if missing, then limited to its owner.
Result<void> privateDirectory(const std::filesystem::path& dir)
{
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec || ::chmod(dir.c_str(), 0700) != 0)
        return ioError(dir, "create the private folder");
    return {};
}

// Writes `text` to a new file that nobody else can read, never through a link, never over an
// existing file.
Result<void> writeExclusive(const std::filesystem::path& file, const std::string& text, mode_t mode)
{
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
    if (fd < 0) {
        if (errno == EEXIST)
            return messages::alreadyExists(file);
        return ioError(file, "create");
    }
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ::close(fd);
            ::unlink(file.c_str());
            return ioError(file, "write");
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        ::unlink(file.c_str());
        return ioError(file, "write");
    }
    return {};
}

Result<std::string> readSmallFile(const std::filesystem::path& file)
{
    std::error_code ec;
    if (!std::filesystem::exists(file, ec))
        return messages::notFound(file);
    if (std::filesystem::file_size(file, ec) > 64 * 1024)
        return makeError(ErrorCode::Invalid, "\"" + file.string() + "\" is too large to be a key file.");
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return messages::cannotRead(file, std::strerror(errno));
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

Result<keyformat::Fields> readPrivateFields(const std::filesystem::path& keyDir)
{
    const auto file = signingKeyPath(keyDir);
    std::error_code ec;
    if (!std::filesystem::exists(file, ec))
        return makeError(ErrorCode::NotFound, "You have no signing key yet (looked in \"" + keyDir.string()
                                                  + "\"). Create one with `ismsctl key create --name NAME` "
                                                    "or under Preferences.");
    auto text = readSmallFile(file);
    if (!text)
        return text.error();
    auto fields = keyformat::parseFields(*text, keyformat::kPrivateHeader);
    if (!fields || !keyformat::publicKeyOf(*fields))
        return makeError(ErrorCode::Corrupt, "\"" + file.string() + "\" is not an ISMS Desk signing key, or it "
                                                 "is damaged. Create a new one with `ismsctl key create --force`.");
    return *fields;
}

} // namespace

std::filesystem::path signingKeyPath(const std::filesystem::path& keyDir)
{
    return keyDir / "signing.key";
}

Result<SigningKeyInfo> createSigningKey(const std::filesystem::path& keyDir, const std::string& name,
                                        const std::string& passphrase, bool replace)
{
    const auto file = signingKeyPath(keyDir);
    std::error_code ec;
    if (!replace && std::filesystem::exists(std::filesystem::symlink_status(file, ec)))
        return makeError(ErrorCode::Conflict, "You already have a signing key (\"" + file.string()
                                                  + "\"). Copies signed with it are checked against it; to "
                                                    "replace it anyway, use --force.");
    SigningKeyInfo info;
    auto text = keyformat::sealedKeyFileText(name, passphrase, info.publicKey);
    if (!text)
        return text.error();
    if (auto dir = privateDirectory(keyDir); !dir)
        return dir.error();
    // Written whole to a fresh name first, so a failure never leaves half a key or loses the old one.
    const auto fresh = std::filesystem::path(file.string() + ".new");
    std::filesystem::remove(fresh, ec);
    if (auto written = writeExclusive(fresh, *text, 0600); !written)
        return written.error();
    if (!replace && ::link(fresh.c_str(), file.c_str()) != 0) {
        const int why = errno;
        std::filesystem::remove(fresh, ec);
        errno = why;
        return why == EEXIST ? messages::alreadyExists(file) : ioError(file, "create");
    }
    if (replace && ::rename(fresh.c_str(), file.c_str()) != 0) {
        std::filesystem::remove(fresh, ec);
        return ioError(file, "replace");
    }
    std::filesystem::remove(fresh, ec);
    info.passphraseProtected = !passphrase.empty();
    info.path = file;
    return info;
}

Result<SigningKeyInfo> readSigningKeyInfo(const std::filesystem::path& keyDir)
{
    auto fields = readPrivateFields(keyDir);
    if (!fields)
        return fields.error();
    SigningKeyInfo info;
    info.publicKey = *keyformat::publicKeyOf(*fields);
    info.passphraseProtected = fields->value("protection") != "none";
    info.path = signingKeyPath(keyDir);
    return info;
}

Result<SigningKey> loadSigningKey(const std::filesystem::path& keyDir, const std::string& passphrase)
{
    const auto file = signingKeyPath(keyDir);
    struct stat st {};
    if (::lstat(file.c_str(), &st) == 0 && (!S_ISREG(st.st_mode) || (st.st_mode & 077) != 0))
        return makeError(ErrorCode::Invalid, "The signing key \"" + file.string()
                                                 + "\" can be read by other users or is not a plain file. "
                                                   "Make it private (chmod 600) or create a new key.");
    auto fields = readPrivateFields(keyDir);
    if (!fields)
        return fields.error();
    SigningKey key;
    key.m_public = *keyformat::publicKeyOf(*fields);
    auto secret = keyformat::openSecret(*fields, passphrase, key.m_public, file.string());
    if (!secret)
        return secret.error();
    key.m_secret = *secret;
    return key;
}

std::string publicKeyFileText(const PublicKey& key)
{
    return std::string(keyformat::kPublicHeader) + "\nname: " + key.name + "\npublic: " + key.hex()
        + "\nfingerprint: " + key.fingerprint() + "\n";
}

Result<void> writePublicKeyFile(const std::filesystem::path& file, const PublicKey& key)
{
    return writeExclusive(file, publicKeyFileText(key), 0644);
}

Result<PublicKey> readPublicKeyFile(const std::filesystem::path& file)
{
    auto text = readSmallFile(file);
    if (!text)
        return text.error();
    auto fields = keyformat::parseFields(*text, keyformat::kPublicHeader);
    auto key = fields ? keyformat::publicKeyOf(*fields) : std::nullopt;
    if (!key)
        return makeError(ErrorCode::Invalid, "\"" + file.string() + "\" is not an ISMS Desk public key. Ask the "
                                                 "sender for the file `ismsctl key export` writes.");
    return *key;
}

Result<PublicKey> trustPublicKey(const std::filesystem::path& trustedDir, const PublicKey& key)
{
    if (auto dir = privateDirectory(trustedDir); !dir)
        return dir.error();
    std::string name = key.fingerprint();
    std::replace(name.begin(), name.end(), ' ', '-');
    const auto file = trustedDir / (name + ".pub");
    auto written = writePublicKeyFile(file, key);
    if (!written && written.error().code != ErrorCode::Conflict)
        return written.error();
    if (!written) {
        auto existing = readPublicKeyFile(file);
        if (!existing || !(*existing == key))
            return makeError(ErrorCode::Conflict, "\"" + file.string() + "\" is in the way and holds another "
                                                      "key. Remove it and trust the key again.");
    }
    return key;
}

Result<std::vector<PublicKey>> trustedKeys(const std::filesystem::path& trustedDir)
{
    std::vector<PublicKey> keys;
    std::error_code ec;
    if (!std::filesystem::is_directory(trustedDir, ec))
        return keys;
    for (const auto& entry : std::filesystem::directory_iterator(trustedDir, ec)) {
        if (entry.path().extension() != ".pub")
            continue;
        auto key = readPublicKeyFile(entry.path());
        if (!key)
            return key.error();
        keys.push_back(*key);
    }
    if (ec)
        return makeError(ErrorCode::Io, "Could not list the trusted keys in \"" + trustedDir.string() + "\".");
    std::sort(keys.begin(), keys.end(), [](const PublicKey& a, const PublicKey& b) { return a.name < b.name; });
    return keys;
}

} // namespace isms::storage
