// Turns a file's bytes into UTF-8 text with ICU: a byte-order mark decides UTF-8 or
// UTF-16 LE/BE; bytes that are not valid UTF-8 are read as Windows-1252 (Excel re-saves).
#pragma once

#include <cstddef>
#include <functional>
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

// What decode_text reads `bytes` as, without decoding them (or the error it would give):
// the label it returns as `encoding`, ICU's converter (none: UTF-8, taken as it is) and the
// bytes of the byte-order mark to skip.
struct TextEncoding {
  std::string label;
  const char* icu_name = nullptr;
  std::size_t skip = 0;
};
Result<TextEncoding> text_encoding(std::string_view bytes, const Location& where);

// The text decode_text gives, handed to `take` in pieces of at most `piece` bytes (a piece
// may end inside a character), so a caller that reads it once need not hold it whole. An
// error (bytes the encoding does not define) comes after the pieces before it.
Status decode_in_pieces(std::string_view bytes, const TextEncoding& encoding, const Location& where,
                        const std::function<void(std::string_view)>& take, std::size_t piece = std::size_t{1} << 20);

// True when `bytes` is well-formed UTF-8.
bool is_valid_utf8(std::string_view bytes);

}  // namespace canvass
