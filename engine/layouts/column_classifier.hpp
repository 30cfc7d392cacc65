// Decides what a column (or a block of grid columns) holds from the answers in it:
// a Likert scale, a single choice, numbers, or free text.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/survey.hpp"
#include "scales/scale_vocabulary.hpp"

namespace canvass {

// More different answers than this and a column is free text, whatever its question
// says: no one chooses among a thousand options, and each choice costs a group in
// every breakdown.
inline constexpr std::size_t kMaxChoices = 1000;

struct ColumnVerdict {
  QuestionKind kind = QuestionKind::text;
  std::optional<ScaleMatch> scale;    // likert only
  std::vector<std::string> choices;   // single only, first-seen order
};

// `answers` are every cell of the column(s), blanks included; `question` is its wording,
// which tells an open question ("Any other comments?") from a closed one at small n.
ColumnVerdict classify_answers(const std::string& question, const std::vector<std::string>& answers,
                               const ScaleVocabulary& vocabulary);

// Whether a whole answer is one number ("3", "-0.5", "1e3"), as the classifier reads numbers.
bool is_number(const std::string& s);

}  // namespace canvass
