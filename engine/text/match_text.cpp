#include "text/match_text.hpp"

#include "text/fold.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace canvass {

namespace {

// One character's contribution to the matched text: format characters vanish, digits
// become ASCII, other white space becomes ' '.
void append_mapped(icu::UnicodeString& from, std::string& out) {
  std::string utf8;
  from.toUTF8String(utf8);
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(utf8.size());
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(utf8.data(), i, n, c);
    if (c < 0) continue;
    if (u_charType(c) == U_FORMAT_CHAR) continue;                       // zero-width space, joiners, BOM...
    if (u_charType(c) == U_DECIMAL_DIGIT_NUMBER && c > 0x7f) {          // ٣ → 3
      out += static_cast<char>('0' + u_charDigitValue(c));
      continue;
    }
    if (c > 0x7f && u_isUWhiteSpace(c)) {
      out += ' ';
      continue;
    }
    out.append(utf8, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
  }
}

}  // namespace

MatchTextMaker::MatchTextMaker() {
  UErrorCode status = U_ZERO_ERROR;
  nfkc_ = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) nfkc_ = nullptr;
}

MatchText MatchTextMaker::make(std::string_view utf8) const {
  MatchText m;
  // ASCII, and ASCII with curly quotes and dashes (which NFKC and the mapping below keep as
  // they are, each its own segment), is its own normal form; the replacements found in it
  // begin and end at whole characters, so its offsets need no map either.
  if (folds_simply(utf8) || !nfkc_) {
    m.text.assign(utf8);
    return m;
  }
  m.text.reserve(utf8.size());
  m.begin_of.reserve(utf8.size());
  m.end_of.reserve(utf8.size());
  const int32_t n = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  while (i < n) {
    // A normalisation segment: one character and the combining marks that follow it.
    const int32_t start = i;
    // ASCII followed by ASCII is its own segment and already normal: copied as it is.
    if (static_cast<unsigned char>(utf8[i]) < 0x80 && (i + 1 == n || static_cast<unsigned char>(utf8[i + 1]) < 0x80)) {
      m.text += utf8[i];
      m.begin_of.push_back(static_cast<std::size_t>(i));
      m.end_of.push_back(static_cast<std::size_t>(i) + 1);
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(utf8.data(), i, n, c);
    while (i < n) {
      int32_t j = i;
      UChar32 d;
      U8_NEXT(utf8.data(), j, n, d);
      if (d >= 0 && nfkc_->hasBoundaryBefore(d)) break;
      i = j;
    }
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString segment = icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data() + start, i - start));
    icu::UnicodeString normal = nfkc_->normalize(segment, status);
    if (U_FAILURE(status)) normal = segment;
    append_mapped(normal, m.text);
    m.begin_of.resize(m.text.size(), static_cast<std::size_t>(start));
    m.end_of.resize(m.text.size(), static_cast<std::size_t>(i));
  }
  return m;
}

}  // namespace canvass
