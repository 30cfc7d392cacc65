// Turns a file's bytes into UTF-8 text with ICU: a byte-order mark decides UTF-8 or
// UTF-16 LE/BE; bytes that are not valid UTF-8 are read as Windows-1252 (Excel re-saves).
#pragma once

#include <string>
#include <string_view>

#include "model/error.hpp"

namespace canvass {

struct DecodedText {
  std::string text;      // UTF-8, without a byte-order mark
  std::string encoding;  // "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252"
};

// `where` names the file for errors (a NUL byte in 8-bit text, undecodable UTF-16).
Result<DecodedText> decode_text(std::string_view bytes, const Location& where);

// True when `bytes` is well-formed UTF-8.
bool is_valid_utf8(std::string_view bytes);

}  // namespace canvass
