#pragma once
// resources/reference/annex-a-2022.csv as compiled-in text (generated into the build tree).

namespace isms {

extern const char* const kAnnexACsv;

} // namespace isms
