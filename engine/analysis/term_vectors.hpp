// Term vectors over interned word stems, for how alike two passages are (cosine) and how
// close a passage is to the centre of its theme; and the function words left out of them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace canvass {

// A passage's TF-IDF weights by stem id, sorted by id, unit length.
using TermVector = std::vector<std::pair<std::uint32_t, double>>;
// The sum of many term vectors (a theme's centre), by stem id.
using TermCentre = std::unordered_map<std::uint32_t, double>;

// True for the function words ("the", "and", "we") left out of term vectors and of a
// passage's substance.
bool is_stop_word(std::string_view folded_word);

// Scales to unit length (nothing when all weights are 0).
void normalise(TermVector& v);
void normalise(TermCentre& c);

double cosine(const TermVector& a, const TermVector& b);  // both unit length
double cosine(const TermVector& v, const TermCentre& c);  // both unit length

}  // namespace canvass
