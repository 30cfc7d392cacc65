#include "analysis/quote_junk.hpp"

#include <unordered_set>

#include "text/fold.hpp"

namespace canvass {

namespace {

constexpr std::size_t kMinWords = 5;     // "one- to four-word answers" are not quotes
constexpr std::size_t kPointerWords = 12;  // a reference to another answer is short

bool non_answer(const std::string& b) {
  static const std::unordered_set<std::string> n{
      "n a",          "na",           "no",           "none",          "nothing",        "nil",
      "nothing to add", "nothing further", "nothing else", "no comment",  "no comments",    "no further comments",
      "not applicable", "no thanks",  "not really",   "nothing to add thank you", "nothing more to add", "not sure",
      "don t know",   "dont know",    "no other comments", "ditto",      "yes",            "ok"};
  return n.count(b) > 0;
}

// The words of an answer that only sends the reader elsewhere: "as above", "see previous",
// "my earlier comments", "same as question 3", "refer to my answer to Q2".
bool refers_elsewhere(const std::vector<std::string_view>& w) {
  static const std::unordered_set<std::string_view> pointers{"above", "previous", "previously", "earlier", "before",
                                                             "below", "ditto"};
  static const std::unordered_set<std::string_view> pointing{"see", "as", "same", "refer", "repeat", "per", "ditto"};
  static const std::unordered_set<std::string_view> answers{"comment", "comments", "answer", "answers", "response",
                                                            "responses", "question", "q", "point", "points",
                                                            "said", "mentioned", "stated"};
  if (w.empty() || w.size() > kPointerWords) return false;
  bool points = false, to_something = false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (pointing.count(w[i])) points = true;
    if (pointers.count(w[i]) || answers.count(w[i])) to_something = true;
  }
  if (!points || !to_something) return false;
  // Nothing of substance besides the pointer: every word is a pointer word or a small word.
  static const std::unordered_set<std::string_view> filler{
      "my", "the", "i", "to", "in", "at", "of", "and", "please", "all", "what", "have", "has", "already", "been",
      "was", "is", "for", "comments", "answer", "answers", "response", "responses", "question", "q", "point", "points",
      "said", "mentioned", "stated", "see", "as", "same", "refer", "repeat", "per", "ditto", "above", "previous",
      "previously", "earlier", "before", "below", "comment", "section", "box", "made", "given", "i've", "ive", "you",
      "thanks", "thank", "again", "also", "re", "like", "just"};
  for (const auto& x : w)
    if (!filler.count(x)) return false;
  return true;
}

}  // namespace

std::optional<std::string> junk_reason(const std::vector<Word>& pieces) {
  std::string bare;  // letters and digits only, one space between words
  std::vector<std::string_view> letter_words;
  std::size_t letters = 0, visible = 0;
  for (const auto& w : pieces) {
    if (w.kind != Word::Kind::other) {
      if (!bare.empty()) bare += ' ';
      bare.append(w.text);
    }
    if (w.kind == Word::Kind::letters) {
      letter_words.push_back(w.text);
      letters += w.text.size();
    }
    if (w.kind != Word::Kind::other || w.text.find_first_not_of(" \t\r\n") != std::string_view::npos)
      visible += w.text.size();
  }
  if (visible == 0) return "empty";
  if (non_answer(bare)) return "non-answer";
  if (refers_elsewhere(letter_words)) return "refers to another answer";
  if (letters * 2 < visible) return "mostly symbols";
  if (letter_words.size() < kMinWords) return "too short";
  return std::nullopt;
}

std::optional<std::string> junk_reason(std::string_view text) {
  const std::string folded = fold(text);
  return junk_reason(words(folded));
}

}  // namespace canvass
