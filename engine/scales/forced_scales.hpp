// A study's scale overrides applied to a survey as it is read: the named questions are
// read on the named scale form, whatever the answers looked like to recognise().
#pragma once

#include <string>
#include <vector>

#include "model/survey.hpp"
#include "scales/scale_vocabulary.hpp"

namespace canvass {

struct ForcedScale {
  std::string question;  // the question's code or wording, matched folded
  std::string scale;     // a form of the vocabulary ("agreement-5")
};

// True when `question` is the one `forced` names: its code or its wording, folded.
bool names_question(const ForcedScale& forced, const std::string& code, const std::string& text);

// Reads every question of `survey` that a ForcedScale names on that scale: it becomes a
// Likert question on the form (non-substantive labels after it), each answer placed on
// its level. An answer that is not on the form is not guessed at: it is left out of the
// respondent's answers and recorded in survey.answer_rejects at its line and column, the
// rest of the response kept. Multi-select questions (several answers per cell) are left
// as they are. Forms the vocabulary lacks are skipped (the study run refuses them first).
void apply_forced_scales(Survey& survey, const std::vector<ForcedScale>& forced, const ScaleVocabulary& vocabulary,
                         const std::string& path);

// A text that changes whenever the forced scales do: part of a source's identity, so a
// file read under other overrides is read again rather than skipped as unchanged.
std::string forced_scales_key(const std::vector<ForcedScale>& forced);

}  // namespace canvass
