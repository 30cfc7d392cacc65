// Answers that are never a quote: empty, "N/A", "No", "None", "Nothing to add", one- to
// four-word answers, text that is mostly punctuation or numbers, and answers that only
// point at another answer ("As above, see my earlier comments", "See previous", "Same as
// question 3").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/words.hpp"

namespace canvass {

// Why `text` is junk ("empty", "non-answer", "refers to another answer", "too short",
// "mostly symbols"), or nothing when it could be quoted.
std::optional<std::string> junk_reason(std::string_view text);

// The same for text already folded (text/fold) and split by words().
std::optional<std::string> junk_reason(const std::vector<Word>& folded_pieces);

inline bool is_junk(std::string_view text) { return junk_reason(text).has_value(); }

}  // namespace canvass
