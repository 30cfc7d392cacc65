// The text the redactor matches against, and the way back to the text it came from:
// NFKC (fullwidth "＠" and digits become ASCII, no-break spaces plain spaces), zero-width
// and other format characters removed, every decimal digit (Arabic-Indic, Devanagari...)
// mapped to 0-9, so "07700 900 123" with a no-break space or "jo@x​.org" with a
// zero-width space cannot slip past rules written for ASCII.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class Normalizer2;
U_NAMESPACE_END

namespace canvass {

struct MatchText {
  std::string text;  // normalised
  // For each byte of `text`, the original byte range [begin, end) it came from (a
  // normalisation segment: at least one whole character). Empty when text is the original.
  std::vector<std::size_t> begin_of, end_of;

  // The original range covering the normalised range [begin, end).
  std::pair<std::size_t, std::size_t> original(std::size_t begin, std::size_t end) const {
    if (begin_of.empty()) return {begin, end};
    return {begin_of[begin], end_of[end - 1]};
  }
};

// Builds MatchTexts; holds the ICU normaliser, so make one and keep it.
class MatchTextMaker {
 public:
  MatchTextMaker();
  // ASCII text, also with curly quotes and dashes, is returned as it is (no map of offsets).
  MatchText make(std::string_view utf8) const;

 private:
  const icu::Normalizer2* nfkc_;
};

}  // namespace canvass
