#include "analysis/term_vectors.hpp"

#include <cmath>
#include <unordered_set>

namespace canvass {

namespace {

void normalise(TermVector& v) {
  double norm = 0;
  for (const auto& [t, w] : v) norm += w * w;
  if (norm <= 0) return;
  norm = std::sqrt(norm);
  for (auto& [t, w] : v) w /= norm;
}

}  // namespace

bool is_stop_word(const std::string& w) {
  static const std::unordered_set<std::string> s{
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

std::vector<TermVector> tfidf_vectors(const std::vector<std::vector<std::string>>& documents) {
  std::unordered_map<std::string, int> df;
  for (const auto& doc : documents) {
    std::unordered_set<std::string> seen(doc.begin(), doc.end());
    for (const auto& t : seen) ++df[t];
  }
  const double n = static_cast<double>(documents.size());
  std::vector<TermVector> out;
  out.reserve(documents.size());
  for (const auto& doc : documents) {
    TermVector v;
    for (const auto& t : doc) v[t] += 1.0;
    for (auto& [t, tf] : v) tf *= std::log((1.0 + n) / (1.0 + df[t])) + 1.0;
    normalise(v);
    out.push_back(std::move(v));
  }
  return out;
}

double cosine(const TermVector& a, const TermVector& b) {
  const TermVector& small = a.size() <= b.size() ? a : b;
  const TermVector& large = a.size() <= b.size() ? b : a;
  double dot = 0;
  for (const auto& [t, w] : small)
    if (auto it = large.find(t); it != large.end()) dot += w * it->second;
  return dot;  // both are unit length
}

TermVector centroid(const std::vector<const TermVector*>& vectors) {
  TermVector c;
  for (const TermVector* v : vectors)
    for (const auto& [t, w] : *v) c[t] += w;
  normalise(c);
  return c;
}

}  // namespace canvass
