#include "cli/suggest.hpp"

#include <algorithm>

namespace canvass::cli {

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i)
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

std::optional<std::string> nearest(const std::string& typed, const std::vector<std::string>& candidates) {
  auto bare = [](const std::string& s) { return s.substr(std::min(s.find_first_not_of('-'), s.size())); };
  const std::string word = bare(typed);
  auto letters = [](std::string s) {
    std::sort(s.begin(), s.end());
    return s;
  };
  // Ties go to a candidate with the same letters: swapped letters are the likelier slip
  // ("--bd" is "--db" before it is "--by").
  std::optional<std::string> best;
  std::size_t best_score = 2 * 3;
  for (const auto& c : candidates) {
    const std::size_t d = edit_distance(word, bare(c));
    if (d > 2 || d >= word.size()) continue;
    const std::size_t score = 2 * d + (letters(word) == letters(bare(c)) ? 0 : 1);
    if (score < best_score) {
      best = c;
      best_score = score;
    }
  }
  return best;
}

std::string did_you_mean(const std::string& typed, const std::vector<std::string>& candidates, bool quoted) {
  const auto n = nearest(typed, candidates);
  if (!n) return "";
  return " \u2014 did you mean " + (quoted ? "'" + *n + "'" : *n) + "?";
}

}  // namespace canvass::cli
