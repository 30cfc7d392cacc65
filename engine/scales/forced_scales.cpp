#include "scales/forced_scales.hpp"

#include <algorithm>

#include "text/fold.hpp"

namespace canvass {

namespace {

// Reads question `qi` on `form`: its answers (and, for a free-text question of one
// column, its comments) placed on the scale or refused.
void force(Survey& survey, std::size_t qi, const ForcedScale& forced, const ScaleVocabulary& vocabulary,
           const std::string& path) {
  Question& q = survey.questions[qi];
  if (q.kind == QuestionKind::multi || q.items.empty()) return;
  const bool from_comments = q.kind == QuestionKind::text;
  if (from_comments && q.items.size() != 1) return;  // comments do not say which column they came from
  const bool was_single_attribute = q.kind == QuestionKind::single && q.items.size() == 1;

  if (from_comments)
    for (auto& r : survey.respondents) {
      auto moved = std::stable_partition(r.comments.begin(), r.comments.end(),
                                         [&](const Comment& c) { return c.question != qi; });
      for (auto it = moved; it != r.comments.end(); ++it)
        r.answers.push_back({qi, 0, std::nullopt, collapse_spaces(it->text)});
      r.comments.erase(moved, r.comments.end());
    }
  std::vector<std::string> answers;
  for (const auto& r : survey.respondents)
    for (const auto& a : r.answers)
      if (a.question == qi) answers.push_back(a.raw);
  std::vector<std::string> off_scale;
  auto match = vocabulary.read_on(forced.scale, answers, off_scale);
  if (!match) return;

  q.kind = QuestionKind::likert;
  q.scale = match->scale;
  q.choices.clear();
  for (auto& r : survey.respondents) {
    if (was_single_attribute)  // a single-choice answer doubled as a respondent attribute
      r.attributes.erase(std::remove_if(r.attributes.begin(), r.attributes.end(),
                                        [&](const Attribute& a) { return a.name == q.code; }),
                         r.attributes.end());
    auto off = [&](const Answer& a) { return a.question == qi && !a.level && !fold(a.raw).empty(); };
    for (auto& a : r.answers) {
      if (a.question != qi) continue;
      a.level = match->level_of(a.raw);
      if (!off(a)) continue;
      const std::string item = q.items[a.item].text.empty() ? std::string() : " [" + q.items[a.item].text + "]";
      survey.answer_rejects.push_back(
          {{path, r.line, q.items[a.item].column},
           "answer '" + a.raw + "' to '" + q.text + item + "' is not on the scale " + forced.scale +
               " that the study forces on it: answer left out, rest of the response kept",
           a.raw});
    }
    r.answers.erase(std::remove_if(r.answers.begin(), r.answers.end(), off), r.answers.end());
  }
}

}  // namespace

bool names_question(const ForcedScale& forced, const std::string& code, const std::string& text) {
  const std::string wanted = fold(forced.question);
  return wanted == fold(code) || wanted == fold(text);
}

void apply_forced_scales(Survey& survey, const std::vector<ForcedScale>& forced, const ScaleVocabulary& vocabulary,
                         const std::string& path) {
  for (const auto& f : forced)
    for (std::size_t qi = 0; qi < survey.questions.size(); ++qi)
      if (names_question(f, survey.questions[qi].code, survey.questions[qi].text))
        force(survey, qi, f, vocabulary, path);
}

std::string forced_scales_key(const std::vector<ForcedScale>& forced) {
  std::string key;
  for (const auto& f : forced) key += fold(f.question) + '\x1f' + f.scale + '\x1e';
  return key;
}

}  // namespace canvass
