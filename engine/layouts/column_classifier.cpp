#include "layouts/column_classifier.hpp"

#include <algorithm>
#include <cstdlib>
#include <unordered_set>

#include "text/fold.hpp"

namespace canvass {

bool is_number(const std::string& s) {
  if (s.empty()) return false;
  char* end = nullptr;
  std::strtod(s.c_str(), &end);
  return end == s.c_str() + s.size();
}

namespace {

// Question wording that asks for free text ("Any other comments?", "Why?").
bool asks_for_free_text(const std::string& question) {
  const std::string q = fold(question);
  for (const char* cue : {"comment", "explain", "describe", "why", "suggest", "improve", "anything else", "feedback",
                          "tell us", "please specify", "benefit", "what could", "what would", "in your own words"})
    if (q.find(cue) != std::string::npos) return true;
  return false;
}

// Wording that asks for a 0-10 rating ("On a scale of 0 to 10", "How likely are you to
// recommend"): only then may plain numbers 0..10 be read as a rating scale.
bool asks_for_rating(const std::string& question) {
  const std::string q = fold(question);
  for (const char* cue : {"0 to 10", "0-10", "0 - 10", "0 \xE2\x80\x93 10", "zero to ten", "scale of 0", "scale from 0",
                          "likely are you to recommend", "likely is it that you would recommend"})
    if (q.find(cue) != std::string::npos) return true;
  return false;
}

// Few distinct, short answers, each chosen by several people: a closed question.
bool looks_closed(std::size_t distinct, std::size_t answered, std::size_t longest) {
  if (longest > 80 || distinct > 12) return false;
  if (answered <= 4) return distinct <= 2;
  return distinct * 2 <= answered;
}

}  // namespace

ColumnVerdict classify_answers(const std::string& question, const std::vector<std::string>& answers,
                               const ScaleVocabulary& vocabulary) {
  ColumnVerdict verdict;
  std::vector<std::string> distinct;
  std::unordered_set<std::string> seen;
  std::size_t answered = 0, longest = 0;
  bool numeric = true;
  for (const auto& raw : answers) {
    const std::string a = collapse_spaces(raw);
    if (a.empty()) continue;
    ++answered;
    longest = std::max(longest, a.size());
    numeric = numeric && is_number(a);
    if (seen.insert(a).second) distinct.push_back(a);
  }
  if (answered == 0) return verdict;  // an empty column: free text nobody wrote
  if (distinct.size() > kMaxChoices) {  // too many to be choices or scale levels
    if (numeric) verdict.kind = QuestionKind::numeric;
    return verdict;
  }
  if (auto match = vocabulary.recognise(distinct)) {
    verdict.kind = QuestionKind::likert;
    verdict.scale = std::move(*match);
    return verdict;
  }
  if (asks_for_rating(question)) {
    std::vector<std::string> off_scale;
    auto rating = vocabulary.read_on("rating-0-10", distinct, off_scale);
    if (rating && off_scale.empty() && !rating->level_by_folded_answer.empty()) {
      verdict.kind = QuestionKind::likert;
      verdict.scale = std::move(*rating);
      return verdict;
    }
  }
  if (numeric) {
    verdict.kind = QuestionKind::numeric;
    return verdict;
  }
  const bool closed = asks_for_free_text(question) ? distinct.size() * 3 <= answered && longest <= 30
                                                  : looks_closed(distinct.size(), answered, longest);
  if (closed) {
    verdict.kind = QuestionKind::single;
    verdict.choices = std::move(distinct);
  }
  return verdict;
}

}  // namespace canvass
