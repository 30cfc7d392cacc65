// Excel's escapes in cell text (ECMA-376 ST_Xstring): a character XML cannot carry, or a
// carriage return Excel chose to keep, is written "_xHHHH_" (UTF-16, hex), and a literal
// "_x" sequence is protected as "_x005F_x...". Free-text answers typed on Windows arrive
// full of "_x000D_" unless this is undone.
#pragma once

#include <cstddef>
#include <string>

namespace canvass {

// Decodes the escapes in `text` from byte `from` on, in place (the result is never longer).
// A surrogate pair written as two escapes becomes one character; a lone surrogate U+FFFD.
void decode_xstring_escapes(std::string& text, std::size_t from = 0);

}  // namespace canvass
