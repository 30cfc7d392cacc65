#include "sources/sav_text.hpp"

#include <cstdint>
#include <cstring>
#include <string_view>

#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include "text/decode.hpp"

namespace canvass {

std::string utf8_text(const char* s) {
  if (!s) return {};
  const std::string_view bytes(s);
  if (is_valid_utf8(bytes)) return std::string(bytes);
  std::string out;
  const auto* p = reinterpret_cast<const std::uint8_t*>(bytes.data());
  const auto length = static_cast<std::int32_t>(bytes.size());
  for (std::int32_t i = 0; i < length;) {
    const std::int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(p, i, length, c);
    if (c < 0) out += "\xEF\xBF\xBD";  // U+FFFD
    else out.append(bytes.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
  }
  return out;
}

SavText::~SavText() {
  if (raw_) ucnv_close(raw_);
}

bool SavText::decode_from(const std::string& encoding) {
  UErrorCode status = U_ZERO_ERROR;
  raw_ = ucnv_open(encoding.c_str(), &status);
  if (U_FAILURE(status)) raw_ = nullptr;
  return raw_ != nullptr;
}

std::string SavText::operator()(const char* s) const {
  if (!s || !raw_) return utf8_text(s);
  const auto n = static_cast<std::int32_t>(std::strlen(s));
  std::string out(static_cast<std::size_t>(n) * 3 + 4, '\0');
  UErrorCode status = U_ZERO_ERROR;
  ucnv_reset(raw_);
  const std::int32_t written =
      ucnv_toAlgorithmic(UCNV_UTF8, raw_, out.data(), static_cast<std::int32_t>(out.size()), s, n, &status);
  if (U_FAILURE(status)) return utf8_text(s);
  out.resize(static_cast<std::size_t>(written));
  return utf8_text(out.c_str());
}

}  // namespace canvass
