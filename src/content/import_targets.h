#pragma once
// The records an import's cells name in other registers, found by ref ("A-004"), by a ref at the
// start ("A.5.15 Access control") or by name ("Payroll system", any case). An owner column
// names a person; a link column names assets, controls, ... one per item.

#include "domain/register_def.h"
#include "domain/result.h"
#include "storage/isms_file.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace isms::content {

class TargetIndex {
public:
    // Reads every record of `reg` once.
    static Result<TargetIndex> of(const storage::IsmsFile& file, const RegisterDef& reg);

    struct Found {
        std::optional<RecordId> id;  // nullopt: not found (problem says why) or ambiguous
        std::string problem;         // e.g. "'Payroll' names 2 assets: give the ref"
    };
    Found find(const std::string& item) const;

    const RegisterDef& def() const { return *m_reg; }

private:
    const RegisterDef* m_reg = nullptr;
    std::map<std::string, RecordId, std::less<>> m_byRef;
    std::map<std::string, std::vector<std::pair<RecordId, std::string>>, std::less<>> m_byName;  // -> (id, ref)
};

} // namespace isms::content
