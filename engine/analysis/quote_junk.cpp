#include "analysis/quote_junk.hpp"

#include <unordered_set>

#include "text/fold.hpp"
#include "text/words.hpp"

namespace canvass {

namespace {

constexpr std::size_t kMinWords = 5;  // "one- to four-word answers" are not quotes

// The answer with letters and digits only, words separated by one space.
std::string bare(std::string_view text) {
  std::string out;
  const std::string folded = fold(text);  // outlives the loop: each word is a view into it
  for (const auto& w : words(folded)) {
    if (w.kind == Word::Kind::other) continue;
    if (!out.empty()) out += ' ';
    out.append(w.text);
  }
  return out;
}

bool non_answer(const std::string& b) {
  static const std::unordered_set<std::string> n{
      "n a",          "na",           "no",           "none",          "nothing",        "nil",
      "nothing to add", "nothing further", "nothing else", "no comment",  "no comments",    "no further comments",
      "see above",    "as above",     "same as above", "not applicable", "no thanks",      "not really",
      "nothing to add thank you", "nothing more to add", "not sure", "don t know", "dont know", "no other comments",
      "see previous answer", "as before", "ditto", "yes", "ok"};
  return n.count(b) > 0;
}

}  // namespace

std::optional<std::string> junk_reason(std::string_view text) {
  const std::string trimmed = collapse_spaces(text);
  if (trimmed.empty()) return "empty";
  if (non_answer(bare(trimmed))) return "non-answer";
  std::size_t letters = 0, word_count = 0, visible = 0;
  for (const auto& w : words(trimmed)) {
    if (w.kind == Word::Kind::letters) {
      ++word_count;
      letters += w.text.size();
    }
    if (w.kind != Word::Kind::other || w.text.find_first_not_of(" \t\r\n") != std::string_view::npos)
      visible += w.text.size();
  }
  if (visible == 0 || letters * 2 < visible) return "mostly symbols";
  if (word_count < kMinWords) return "too short";
  return std::nullopt;
}

}  // namespace canvass
