#include "report/spreadsheet_safe.hpp"

#include <cctype>

#include "text/printable.hpp"

namespace canvass {

namespace {

// [+-] digits [. digits] [e [+-] digits], or [+-] . digits: nothing a formula could hide in.
bool plain_number(std::string_view s) {
  std::size_t i = 0;
  auto digits = [&] {
    const std::size_t from = i;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    return i > from;
  };
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  bool whole = digits();
  if (i < s.size() && s[i] == '.') {
    ++i;
    whole = digits() || whole;
  }
  if (!whole) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (!digits()) return false;
  }
  return i == s.size();
}

}  // namespace

std::string spreadsheet_safe(std::string_view cell) {
  std::string out = printable(cell);
  if (out.size() < 2) return out;  // a lone "-" or "=" is text to every spreadsheet
  const char first = out.front();
  const bool formula_start = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
  if (formula_start && !plain_number(out)) out.insert(0, 1, '\'');
  return out;
}

}  // namespace canvass
