#include "text/fold.hpp"

#include <array>
#include <cstdint>
#include <cstring>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>
#include <unicode/unistr.h>

namespace canvass {

namespace {

// Typographic characters that people and word processors swap for plain ones.
UChar32 plain(UChar32 c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x00B4: case 0x0060:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return '-';
    default:
      return c;
  }
}

}  // namespace

char plain_punctuation(std::string_view text, std::size_t at) {
  if (at + 2 >= text.size() || text[at] != '\xE2' || text[at + 1] != '\x80') return 0;
  switch (static_cast<unsigned char>(text[at + 2])) {
    case 0x98: case 0x99: return '\'';
    case 0x9C: case 0x9D: return '"';
    case 0x93: case 0x94: return '-';
    default: return 0;
  }
}

namespace {

// True when none of the 8 bytes at `p` is '`' or above 0x7F.
bool plain_ascii_8(const char* p) {
  std::uint64_t v;
  std::memcpy(&v, p, 8);
  constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  const std::uint64_t backticks = v ^ (ones * '`');  // a zero byte where v has '`'
  return ((v | ((backticks - ones) & ~backticks)) & highs) == 0;
}

}  // namespace

bool folds_simply(std::string_view utf8) {
  bool curly = false, backtick = false;
  for (std::size_t i = 0; i < utf8.size(); ++i)
    if (i + 8 <= utf8.size() && plain_ascii_8(utf8.data() + i)) {
      i += 7;  // most text: nothing to look at in these 8 bytes
    } else if (utf8[i] == '`') {
      backtick = true;
    } else if (static_cast<unsigned char>(utf8[i]) >= 0x80) {
      if (!plain_punctuation(utf8, i)) return false;
      curly = true;
      i += 2;
    }
  return !(curly && backtick);
}

std::string fold(std::string_view utf8) {
  std::string out;
  fold(utf8, out);
  return out;
}

void fold(std::string_view utf8, std::string& out) {
  out.clear();
  // fast path: ASCII, with curly quotes and dashes made plain, needs no ICU (NFKC and case
  // folding change no other character of such text, and join none)
  const bool ascii_simple = folds_simply(utf8);
  bool pending_space = false;
  auto emit = [&](UChar32 c, std::string& dst) {
    const bool space = c < 0x80 ? (c == ' ' || (c >= '\t' && c <= '\r')) : (u_isUWhiteSpace(c) || c == 0x200B);
    if (space) {
      pending_space = !dst.empty();
      return;
    }
    if (pending_space) dst.push_back(' ');
    pending_space = false;
    if (U_IS_SURROGATE(c)) c = 0xFFFD;  // as ICU's own UTF-8 conversion writes a lone surrogate
    char bytes[U8_MAX_LENGTH];
    int32_t n = 0;
    U8_APPEND_UNSAFE(bytes, n, c);
    dst.append(bytes, static_cast<std::size_t>(n));
  };

  if (ascii_simple) {
    // each ASCII byte folded: lower case, white space ' '
    static constexpr auto kFolded = [] {
      std::array<char, 128> t{};
      for (int c = 0; c < 128; ++c) t[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      for (int c : {'\t', '\n', '\v', '\f', '\r'}) t[c] = ' ';
      return t;
    }();
    out.resize(utf8.size());  // never longer: written in place, then cut to size
    char* to = out.data();
    const char* const start = to;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
      const auto ch = static_cast<unsigned char>(utf8[i]);
      char lower;
      if (ch < 0x80) {
        lower = kFolded[ch];
      } else {
        lower = plain_punctuation(utf8, i);
        i += 2;
      }
      if (lower == ' ') {
        pending_space = to != start;
        continue;
      }
      if (pending_space) *to++ = ' ';
      pending_space = false;
      *to++ = lower;
    }
    out.resize(static_cast<std::size_t>(to - start));
    return;
  }
  out.reserve(utf8.size());

  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  icu::UnicodeString folded = U_SUCCESS(status) ? nfkc_cf->normalize(u, status) : u;
  if (U_FAILURE(status)) folded = u.foldCase();
  const char16_t* units = folded.getBuffer();
  for (int32_t i = 0, n = units ? folded.length() : 0; i < n;) {
    UChar32 c;
    U16_NEXT(units, i, n, c);  // an unpaired surrogate comes back as itself, as char32At gives it
    emit(plain(c), out);
  }
}

std::string collapse_spaces(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  bool pending = false;
  for (char ch : utf8) {
    if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
      pending = !out.empty();
      continue;
    }
    if (pending) out.push_back(' ');
    pending = false;
    out.push_back(ch);
  }
  return out;
}

std::string trim_spaces(std::string_view text) {
  const auto b = text.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  const auto e = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(b, e - b + 1));
}

}  // namespace canvass
