#pragma once
// The clause reference CSV file as compiled-in text (generated into the build tree by CMake).

namespace isms::content {

extern const char* const kClausesCsv;

} // namespace isms::content
