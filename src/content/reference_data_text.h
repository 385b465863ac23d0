#pragma once
// The reference CSV files as compiled-in text (generated into the build tree by CMake).

namespace isms::content {

extern const char* const kAnnexACsv;
extern const char* const kClausesCsv;

} // namespace isms::content
