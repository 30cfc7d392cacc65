// Answers that are never a quote: empty, "N/A", "No", "None", "Nothing to add", "See
// above", one- to four-word answers, text that is mostly punctuation or numbers.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace canvass {

// Why `text` is junk ("empty", "non-answer", "too short", "mostly symbols"), or nothing
// when it could be quoted.
std::optional<std::string> junk_reason(std::string_view text);

inline bool is_junk(std::string_view text) { return junk_reason(text).has_value(); }

}  // namespace canvass
