#pragma once
// One link between two records (an instance of a LinkDef).

#include "value.h"

#include <string>

namespace isms {

struct Link {
    std::string link;  // LinkDef::key
    std::string fromRegister;
    RecordId fromId = 0;
    std::string toRegister;
    RecordId toId = 0;

    bool operator==(const Link&) const = default;
};

} // namespace isms
