#include "analysis/term_vectors.hpp"

#include <cmath>
#include <unordered_set>

namespace canvass {

bool is_stop_word(std::string_view w) {
  static const std::unordered_set<std::string_view> s{
      "a",     "about",  "above", "after", "again", "all",   "also",   "am",    "an",    "and",    "any",
      "are",   "as",     "at",    "be",    "been",  "before", "being", "both",  "but",   "by",     "can",
      "could", "did",    "do",    "does",  "doing", "during", "each",  "few",   "for",   "from",   "had",
      "has",   "have",   "having", "he",   "her",   "here",  "hers",   "him",   "his",   "how",    "i",
      "if",    "in",     "into",  "is",    "it",    "its",   "itself", "just",  "me",    "more",   "most",
      "my",    "myself", "of",    "on",    "once",  "only",  "or",     "other", "our",   "ours",   "out",
      "over",  "own",    "same",  "she",   "should", "so",   "some",   "such",  "than",  "that",   "the",
      "their", "them",   "then",  "there", "these", "they",  "this",   "those", "through", "to",   "too",
      "under", "until",  "up",    "us",    "very",  "was",   "we",     "were",  "what",  "when",   "where",
      "which", "while",  "who",   "whom",  "why",   "will",  "with",   "would", "you",   "your",   "yours",
      "it's",  "i'm",    "we're", "don't", "didn't", "wasn't", "there's", "that's", "s",  "t",      "much",
      "many",  "really", "lot",   "get",   "got",   "one"};
  return s.count(w) > 0;
}

void normalise(TermVector& v) {
  double norm = 0;
  for (const auto& [t, w] : v) norm += w * w;
  if (norm <= 0) return;
  norm = std::sqrt(norm);
  for (auto& [t, w] : v) w /= norm;
}

void normalise(TermCentre& c) {
  double norm = 0;
  for (const auto& [t, w] : c) norm += w * w;
  if (norm <= 0) return;
  norm = std::sqrt(norm);
  for (auto& [t, w] : c) w /= norm;
}

double cosine(const TermVector& a, const TermVector& b) {
  double dot = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i].first < b[j].first) ++i;
    else if (b[j].first < a[i].first) ++j;
    else dot += a[i++].second * b[j++].second;
  }
  return dot;
}

double cosine(const TermVector& v, const TermCentre& c) {
  double dot = 0;
  for (const auto& [t, w] : v)
    if (auto it = c.find(t); it != c.end()) dot += w * it->second;
  return dot;
}

}  // namespace canvass
