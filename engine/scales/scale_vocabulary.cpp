#include "scales/scale_vocabulary.hpp"

#include <algorithm>

#include "scale_label/scale_label.hpp"
#include "text/fold.hpp"

namespace canvass {

ScaleVocabulary ScaleVocabulary::builtin() {
  using P = Polarity;
  ScaleVocabulary v;
  const std::vector<P> p4{P::negative, P::negative, P::positive, P::positive};
  const std::vector<P> p5{P::negative, P::negative, P::neutral, P::positive, P::positive};
  const std::vector<P> p7{P::negative, P::negative, P::negative, P::neutral, P::positive, P::positive, P::positive};
  const std::vector<std::string> neither{"Neither agree nor disagree", "Neither agree or disagree", "Neutral", "Neither"};
  v.add_form({"agreement-4", "agreement", {{"Strongly disagree"}, {"Disagree"}, {"Agree"}, {"Strongly agree"}}, p4});
  v.add_form({"agreement-5", "agreement",
              {{"Strongly disagree"}, {"Disagree"}, neither, {"Agree"}, {"Strongly agree"}}, p5});
  v.add_form({"agreement-7", "agreement",
              {{"Strongly disagree"}, {"Disagree"}, {"Somewhat disagree", "Slightly disagree", "Tend to disagree"},
               neither, {"Somewhat agree", "Slightly agree", "Tend to agree"}, {"Agree"}, {"Strongly agree"}}, p7});
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
  // Each distinct answer folded, and its label without a numeric prefix ("5 - Strongly agree").
  struct Seen {
    std::string folded;  // the answer as written, folded: the key level_of looks up
    std::string label;   // folded label without its code
    std::string code;    // the numeric prefix, if any
  };
  std::vector<Seen> seen;
  for (const auto& a : answers) {
    std::string f = fold(a);
    if (f.empty()) continue;
    if (std::any_of(seen.begin(), seen.end(), [&](const Seen& s) { return s.folded == f; })) continue;
    Seen s{f, f, ""};
    if (auto coded = grammar::parse_coded_label(f)) {
      s.label = fold(coded->label);
      s.code = coded->code;
    }
    seen.push_back(std::move(s));
  }
  // The smallest form that covers every answer, within the first family that has one.
  std::optional<std::size_t> best;
  for (std::size_t fi = 0; fi < forms_.size(); ++fi) {
    if (best && forms_[fi].family != forms_[*best].family) continue;
    bool fits = true, substantive = false;
    for (const auto& s : seen) {
      if (match_level(folded_forms_[fi], s.label) || match_level(folded_forms_[fi], s.folded)) substantive = true;
      else if (!match_nonsubstantive(s.label) && !match_nonsubstantive(s.folded)) fits = false;
      if (!fits) break;
    }
    if (!fits || !substantive) continue;
    if (!best || forms_[fi].levels.size() < forms_[*best].levels.size()) best = fi;
  }
  if (!best) return std::nullopt;
  const std::size_t fi = *best;
  const ScaleForm& form = forms_[fi];
  ScaleMatch match{Scale{form.name, form.family, {}}, {}};
  int position = 0;
  for (std::size_t i = 0; i < form.levels.size(); ++i)
    match.scale.levels.push_back({++position, form.levels[i].front(), "", form.polarities[i]});
  std::vector<std::pair<const Seen*, std::string>> nonsub;  // answer, display label
  for (const auto& s : seen) {
    auto level = match_level(folded_forms_[fi], s.label);
    if (!level) level = match_level(folded_forms_[fi], s.folded);
    if (level) {
      match.level_by_folded_answer.emplace(s.folded, *level);
      if (!s.code.empty()) match.scale.levels[static_cast<std::size_t>(*level - 1)].code = s.code;
    } else {
      auto ns = match_nonsubstantive(s.label);
      nonsub.emplace_back(&s, ns ? *ns : *match_nonsubstantive(s.folded));
    }
  }
  // Non-substantive levels after the scale, in vocabulary order, one level per display label.
  for (const auto& label : nonsubstantive_) {
    bool added = false;
    for (auto& [s, ns] : nonsub)
      if (ns == label) {
        if (!added) match.scale.levels.push_back({++position, label, s->code, Polarity::nonsubstantive});
        added = true;
        match.level_by_folded_answer.emplace(s->folded, position);
      }
  }
  return match;
}

std::optional<int> ScaleMatch::level_of(std::string_view answer) const {
  const auto it = level_by_folded_answer.find(fold(answer));
  if (it == level_by_folded_answer.end()) return std::nullopt;
  return it->second;
}

}  // namespace canvass
