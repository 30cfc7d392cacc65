#include "scales/scale_vocabulary.hpp"

#include <algorithm>

#include "text/fold.hpp"

namespace canvass {

ScaleVocabulary ScaleVocabulary::builtin() {
  using P = Polarity;
  ScaleVocabulary v;
  v.add_form({"agreement-5",
              "agreement",
              {{"Strongly disagree"},
               {"Disagree"},
               {"Neither agree nor disagree", "Neither agree or disagree", "Neutral", "Neither"},
               {"Agree"},
               {"Strongly agree"}},
              {P::negative, P::negative, P::neutral, P::positive, P::positive}});
  for (const char* label : {"Don't know", "Not applicable", "N/A", "Prefer not to say", "Can't say", "Not sure"})
    v.add_nonsubstantive(label);
  return v;
}

void ScaleVocabulary::add_form(ScaleForm form) {
  FoldedForm folded;
  for (const auto& labels : form.levels) {
    std::vector<std::string> f;
    for (const auto& l : labels) f.push_back(fold(l));
    folded.levels.push_back(std::move(f));
  }
  forms_.push_back(std::move(form));
  folded_forms_.push_back(std::move(folded));
}

void ScaleVocabulary::add_nonsubstantive(std::string label) {
  nonsubstantive_folded_.push_back(fold(label));
  nonsubstantive_.push_back(std::move(label));
}

std::optional<int> ScaleVocabulary::match_level(const FoldedForm& form, const std::string& folded) const {
  for (std::size_t i = 0; i < form.levels.size(); ++i)
    if (std::find(form.levels[i].begin(), form.levels[i].end(), folded) != form.levels[i].end())
      return static_cast<int>(i) + 1;
  return std::nullopt;
}

std::optional<std::string> ScaleVocabulary::match_nonsubstantive(const std::string& folded) const {
  for (std::size_t i = 0; i < nonsubstantive_folded_.size(); ++i)
    if (nonsubstantive_folded_[i] == folded) return nonsubstantive_[i];
  return std::nullopt;
}

std::optional<ScaleMatch> ScaleVocabulary::recognise(const std::vector<std::string>& answers) const {
  std::vector<std::string> folded;
  for (const auto& a : answers) {
    std::string f = fold(a);
    if (!f.empty() && std::find(folded.begin(), folded.end(), f) == folded.end()) folded.push_back(std::move(f));
  }
  for (std::size_t fi = 0; fi < forms_.size(); ++fi) {
    std::vector<std::pair<std::string, int>> substantive;      // folded answer, level
    std::vector<std::pair<std::string, std::string>> nonsub;  // folded answer, display label
    bool fits = true;
    for (const auto& f : folded) {
      if (auto level = match_level(folded_forms_[fi], f)) {
        substantive.emplace_back(f, *level);
      } else if (auto ns = match_nonsubstantive(f)) {
        nonsub.emplace_back(f, *ns);
      } else {
        fits = false;
        break;
      }
    }
    if (!fits || substantive.empty()) continue;
    const ScaleForm& form = forms_[fi];
    ScaleMatch match{Scale{form.name, form.family, {}}, {}};
    int position = 0;
    for (std::size_t i = 0; i < form.levels.size(); ++i)
      match.scale.levels.push_back({++position, form.levels[i].front(), "", form.polarities[i]});
    for (auto& [f, level] : substantive) match.level_by_folded_answer.emplace(f, level);
    // Non-substantive levels in vocabulary order, one level per display label.
    for (const auto& label : nonsubstantive_) {
      bool seen = false;
      for (auto& [f, ns] : nonsub)
        if (ns == label) {
          if (!seen) match.scale.levels.push_back({++position, label, "", Polarity::nonsubstantive});
          seen = true;
          match.level_by_folded_answer.emplace(f, position);
        }
    }
    return match;
  }
  return std::nullopt;
}

std::optional<int> ScaleMatch::level_of(std::string_view answer) const {
  const auto it = level_by_folded_answer.find(fold(answer));
  if (it == level_by_folded_answer.end()) return std::nullopt;
  return it->second;
}

}  // namespace canvass
