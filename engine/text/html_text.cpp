#include "text/html_text.hpp"

#include <cctype>
#include <cstdint>
#include <utility>

#include <unicode/utf8.h>

#include "text/fold.hpp"

namespace canvass {

namespace {

// A character reference's code point as UTF-8 (ICU's encoder); NUL, surrogates and values
// beyond Unicode become U+FFFD.
void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  char bytes[U8_MAX_LENGTH];
  std::int32_t n = 0;
  U8_APPEND_UNSAFE(bytes, n, static_cast<UChar32>(cp));
  out.append(bytes, static_cast<std::size_t>(n));
}

// The entities survey editors (CKEditor in LimeSurvey) write in ordinary wording.
constexpr std::pair<std::string_view, std::uint32_t> kNamed[] = {
    {"amp", '&'},     {"lt", '<'},       {"gt", '>'},       {"quot", '"'},     {"apos", '\''},
    {"nbsp", 0xA0},   {"hellip", 0x2026}, {"ndash", 0x2013}, {"mdash", 0x2014}, {"lsquo", 0x2018},
    {"rsquo", 0x2019}, {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"pound", 0xA3},   {"euro", 0x20AC},
    {"eacute", 0xE9}, {"egrave", 0xE8},  {"agrave", 0xE0},  {"ccedil", 0xE7},  {"uuml", 0xFC},
    {"ouml", 0xF6},   {"auml", 0xE4},    {"szlig", 0xDF},   {"copy", 0xA9},    {"deg", 0xB0}};

// Decodes the entity starting at html[at] ('&'); returns the characters consumed, 0 if none.
std::size_t decode_entity(std::string_view html, std::size_t at, std::string& out) {
  const std::size_t semi = html.find(';', at);
  if (semi == std::string_view::npos || semi - at > 12 || semi == at + 1) return 0;
  const std::string_view name = html.substr(at + 1, semi - at - 1);
  if (name[0] == '#') {
    const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    const std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty()) return 0;
    std::uint32_t cp = 0;
    for (char c : digits) {
      int v = c >= '0' && c <= '9' ? c - '0' : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10 : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (v < 0 || cp > 0x10FFFF) return 0;
      cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(v);
    }
    append_utf8(out, cp);
    return semi - at + 1;
  }
  for (const auto& [n, cp] : kNamed)
    if (n == name) {
      append_utf8(out, cp);
      return semi - at + 1;
    }
  return 0;
}

// Block tags (<br>, </p>, <li>, ...) part words; inline ones (<b>, <span>) do not.
bool separates_words(std::string_view tag) {
  if (!tag.empty() && tag[0] == '/') tag.remove_prefix(1);
  std::size_t n = 0;
  while (n < tag.size() && std::isalnum(static_cast<unsigned char>(tag[n]))) ++n;
  std::string name;
  for (char c : tag.substr(0, n)) name += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* block : {"br", "p", "div", "li", "ul", "ol", "tr", "td", "th", "table", "hr", "h1", "h2", "h3",
                            "h4", "h5", "h6", "blockquote"})
    if (name == block) return true;
  return false;
}

}  // namespace

std::string html_to_plain_text(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  for (std::size_t i = 0; i < html.size();) {
    const char c = html[i];
    // A tag starts with '<' followed by a letter, '/' or '!': "a < b" stays as written.
    if (c == '<' && i + 1 < html.size() &&
        (std::isalpha(static_cast<unsigned char>(html[i + 1])) || html[i + 1] == '/' || html[i + 1] == '!')) {
      const std::size_t close = html.find('>', i);
      if (close == std::string_view::npos) {
        out.append(html.substr(i));
        break;
      }
      if (separates_words(html.substr(i + 1, close - i - 1))) out += ' ';
      i = close + 1;
      continue;
    }
    if (c == '&') {
      if (const std::size_t used = decode_entity(html, i, out)) {
        i += used;
        continue;
      }
    }
    out += c;
    ++i;
  }
  // A no-break space (U+00A0) is a space here.
  std::string spaced;
  spaced.reserve(out.size());
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out[i] == '\xC2' && i + 1 < out.size() && out[i + 1] == '\xA0') {
      spaced += ' ';
      ++i;
    } else {
      spaced += out[i];
    }
  }
  return collapse_spaces(spaced);
}

}  // namespace canvass
