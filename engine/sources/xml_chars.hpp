// What XML allows as characters, in UTF-8: finding the first byte that is not one, and
// writing a character reference's code point. Used by the workbook scanner.
#pragma once

#include <cstdint>
#include <string>

namespace canvass {

// The first byte in [p, q) that is not an XML character in UTF-8 (a control character,
// a malformed or overlong sequence, a surrogate, U+FFFE/U+FFFF), or q.
const char* first_invalid_xml_char(const char* p, const char* q);

// Appends the code point `cp` (a valid XML character) as UTF-8.
void append_utf8(std::uint32_t cp, std::string& out);

}  // namespace canvass
