// The fast path through delimited text: finds the fields of one record with 16-byte
// compares instead of building strings. It accepts exactly the records grammars/csv defines
// (tests/unit/csv_scan_test.cpp holds it to the X3 grammar); anything else is `malformed`.
#pragma once

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace canvass {

enum class ScanOutcome {
  record,     // a whole record was scanned; the position moved past its line break
  need_more,  // the record runs past the bytes given: call again with more
  malformed,  // the grammar rejects this record (unterminated quote, text after a quote)
};

// One field as it lies in the bytes: a quoted field's content is between its quotes,
// with doubled quotes still doubled when `escaped`.
struct FieldView {
  const char* begin = nullptr;
  const char* end = nullptr;
  bool quoted = false;
  bool escaped = false;

  std::string_view bytes() const { return {begin, static_cast<std::size_t>(end - begin)}; }
};

// The first `c` in [p, last), or `last`.
inline const char* find_byte(const char* p, const char* last, char c) {
#if defined(__SSE2__)
  const __m128i needle = _mm_set1_epi8(c);
  for (; last - p >= 16; p += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    if (const int m = _mm_movemask_epi8(_mm_cmpeq_epi8(v, needle))) return p + __builtin_ctz(static_cast<unsigned>(m));
  }
#endif
  const void* hit = std::memchr(p, c, static_cast<std::size_t>(last - p));
  return hit ? static_cast<const char*>(hit) : last;
}

// The first delimiter, CR or LF in [p, last), or `last`: where an unquoted field ends.
inline const char* find_field_end(const char* p, const char* last, char delimiter) {
#if defined(__SSE2__)
  const __m128i d = _mm_set1_epi8(delimiter), cr = _mm_set1_epi8('\r'), lf = _mm_set1_epi8('\n');
  for (; last - p >= 16; p += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i hit = _mm_or_si128(_mm_cmpeq_epi8(v, d), _mm_or_si128(_mm_cmpeq_epi8(v, cr), _mm_cmpeq_epi8(v, lf)));
    if (const int m = _mm_movemask_epi8(hit)) return p + __builtin_ctz(static_cast<unsigned>(m));
  }
#endif
  for (; p < last; ++p)
    if (*p == delimiter || *p == '\r' || *p == '\n') break;
  return p;
}

// Scans the record starting at `pos` (pos < last). `at_eof` says `last` is the end of the
// text; otherwise a record that reaches `last` needs more bytes. Calls
// on_field(std::size_t index, const FieldView&) for each field in order; after
// `need_more` or `malformed` the fields already reported belong to no record.
template <class OnField>
inline ScanOutcome scan_record(const char*& pos, const char* last, bool at_eof, char delimiter, OnField&& on_field) {
  const char* p = pos;
  for (std::size_t index = 0;; ++index) {
    FieldView field;
    const char* after;  // the byte after the field: delimiter, CR, LF, or `last`
    if (p < last && *p == '"') {
      // quoted_field = '"' > *( (char - '"') | "\"\"" ) > '"'
      const char* q = p + 1;
      bool escaped = false;
      for (;;) {
        q = find_byte(q, last, '"');
        if (q == last) return at_eof ? ScanOutcome::malformed : ScanOutcome::need_more;
        if (q + 1 == last) {
          if (!at_eof) return ScanOutcome::need_more;
          break;
        }
        if (q[1] != '"') break;
        escaped = true;
        q += 2;
      }
      field = {p + 1, q, true, escaped};
      after = q + 1;
      if (after < last && *after != delimiter && *after != '\r' && *after != '\n') return ScanOutcome::malformed;
    } else {
      // unquoted_field = *( char - delimiter - CR - LF )
      after = find_field_end(p, last, delimiter);
      if (after == last && !at_eof) return ScanOutcome::need_more;
      field = {p, after, false, false};
    }
    on_field(index, field);
    if (after == last) {  // eoi
      pos = last;
      return ScanOutcome::record;
    }
    if (*after == delimiter) {
      p = after + 1;
      continue;
    }
    if (*after == '\n') {
      pos = after + 1;
      return ScanOutcome::record;
    }
    // CR: a CRLF pair or a lone CR, both one line break
    if (after + 1 == last) {
      if (!at_eof) return ScanOutcome::need_more;
      pos = last;
      return ScanOutcome::record;
    }
    pos = after + (after[1] == '\n' ? 2 : 1);
    return ScanOutcome::record;
  }
}

// A quoted field's content with each doubled quote made one.
inline void unescape_quotes(std::string_view content, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < content.size(); ++i) {
    out.push_back(content[i]);
    if (content[i] == '"') ++i;  // the second quote of the pair
  }
}

}  // namespace canvass
