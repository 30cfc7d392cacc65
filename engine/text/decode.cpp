#include "text/decode.hpp"

#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>
#include <optional>
#include <memory>

namespace canvass {

bool is_valid_utf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const int32_t n = static_cast<int32_t>(bytes.size());
  int32_t i = 0;
  while (i < n) {
    if (s[i] < 0x80) {  // ASCII fast path
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

// Straight from the file's encoding to UTF-8 through a small pivot buffer: no UTF-16 copy
// of the whole text, so a 50 MB Windows-1252 file costs its UTF-8 text and no more.
Result<DecodedText> convert(std::string_view bytes, const char* icu_name, std::string label,
                            const Location& where) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> from(ucnv_open(icu_name, &status), &ucnv_close);
  std::unique_ptr<UConverter, decltype(&ucnv_close)> to(ucnv_open("UTF-8", &status), &ucnv_close);
  if (U_FAILURE(status)) return Error{where, std::string("no converter for ") + icu_name, Error::Kind::io};
  ucnv_setToUCallBack(from.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  DecodedText out;
  out.text.resize(bytes.size() + bytes.size() / 4 + 16);
  const char* source = bytes.data();
  char* target = out.text.data();
  UChar pivot[4096];
  UChar* pivot_source = pivot;
  UChar* pivot_target = pivot;
  for (bool reset = true;; reset = false) {
    ucnv_convertEx(to.get(), from.get(), &target, out.text.data() + out.text.size(), &source,
                   bytes.data() + bytes.size(), pivot, &pivot_source, &pivot_target, pivot + 4096, reset, true, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR) break;
    const std::size_t written = static_cast<std::size_t>(target - out.text.data());
    out.text.resize(out.text.size() + out.text.size() / 2 + 16);  // more than one byte a character after all
    target = out.text.data() + written;
    status = U_ZERO_ERROR;
  }
  if (U_FAILURE(status)) return Error{where, "bytes are not valid " + label};
  out.text.resize(static_cast<std::size_t>(target - out.text.data()));
  out.encoding = std::move(label);
  return out;
}

}  // namespace

Result<DecodedText> decode_text(std::string_view bytes, const Location& where) {
  if (bytes.size() >= 2 && static_cast<uint8_t>(bytes[0]) == 0xFF && static_cast<uint8_t>(bytes[1]) == 0xFE)
    return convert(bytes.substr(2), "UTF-16LE", "utf-16le", where);
  if (bytes.size() >= 2 && static_cast<uint8_t>(bytes[0]) == 0xFE && static_cast<uint8_t>(bytes[1]) == 0xFF)
    return convert(bytes.substr(2), "UTF-16BE", "utf-16be", where);
  if (std::memchr(bytes.data(), '\0', bytes.size()) != nullptr) {
    const auto at = static_cast<const char*>(std::memchr(bytes.data(), '\0', bytes.size())) - bytes.data();
    return Error{where, "a NUL byte at offset " + std::to_string(at) + ": this is not a text file"};
  }
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    if (!is_valid_utf8(bytes.substr(3))) return Error{where, "marked UTF-8 by its byte-order mark but not valid UTF-8"};
    return DecodedText{std::string(bytes.substr(3)), "utf-8-bom"};
  }
  if (is_valid_utf8(bytes)) return DecodedText{std::string(bytes), "utf-8"};
  if (auto at = mixed_utf8_break(bytes)) {
    const std::string_view before = bytes.substr(0, *at);
    const std::size_t line_start = before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
    Location here = where;
    here.line = 1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
    here.column = 1 + *at - line_start;
    return Error{here, "invalid UTF-8 at byte offset " + std::to_string(*at) +
                           " in a file that is otherwise UTF-8 (mixed encodings are not guessed)"};
  }
  return convert(bytes, "windows-1252", "windows-1252", where);
}

}  // namespace canvass
