#include "sources/plain_text_check.hpp"

#include <unicode/utf8.h>

#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace canvass {

bool is_plain_utf8(const char* p, const char* last) {
  const auto* s = reinterpret_cast<const uint8_t*>(p);
  const int64_t n = last - p;
  int64_t i = 0;
  while (i < n) {
#if defined(__SSE2__)
    // Runs of ASCII without NUL are the common case: skip them 16 bytes at a time.
    const __m128i zero = _mm_setzero_si128();
    while (n - i >= 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
      if (_mm_movemask_epi8(_mm_or_si128(v, _mm_cmpeq_epi8(v, zero))) != 0) break;
      i += 16;
    }
    if (i >= n) break;
#endif
    if (s[i] == 0) return false;
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    // One multi-byte character, checked by ICU exactly as decode_text checks it.
    const int64_t rest = n - i;
    const int32_t len = rest > 8 ? 8 : static_cast<int32_t>(rest);
    int32_t k = 0;
    UChar32 c;
    U8_NEXT(s + i, k, len, c);
    if (c < 0) return false;
    i += k;
  }
  return true;
}

}  // namespace canvass
