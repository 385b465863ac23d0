#pragma once
// A condition on one field of a record: what another screen narrows a register to (a heat map
// cell's risks, domain/risk_flags.h). Storage turns it into SQL; the domain only says what it is.

#include <string>

namespace isms {

struct FieldCondition {
    std::string field;   // a field key
    std::string value;   // the stored value's text
    bool equals = true;  // false: the field is anything but `value`, empty included
};

} // namespace isms
