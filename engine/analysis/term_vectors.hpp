// TF-IDF term vectors over word stems, for how alike two passages are (cosine) and how
// close a passage is to the centre of its theme.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

namespace canvass {

using TermVector = std::unordered_map<std::string, double>;  // stem -> weight, unit length

// True for the function words ("the", "and", "we") left out of term vectors and of a
// passage's substance.
bool is_stop_word(const std::string& folded_word);

// One unit-length TF-IDF vector per document, each given as its content stems; idf is
// log((1 + N) / (1 + df)) + 1 (the smoothed form), so a term in every document still counts.
std::vector<TermVector> tfidf_vectors(const std::vector<std::vector<std::string>>& documents);

double cosine(const TermVector& a, const TermVector& b);

// The normalised mean of `vectors` (empty when there are none).
TermVector centroid(const std::vector<const TermVector*>& vectors);

}  // namespace canvass
