// Splits UTF-8 text into sentences with ICU's sentence-break rules for British English,
// with abbreviation suppression ("Dr. Smith" stays one sentence).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace canvass {

struct Sentence {
  std::size_t begin = 0;  // byte offsets into the text, white space trimmed
  std::size_t end = 0;
  std::string_view text;
};

// The sentences of `utf8`, in order; blank ones are left out.
std::vector<Sentence> split_sentences(std::string_view utf8);

}  // namespace canvass
