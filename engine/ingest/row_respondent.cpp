#include "ingest/row_respondent.hpp"

#include <algorithm>

#include "text/fold.hpp"

namespace canvass {

namespace {

// Appends `x` as element `used` of `v`, reusing the element already there (and its
// strings' storage) from an earlier row.
template <class T>
void append(std::vector<T>& v, std::size_t& used, const T& x) {
  if (used < v.size()) {
    v[used] = x;
  } else {
    v.push_back(x);
  }
  ++used;
}

}  // namespace

RowRespondent::RowRespondent(const SurveyPlan& plan, const SurveyReader& reader, std::vector<char> settled)
    : plan_(plan), reader_(reader), settled_(std::move(settled)) {
  const std::size_t width = settled_.size();
  labels_.resize(width);
  effects_.resize(width);
  row_effects_.resize(width);
  row_text_.resize(width);
}

void RowRespondent::take_cell(std::size_t c, std::string_view text) {
  if (settled_[c]) {
    row_text_[c].assign(text);
    row_effects_[c] = nullptr;
  } else {
    row_effects_[c] = &effect_of(c, labels_[c].intern(text, 0));
  }
}

RowRespondent::Built RowRespondent::build(std::size_t fields, std::size_t line, Respondent& into) {
  const std::size_t width = settled_.size();
  // Counted answers first: free text is collapsed only when everything else is blank.
  bool blank = true;
  for (std::size_t c = 0; c < std::min(fields, width) && blank; ++c)
    if (row_effects_[c]) blank = row_effects_[c]->blank;
  for (std::size_t c = 0; c < std::min(fields, width) && blank; ++c)
    if (!row_effects_[c]) blank = collapse_spaces(row_text_[c]).empty();
  if (blank && fields <= width) return Built::skipped;  // stray empty rows, as build_survey skips them
  if (fields != width) return Built::wrong_width;

  into.external_id.clear();
  into.submitted_at.clear();
  into.line = line;
  std::size_t attributes = 0, answers = 0, comments = 0;
  std::string type = "response";
  for (std::size_t c = 0; c < width; ++c) {
    const Respondent* adds = nullptr;
    if (const CellEffect* e = row_effects_[c]) {
      if (type == "response") type = e->type;
      adds = &e->adds;
    } else {  // free text, read as it comes
      scratch_.attributes.clear();
      scratch_.answers.clear();
      scratch_.comments.clear();
      reader_.read_cell(c, row_text_[c], scratch_, type);
      adds = &scratch_;
    }
    switch (plan_.columns[c].role) {
      case ColumnRole::respondent_id:
        into.external_id = adds->external_id;
        break;
      case ColumnRole::submitted_at:
        into.submitted_at = adds->submitted_at;
        break;
      default:
        break;
    }
    for (const auto& a : adds->attributes) append(into.attributes, attributes, a);
    for (const auto& a : adds->answers) append(into.answers, answers, a);
    for (const auto& a : adds->comments) append(into.comments, comments, a);
  }
  into.attributes.resize(attributes);
  into.answers.resize(answers);
  into.comments.resize(comments);
  reader_.finish_row(into, type);
  return Built::respondent;
}

const RowRespondent::CellEffect& RowRespondent::effect_of(std::size_t c, std::uint32_t id) {
  auto& slot = effects_[c];
  if (slot.size() <= id) slot.resize(id + 1);
  if (!slot[id]) {
    CellEffect e;
    const std::string& text = labels_[c].label(id).text;
    e.blank = collapse_spaces(text).empty();
    e.type = "response";
    reader_.read_cell(c, text, e.adds, e.type);
    slot[id] = std::move(e);
  }
  return *slot[id];
}

}  // namespace canvass
