#include "sources/ooxml_escapes.hpp"

#include <cstdint>

namespace canvass {

namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The UTF-16 unit of an escape "_xHHHH_" starting at `at`, or -1 when there is none.
long escape_at(const std::string& s, std::size_t at) {
  if (at + 7 > s.size() || s[at] != '_' || s[at + 1] != 'x' || s[at + 6] != '_') return -1;
  long unit = 0;
  for (std::size_t i = at + 2; i < at + 6; ++i) {
    const int d = hex_digit(s[i]);
    if (d < 0) return -1;
    unit = unit * 16 + d;
  }
  return unit;
}

void append_utf8(std::string& s, std::size_t& out, std::uint32_t cp) {
  if (cp < 0x80) {
    s[out++] = static_cast<char>(cp);
  } else if (cp < 0x800) {
    s[out++] = static_cast<char>(0xC0 | (cp >> 6));
    s[out++] = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    s[out++] = static_cast<char>(0xE0 | (cp >> 12));
    s[out++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s[out++] = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    s[out++] = static_cast<char>(0xF0 | (cp >> 18));
    s[out++] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    s[out++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s[out++] = static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace

void decode_xstring_escapes(std::string& text, std::size_t from) {
  const std::size_t first = text.find("_x", from);
  if (first == std::string::npos) return;
  std::size_t in = first, out = first;
  while (in < text.size()) {
    const long unit = text[in] == '_' ? escape_at(text, in) : -1;
    if (unit < 0) {
      text[out++] = text[in++];
      continue;
    }
    in += 7;
    std::uint32_t cp = static_cast<std::uint32_t>(unit);
    if (cp >= 0xD800 && cp <= 0xDBFF) {  // a high surrogate: its pair should follow
      const long low = escape_at(text, in);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (static_cast<std::uint32_t>(low) - 0xDC00);
        in += 7;
      } else {
        cp = 0xFFFD;
      }
    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
      cp = 0xFFFD;
    }
    append_utf8(text, out, cp);  // at most 4 bytes for the 7 (or 14) read
  }
  text.resize(out);
}

}  // namespace canvass
