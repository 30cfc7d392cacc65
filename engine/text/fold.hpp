// Folds text for matching, not for display: Unicode NFKC with case folding (ICU),
// curly quotes and dashes made plain, white space collapsed and trimmed.
#pragma once

#include <string>
#include <string_view>

namespace canvass {

// "  Strongly  AGREE " and "strongly agree" fold to the same string.
std::string fold(std::string_view utf8);
// The same into `out` (replacing what it held), so a caller folding text after text can
// keep one buffer.
void fold(std::string_view utf8, std::string& out);

// True when fold(utf8) is only ASCII lower-casing, ‘ ’ “ ” – — made ' " -, and white space
// collapsed: ASCII text, with those characters or else with '`' (which the full fold makes
// '\'' but plain ASCII keeps). Folding such text moves no word boundary (UAX #29 classes
// are kept: ‘’ and ' join letters alike, the others join nothing), so its words may be
// folded one by one.
bool folds_simply(std::string_view utf8);

// For one of ‘ ’ “ ” – — (UTF-8 E2 80 xx) at `at`, the ASCII character fold makes it; else 0.
char plain_punctuation(std::string_view utf8, std::size_t at);

// Collapses runs of white space to one space and trims both ends (no case change).
std::string collapse_spaces(std::string_view utf8);

// Only trims spaces, tabs and line breaks from both ends; the inside is left as it is.
std::string trim_spaces(std::string_view text);

}  // namespace canvass
