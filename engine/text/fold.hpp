// Folds text for matching, not for display: Unicode NFKC with case folding (ICU),
// curly quotes and dashes made plain, white space collapsed and trimmed.
#pragma once

#include <string>
#include <string_view>

namespace canvass {

// "  Strongly  AGREE " and "strongly agree" fold to the same string.
std::string fold(std::string_view utf8);

// Collapses runs of white space to one space and trims both ends (no case change).
std::string collapse_spaces(std::string_view utf8);

}  // namespace canvass
