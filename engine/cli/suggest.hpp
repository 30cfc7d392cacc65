// "Did you mean ...?" for a mistyped command or option: the nearest of the names a
// command knows, by edit distance (a swapped pair of letters counts as one edit).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace canvass::cli {

// Optimal string alignment distance: insertions, deletions, substitutions, transpositions.
std::size_t edit_distance(const std::string& a, const std::string& b);

// The candidate nearest to `typed`, when it is near enough to be what was meant: at most
// two edits, and fewer than the typed word's length (so "x" suggests nothing).
std::optional<std::string> nearest(const std::string& typed, const std::vector<std::string>& candidates);

// " — did you mean 'X'?" (or --X for an option), or empty.
std::string did_you_mean(const std::string& typed, const std::vector<std::string>& candidates, bool quoted = true);

}  // namespace canvass::cli
