// Words of UTF-8 text by ICU's word-break rules (UAX #29): letters, numbers and the
// punctuation between them, with byte offsets so callers can point back into the text.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace canvass {

struct Word {
  enum class Kind { letters, number, other };  // other: spaces, punctuation, symbols
  std::size_t begin = 0;  // byte offsets into the text
  std::size_t end = 0;
  Kind kind = Kind::other;
  std::string_view text;  // a view into the text given to words()
};

// Every piece between ICU word boundaries, in order (spaces and punctuation included).
std::vector<Word> words(std::string_view utf8);

// Only the pieces made of letters (what people call words), e.g. "don't", "self".
std::vector<Word> letter_words(std::string_view utf8);

}  // namespace canvass
