#include "scales/scale_vocabulary.hpp"
#include "model/install_paths.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "scale_label/scale_label.hpp"
#include "sources/file_bytes.hpp"
#include "sources/xml_reader.hpp"
#include "text/fold.hpp"

namespace canvass {

namespace {

// Reads <family><form><level polarity><label>… and <nonsubstantive><label>… into a vocabulary.
class VocabularyReader : public XmlVisitor {
 public:
  explicit VocabularyReader(ScaleVocabulary& v) : v_(v) {}

  void start_element(const XmlElement& e) override {
    text_.clear();
    if (e.name == "family") {
      family_ = std::string(e.attribute("name").value_or(""));
      by_wording_ = e.attribute("chosen-by").value_or("answers") == "wording";
    }
    if (e.name == "form") {
      form_ = ScaleForm{std::string(e.attribute("name").value_or("")), family_, {}, {}, {}};
      form_.chosen_by_wording = by_wording_;
    }
    if (e.name == "label") {  // the schema's default is "en": the vocabulary's first language
      lang_ = std::string(e.attribute("lang").value_or("en"));
      if (lang_ == "en") lang_.clear();
    }
    if (e.name == "level") {
      form_.levels.emplace_back();
      form_.languages.emplace_back();
      form_.polarities.push_back(polarity_from_string(e.attribute("polarity").value_or("neutral")).value_or(Polarity::neutral));
    }
    if (e.name == "nonsubstantive") in_nonsubstantive_ = true;
  }
  void characters(std::string_view text) override { text_ += text; }
  void end_element(std::string_view name, std::string_view) override {
    if (name == "label") {
      if (in_nonsubstantive_) v_.add_nonsubstantive(collapse_spaces(text_));
      else if (!form_.levels.empty()) {
        form_.levels.back().push_back(collapse_spaces(text_));
        form_.languages.back().push_back(lang_);
      }
    }
    if (name == "form") v_.add_form(std::move(form_));
    if (name == "nonsubstantive") in_nonsubstantive_ = false;
    text_.clear();
  }

