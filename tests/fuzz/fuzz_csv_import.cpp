// Any bytes as a CSV imported into a fresh demo file (whose records the seed CSVs refer to).
// The first byte picks the register when it is a control character (no real CSV starts with
// one); otherwise the input is all CSV for the treatments register. After a successful import
// the register must export and import its own export again.

#include "content/csv_export.h"
#include "content/csv_import.h"
#include "content/demo.h"
#include "fuzz_support.h"

#include <cstdlib>

using namespace isms;

namespace {

const std::filesystem::path& pristineDemo(const fuzz::Workspace& workspace)
{
    static const std::filesystem::path path = [&] {
        auto p = workspace / "pristine.isms";
        auto created = content::createDemo(p, {}, fuzz::fuzzClock());
        if (!created)
            std::abort();
        return p;
    }();
    return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const fuzz::Workspace workspace;
    if (size > fuzz::kMaxInput)
        return -1;
    const auto& pristine = pristineDemo(workspace);
    const auto path = workspace / "input.isms";
    workspace.clear(pristine);
    std::filesystem::copy_file(pristine, path);

    auto file = storage::IsmsFile::open(path, {storage::OpenMode::ReadWrite, "fuzzer"}, fuzz::fuzzClock());
    if (!file)
        std::abort();  // the demo file itself must open
    const auto& registers = (*file)->catalogue().registers();
    const RegisterDef* reg = &(*file)->catalogue().get(reg::treatments);
    std::string_view csv(reinterpret_cast<const char*>(data), size);
    if (size > 0 && data[0] < 0x20 && data[0] != '\n' && data[0] != '\r' && data[0] != '\t') {
        reg = &registers[data[0] % registers.size()];
        csv.remove_prefix(1);
    }
    auto imported = content::importCsv(**file, *reg, csv);
    if (!imported)
        return 0;
    // What was imported exports, and that export is accepted as it stands (every ref in it now
    // exists, so import must refuse it only as duplicates).
    auto exported = content::exportCsv(**file, *reg);
    if (!exported)
        std::abort();
    (void)content::checkCsvImport(**file, *reg, *exported);
    return 0;
}
