#pragma once
// Text from a file made harmless for a terminal. A title may hold anything a user (or an
// attacker) typed: an ESC sequence would recolour, move the cursor or retitle the window, a C1
// control (raw byte 0x9B is CSI to some terminals) likewise, and a bidi override would make the
// line read differently from what it holds. Every ismsctl verb prints through out() and error(),
// which pass their text through terminalSafe, and the text report writer passes every cell
// through it: such characters are shown as visible escapes instead.
//   C0 controls (but LF, TAB and the CR of CRLF)       -> \x1b
//   DEL, C1 controls U+0080..U+009F, bidi controls     -> \u007f, \u009b, \u202e
//   bytes that are not UTF-8                           -> \xff
// JSON output stays valid and means the same: Qt already writes C0 controls as \u escapes, and
// the \u form here is JSON's own.

#include <string>
#include <string_view>

namespace isms::reports {

std::string terminalSafe(std::string_view text);

} // namespace isms::reports
