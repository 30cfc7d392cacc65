#include "layouts/kobotoolbox_layout.hpp"

#include <set>

#include "header/header.hpp"
#include "layouts/metadata_columns.hpp"
#include "text/fold.hpp"

namespace canvass {

namespace {

Signature signature(const Table& table) {
  bool uuid = false, submission_time = false;
  for (const auto& h : table.rows.empty() ? std::vector<std::string>{} : table.rows[0].cells) {
    uuid = uuid || h == "_uuid";
    submission_time = submission_time || h == "_submission_time";
  }
  if (!uuid || !submission_time) return {false, "header lacks `_uuid` and `_submission_time`"};
  return {true, "header has `_uuid` and `_submission_time`"};
}

// Row 2 is HXL hashtags when every cell is empty or a #tag.
bool has_hxl_row(const Table& table) {
  if (table.rows.size() < 2) return false;
  bool any_tag = false;
  for (const auto& c : table.rows[1].cells) {
    const std::string v = collapse_spaces(c);
    if (!v.empty() && v[0] != '#') return false;
    any_tag = any_tag || !v.empty();
  }
  return any_tag;
}

std::string join_path(const std::vector<std::string>& parts, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += (i ? "/" : "") + parts[i];
  return out;
}

Result<SurveyPlan> plan(const Table& table) {
  SurveyPlan p;
  p.platform = "kobotoolbox";
  p.header_rows = has_hxl_row(table) ? 2 : 1;
  const auto& header = table.rows[0].cells;
  p.columns.resize(header.size());
  const std::set<std::string> names(header.begin(), header.end());
  std::size_t questions = 0;
  std::string last_group;
  std::string group_code;
  for (std::size_t c = 0; c < header.size(); ++c) {
    ColumnPlan& col = p.columns[c];
    const std::string h = collapse_spaces(header[c]);
    if (auto meta = form_metadata_column(h)) {
      col.planned = true;
      plan_metadata_column(col, *meta, false);
      continue;
    }
    const auto parts = grammar::split_path(h, '/');
    col.role = ColumnRole::answer;
    if (parts.size() > 1 && names.count(join_path(parts, parts.size() - 1))) {
      // `question/choice` beside the question's summary column: one 1/0 flag per choice
      const std::string question = join_path(parts, parts.size() - 1);
      for (std::size_t o = 0; o < c; ++o)
        if (collapse_spaces(header[o]) == question) col.question = p.columns[o].question;
      col.question_text = parts[parts.size() - 2];
      col.shape = CellShape::flag;
      col.choice = parts.back();
      last_group.clear();
      continue;
    }
    if (parts.size() > 1) {  // a question inside a group: the group may be a Likert grid
      const std::string group = join_path(parts, parts.size() - 1);
      if (group != last_group) group_code = "Q" + std::to_string(++questions);
      last_group = group;
      col.question = group_code;
      col.question_text = parts[parts.size() - 2];
      col.item_code = group_code + "_" + parts.back();
      col.item_text = parts.back();
      col.tentative_grid = true;
      continue;
    }
    last_group.clear();
    col.question = "Q" + std::to_string(++questions);
    col.question_text = h;
    col.item_code = col.question;
  }
  if (p.header_rows == 2) p.notes.push_back("row 2 holds HXL hashtags: 2 header rows");
  p.notes.push_back("`group/question` paths form a grid when their answers share one scale");
  p.notes.push_back("select_multiple read from its `question/choice` 1/0 columns");
  return p;
}

}  // namespace

Layout kobotoolbox_layout() { return {"kobotoolbox", "KoboToolbox CSV export", signature, plan}; }

}  // namespace canvass