 private:
  ScaleVocabulary& v_;
  std::string family_, text_, lang_;
  ScaleForm form_;
  bool in_nonsubstantive_ = false;
  bool by_wording_ = false;
};

}  // namespace

Result<ScaleVocabulary> ScaleVocabulary::load(const std::string& path, const std::string& schema_path) {
  auto bytes = read_file_bytes(path, std::size_t{16} << 20);
  if (!bytes) return bytes.error();
  ScaleVocabulary v;
  VocabularyReader reader(v);
  CANVASS_TRY(parse_xml(*bytes, Location{path}, reader, XmlOptions::validated_by(schema_path)));
  if (v.forms_.empty()) return Error{{path}, "the scale vocabulary defines no scale forms"};
  return v;
}

Result<ScaleVocabulary> ScaleVocabulary::shipped() { return shipped(install_dir()); }

Result<ScaleVocabulary> ScaleVocabulary::shipped(const std::string& data_dir) {
  return load(data_dir + "/grammars/scales.xml", data_dir + "/schemas/scales.xsd");
}

ScaleVocabulary ScaleVocabulary::builtin() {
  auto v = shipped();
  if (!v) {
    std::fprintf(stderr, "%s\n", v.error().to_string().c_str());
    std::exit(3);
  }
  return std::move(v).value();
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

std::string ScaleVocabulary::language_of(std::string_view label) const {
  const std::string folded = fold(label);
  std::string found;
  for (std::size_t fi = 0; fi < forms_.size(); ++fi)
    for (std::size_t level = 0; level < folded_forms_[fi].levels.size() && level < forms_[fi].languages.size(); ++level) {
      const auto& labels = folded_forms_[fi].levels[level];
      for (std::size_t j = 0; j < labels.size() && j < forms_[fi].languages[level].size(); ++j) {
        if (labels[j] != folded) continue;
        const std::string& lang = forms_[fi].languages[level][j];
        if (lang.empty() || (!found.empty() && found != lang)) return "";  // English, or not one language
        found = lang;
      }
    }
  return found;
}

bool ScaleVocabulary::is_nonsubstantive(std::string_view label) const {
  return match_nonsubstantive(fold(label)).has_value();
}

// Each distinct answer folded, and its label without a numeric prefix ("5 - Strongly agree").
struct ScaleVocabulary::Seen {
  std::string folded;  // the answer as written, folded: the key level_of looks up
  std::string label;   // folded label without its code
  std::string code;    // the numeric prefix, if any
  std::string written;  // the answer as first written
};

namespace {

template <typename Seen>
std::vector<Seen> distinct_answers(const std::vector<std::string>& answers) {
  std::vector<Seen> seen;
  for (const auto& a : answers) {
    std::string f = fold(a);
    if (f.empty()) continue;
    if (std::any_of(seen.begin(), seen.end(), [&](const Seen& s) { return s.folded == f; })) continue;
    Seen s{f, f, "", a};
    if (auto coded = grammar::parse_coded_label(f)) {
      s.label = fold(coded->label);
      s.code = coded->code;
    }
    seen.push_back(std::move(s));
  }
  return seen;
}

}  // namespace

const ScaleForm* ScaleVocabulary::form(std::string_view name) const {
  for (const auto& f : forms_)
    if (f.name == name) return &f;
  return nullptr;
}

bool ScaleVocabulary::fits_form(std::size_t fi, const Seen& s) const {
  return match_level(folded_forms_[fi], s.label) || match_level(folded_forms_[fi], s.folded) ||
         match_nonsubstantive(s.label) || match_nonsubstantive(s.folded);
}

std::optional<ScaleMatch> ScaleVocabulary::read_on(std::string_view name, const std::vector<std::string>& answers,
                                                   std::vector<std::string>& off_scale) const {
  const ScaleForm* f = form(name);
  if (!f) return std::nullopt;
  const auto fi = static_cast<std::size_t>(f - forms_.data());
  std::vector<Seen> fitting;
  for (auto& s : distinct_answers<Seen>(answers)) {
    if (fits_form(fi, s)) fitting.push_back(std::move(s));
    else off_scale.push_back(s.written);
  }
  return match_form(fi, fitting);
}

std::optional<ScaleMatch> ScaleVocabulary::recognise(const std::vector<std::string>& answers, Labels labels) const {
  const std::vector<Seen> seen = distinct_answers<Seen>(answers);
  // Within the first family that covers every answer, the form ranked best (see header).
  std::size_t substantive_answers = 0;
  auto rank = [&](std::size_t fi) {
    const std::size_t points = forms_[fi].levels.size();
    if (labels == Labels::complete) return std::make_pair(points == substantive_answers ? 0 : 1, points);
    return std::make_pair(points == 5 ? 0 : 1, points);
  };
  std::optional<std::size_t> best;
  for (std::size_t fi = 0; fi < forms_.size(); ++fi) {
    if (forms_[fi].chosen_by_wording || (best && forms_[fi].family != forms_[*best].family)) continue;
    bool fits = true, substantive = false;
    std::size_t hits = 0;
    for (const auto& s : seen) {
      if (match_level(folded_forms_[fi], s.label) || match_level(folded_forms_[fi], s.folded)) substantive = true, ++hits;
      else if (!match_nonsubstantive(s.label) && !match_nonsubstantive(s.folded)) fits = false;
      if (!fits) break;
    }
    if (!fits || !substantive) continue;
    substantive_answers = hits;
    if (!best || rank(fi) < rank(*best)) best = fi;
  }
  if (!best) return std::nullopt;
  return match_form(*best, seen);
}

// The match on form `fi` of answers that all fit it.
ScaleMatch ScaleVocabulary::match_form(std::size_t fi, const std::vector<Seen>& seen) const {
  const ScaleForm& form = forms_[fi];
  ScaleMatch match{Scale{form.name, form.family, {}}, {}};
  int position = 0;
  for (std::size_t i = 0; i < form.levels.size(); ++i)
    match.scale.levels.push_back({++position, form.levels[i].front(), "", form.polarities[i]});
  std::vector<std::pair<const Seen*, std::string>> nonsub;  // answer, display label
  // Labels as the source wrote them when it answered in another language than the
  // vocabulary's first (Welsh "Cytuno'n gryf", not "Strongly agree"); the level's
  // position stays the canonical level.
  std::string language;
  std::vector<std::string> written(form.levels.size());
  auto language_of = [&](std::size_t level, const std::string& folded) -> std::string {
    if (level >= form.languages.size()) return "";
    const auto& labels = folded_forms_[fi].levels[level];
    for (std::size_t j = 0; j < labels.size() && j < form.languages[level].size(); ++j)
      if (labels[j] == folded) return form.languages[level][j];
    return "";
  };
  for (const auto& s : seen) {
    auto level = match_level(folded_forms_[fi], s.label);
    if (!level) level = match_level(folded_forms_[fi], s.folded);
    if (level) {
      const auto index = static_cast<std::size_t>(*level - 1);
      std::string lang = language_of(index, s.label);
      if (lang.empty()) lang = language_of(index, s.folded);
      if (!lang.empty() && language.empty()) language = lang;
      if (!lang.empty() && lang == language && s.code.empty() && written[index].empty()) written[index] = s.written;
      match.level_by_folded_answer.emplace(s.folded, *level);
      if (!s.code.empty()) match.scale.levels[static_cast<std::size_t>(*level - 1)].code = s.code;
    } else {
      auto ns = match_nonsubstantive(s.label);
      nonsub.emplace_back(&s, ns ? *ns : *match_nonsubstantive(s.folded));
    }
  }
  if (!language.empty())
    for (std::size_t i = 0; i < form.levels.size(); ++i) {
      if (!written[i].empty()) {
        match.scale.levels[i].label = collapse_spaces(written[i]);
        continue;
      }
      for (std::size_t j = 0; i < form.languages.size() && j < form.languages[i].size(); ++j)
        if (form.languages[i][j] == language) {
          match.scale.levels[i].label = form.levels[i][j];
          break;
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
