#include "text/decode.hpp"

#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <functional>
#include <cstdint>
#include <cstring>
#include <optional>
#include <memory>

namespace canvass {

bool is_valid_utf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const int32_t n = static_cast<int32_t>(bytes.size());
  int32_t i = 0;
  while (i < n) {
    std::uint64_t eight;
    if (i + 8 <= n && (std::memcpy(&eight, s + i, 8), (eight & 0x8080808080808080ull) == 0)) {  // ASCII fast path
      i += 8;
      continue;
    }
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

namespace {

// Where a file that is mostly UTF-8 stops being UTF-8: the offset of the first invalid
// sequence, when the file also holds valid multi-byte sequences (real UTF-8 text, so the
// bad bytes are damage or a second encoding, not a whole Windows-1252 file).
std::optional<std::size_t> mixed_utf8_break(std::string_view bytes) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const int32_t n = static_cast<int32_t>(bytes.size());
  bool multibyte = false;
  std::optional<std::size_t> first_bad;
  for (int32_t i = 0; i < n;) {
    if (s[i] < 0x80) { ++i; continue; }
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      if (!first_bad) first_bad = static_cast<std::size_t>(at);
    } else {
      multibyte = true;
    }
    if (multibyte && first_bad) return first_bad;
  }
  return std::nullopt;
}

}  // namespace

Result<TextEncoding> text_encoding(std::string_view bytes, const Location& where) {
  if (bytes.size() >= 2 && static_cast<uint8_t>(bytes[0]) == 0xFF && static_cast<uint8_t>(bytes[1]) == 0xFE)
    return TextEncoding{"utf-16le", "UTF-16LE", 2};
  if (bytes.size() >= 2 && static_cast<uint8_t>(bytes[0]) == 0xFE && static_cast<uint8_t>(bytes[1]) == 0xFF)
    return TextEncoding{"utf-16be", "UTF-16BE", 2};
  if (std::memchr(bytes.data(), '\0', bytes.size()) != nullptr) {
    const auto at = static_cast<const char*>(std::memchr(bytes.data(), '\0', bytes.size())) - bytes.data();
    return Error{where, "a NUL byte at offset " + std::to_string(at) + ": this is not a text file"};
  }
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    if (!is_valid_utf8(bytes.substr(3))) return Error{where, "marked UTF-8 by its byte-order mark but not valid UTF-8"};
    return TextEncoding{"utf-8-bom", nullptr, 3};
  }
  if (is_valid_utf8(bytes)) return TextEncoding{"utf-8", nullptr, 0};
  if (auto at = mixed_utf8_break(bytes)) {
    const std::string_view before = bytes.substr(0, *at);
    const std::size_t line_start = before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
    Location here = where;
    here.line = 1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
    here.column = 1 + *at - line_start;
    return Error{here, "invalid UTF-8 at byte offset " + std::to_string(*at) +
                           " in a file that is otherwise UTF-8 (mixed encodings are not guessed)"};
  }
  return TextEncoding{"windows-1252", "windows-1252", 0};
}

// Straight from the file's encoding to UTF-8 through a small pivot buffer, a piece of UTF-8
// at a time: no UTF-16 copy of the whole text, and no whole copy at all unless `take` keeps one.
Status decode_in_pieces(std::string_view bytes, const TextEncoding& encoding, const Location& where,
                        const std::function<void(std::string_view)>& take, std::size_t piece) {
  bytes.remove_prefix(std::min(encoding.skip, bytes.size()));
  if (!encoding.icu_name) {
    for (std::size_t at = 0; at < bytes.size(); at += piece) take(bytes.substr(at, piece));
    return Ok{};
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> from(ucnv_open(encoding.icu_name, &status), &ucnv_close);
  std::unique_ptr<UConverter, decltype(&ucnv_close)> to(ucnv_open("UTF-8", &status), &ucnv_close);
  if (U_FAILURE(status)) return Error{where, std::string("no converter for ") + encoding.icu_name, Error::Kind::io};
  ucnv_setToUCallBack(from.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::string out(std::max<std::size_t>(piece, 64), '\0');
  const char* source = bytes.data();
  UChar pivot[4096];
  UChar* pivot_source = pivot;
  UChar* pivot_target = pivot;
  for (bool reset = true;; reset = false) {
    char* target = out.data();
    ucnv_convertEx(to.get(), from.get(), &target, out.data() + out.size(), &source, bytes.data() + bytes.size(), pivot,
                   &pivot_source, &pivot_target, pivot + 4096, reset, true, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) break;
    take(std::string_view(out.data(), static_cast<std::size_t>(target - out.data())));
    if (status != U_BUFFER_OVERFLOW_ERROR) break;
    status = U_ZERO_ERROR;
  }
  if (U_FAILURE(status)) return Error{where, "bytes are not valid " + encoding.label};
  return Ok{};
}

Result<DecodedText> decode_text(std::string_view bytes, const Location& where) {
  auto encoding = text_encoding(bytes, where);
  if (!encoding) return encoding.error();
  DecodedText out{{}, encoding->label};
  if (!encoding->icu_name) {
    out.text.assign(bytes.substr(encoding->skip));
    return out;
  }
  out.text.reserve(bytes.size() + bytes.size() / 4 + 16);
  auto done = decode_in_pieces(bytes, *encoding, where, [&](std::string_view piece) { out.text += piece; });
  if (!done) return done.error();
  return out;
}

}  // namespace canvass
