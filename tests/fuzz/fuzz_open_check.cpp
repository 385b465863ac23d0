// Any bytes as an .isms file: opened read-only and for writing, then checked and verified as an
// audit copy. Refusals are expected; a crash, a leak or undefined behaviour is a bug.

#include "fuzz_support.h"
#include "storage/isms_file.h"

using namespace isms;

namespace {

void openAndCheck(const std::filesystem::path& path, storage::OpenMode mode)
{
    storage::OpenOptions options;
    options.mode = mode;
    options.author = "fuzzer";
    auto file = storage::IsmsFile::open(path, options, fuzz::fuzzClock());
    if (!file)
        return;
    (void)(*file)->check();
    (void)(*file)->info();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const fuzz::Workspace workspace;
    if (size > fuzz::kMaxInput)
        return -1;  // not added to the corpus
    const auto path = workspace / "input.isms";
    workspace.clear();
    fuzz::writeBytes(path, data, size);
    openAndCheck(path, storage::OpenMode::ReadOnly);
    (void)storage::IsmsFile::verifyAuditCopy(path);
    openAndCheck(path, storage::OpenMode::ReadWrite);
    return 0;
}
