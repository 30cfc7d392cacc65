#include "text/printable.hpp"

namespace canvass {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

bool is_break(char c) { return c == '\t' || c == '\n' || c == '\r'; }

// The length of the control character at text[i] (1 for C0/DEL, 2 for a UTF-8 C1), or 0.
std::size_t control_at(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x20 || c == 0x7F) return 1;
  if (c == 0xC2 && i + 1 < text.size()) {
    const auto n = static_cast<unsigned char>(text[i + 1]);
    if (n >= 0x80 && n <= 0x9F) return 2;
  }
  return 0;
}

}  // namespace

bool has_control_characters(std::string_view text, bool keep_breaks) {
  for (std::size_t i = 0; i < text.size(); ++i)
    if (control_at(text, i) && !(is_break(text[i]))) return true;
    else if (!keep_breaks && is_break(text[i])) return true;
  return false;
}

std::string printable(std::string_view text, bool keep_breaks) {
  if (!has_control_characters(text, keep_breaks)) return std::string(text);
  std::string out;
  out.reserve(text.size() + 8);
  for (std::size_t i = 0; i < text.size();) {
    if (is_break(text[i])) {
      out += keep_breaks ? text[i] : ' ';
      ++i;
    } else if (const std::size_t n = control_at(text, i)) {
      out += kReplacement;
      i += n;
    } else {
      out += text[i++];
    }
  }
  return out;
}

}  // namespace canvass
