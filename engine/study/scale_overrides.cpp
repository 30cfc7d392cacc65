#include "study/scale_overrides.hpp"

namespace canvass {

std::vector<ForcedScale> forced_scales(const StudyConfig& study) {
  std::vector<ForcedScale> out;
  for (const auto& o : study.scale_overrides) out.push_back({o.question, o.scale});
  return out;
}

std::vector<Error> unknown_scales(const StudyConfig& study, const ScaleVocabulary& vocabulary) {
  std::vector<Error> out;
  for (const auto& o : study.scale_overrides) {
    if (vocabulary.form(o.scale)) continue;
    std::string known;
    for (const auto& f : vocabulary.forms()) known += (known.empty() ? "" : ", ") + f.name;
    out.push_back(Error{o.where, "scale override for '" + o.question + "': no scale named '" + o.scale +
                                     "' (the scales are " + known + ")",
                        Error::Kind::usage});
  }
  return out;
}

Result<std::vector<Error>> unapplied_scale_overrides(Database& db, const StudyConfig& study) {
  struct Stored {
    std::string code, text, scale;
  };
  std::vector<Stored> questions;
  auto st = db.prepare("SELECT q.code, q.text, coalesce(s.name, '') FROM question q LEFT JOIN scale s ON s.id = q.scale_id");
  if (!st) return st.error();
  for (;;) {
    auto row = st->step();
    if (!row) return row.error();
    if (!*row) break;
    questions.push_back({st->text(0), st->text(1), st->text(2)});
  }
  std::vector<Error> out;
  for (const auto& o : study.scale_overrides) {
    bool named = false, applied = false;
    for (const auto& q : questions)
      if (names_question({o.question, o.scale}, q.code, q.text)) {
        named = true;
        applied = applied || q.scale == o.scale;
      }
    if (!named)
      out.push_back(Error{o.where, "scale override: no question '" + o.question +
                                       "' (by code or wording) in the study's sources"});
    else if (!applied)
      out.push_back(Error{o.where, "scale override: question '" + o.question + "' could not be read on " + o.scale +
                                       " (a multi-select question, or free text over several columns)"});
  }
  return out;
}

}  // namespace canvass
