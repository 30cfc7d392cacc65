// Text made safe to print: C0 and C1 control characters (ESC, NUL, BEL, U+0080-U+009F)
// and DEL replaced by U+FFFD, so no output or message can move a terminal's cursor, break
// an XML file or hide text. Line breaks and tabs are kept where the caller allows them.
#pragma once

#include <string>
#include <string_view>

namespace canvass {

// `text` with every control character but tab, LF and CR replaced by U+FFFD; with
// `keep_breaks` false, tab, LF and CR become spaces too (one-line messages, attributes).
std::string printable(std::string_view text, bool keep_breaks = true);

// True when `text` holds a character printable() would replace.
bool has_control_characters(std::string_view text, bool keep_breaks = true);

}  // namespace canvass
