#include "layouts/qualtrics_layout.hpp"

#include <map>

#include "header/header.hpp"
#include "layouts/metadata_columns.hpp"
#include "text/fold.hpp"

namespace canvass {

namespace {

Signature signature(const Table& table) {
  auto id = grammar::parse_import_id_cell(cell_at(table, 2, 0));
  if (!id) return {false, "row 3 cell 1 is not an ImportId object"};
  const bool dict = cell_at(table, 2, 0).find('\'') != std::string::npos;
  return {true, dict ? "row 3 holds ImportIds as Python dicts (2016 Insights export): 3 header rows"
                     : "row 3 holds ImportId JSON: 3 header rows"};
}

Signature legacy_signature(const Table& table) {
  if (fold(cell_at(table, 0, 0)) != "v1" || fold(cell_at(table, 0, 1)) != "v2")
    return {false, "row 1 does not begin `V1,V2`"};
  if (fold(cell_at(table, 1, 0)) != "responseid") return {false, "row 1 begins `V1,V2` but row 2 lacks `ResponseID`"};
  return {true, "row 1 begins `V1,V2`, row 2 begins `ResponseID`: the legacy 2-row export"};
}

void plan_metadata(ColumnPlan& p, const std::string& header) {
  auto meta = metadata_column(header);
  if (!meta) {  // embedded data: a respondent attribute under its own name
    p.role = ColumnRole::attribute;
    p.attribute = collapse_spaces(header);
    return;
  }
  switch (meta->use) {
    case MetadataUse::respondent_id: p.role = ColumnRole::respondent_id; break;
    case MetadataUse::submitted_at: p.role = ColumnRole::submitted_at; break;
    case MetadataUse::response_type: p.role = ColumnRole::response_type; break;
    case MetadataUse::attribute: p.role = ColumnRole::attribute; break;
    case MetadataUse::ignored: p.role = ColumnRole::ignored; break;
  }
  p.attribute = meta->attribute;
}

// The label without the parts Qualtrics appends to it.
std::string clean_label(std::string label) {
  for (const char* suffix : {" - Selected Choice", "-Selected Choice"})
    if (label.size() > std::string(suffix).size() && label.ends_with(suffix))
      label.resize(label.size() - std::string(suffix).size());
  return collapse_spaces(label);
}

// One question's columns: their labels decide the question text and each statement.
struct Group {
  std::string code;
  std::vector<std::size_t> columns;
};

// Fills question text and statements of a group of columns from their labels, which
// are "Question<sep>Statement" (and, in 2016 exports, "<sep>Scale point").
void name_group(SurveyPlan& p, const Group& g, const std::vector<std::string>& labels, const std::string& separator) {
  std::vector<std::string> group_labels;
  for (std::size_t c : g.columns) group_labels.push_back(clean_label(labels[c]));
  auto stem = g.columns.size() > 1 ? shared_stem(group_labels, separator) : std::nullopt;
  for (std::size_t i = 0; i < g.columns.size(); ++i) {
    ColumnPlan& col = p.columns[g.columns[i]];
    col.question = g.code;
    if (stem) {
      col.question_text = *stem;
      col.item_text = collapse_spaces(group_labels[i].substr(stem->size() + separator.size()));
    } else {
      col.question_text = group_labels[i];
    }
    if (col.shape == CellShape::flag) {  // the choice is the label's last part
      col.choice = col.item_text.empty() ? col.question_text : col.item_text;
      const auto cut = col.choice.rfind(separator);
      if (cut != std::string::npos && stem) col.choice = collapse_spaces(col.choice.substr(cut + separator.size()));
      col.item_text.clear();
    }
  }
}

// The export tag without its last `_part`: the question's code for a grid.
std::string tag_stem(const std::string& tag) {
  const auto cut = tag.rfind('_');
  return cut == std::string::npos ? tag : tag.substr(0, cut);
}

// The ImportId stem of group `gi`.
std::string it_stem(const std::map<std::string, std::size_t>& group_of, std::size_t gi) {
  for (const auto& [stem, g] : group_of)
    if (g == gi) return stem;
  return {};
}

Result<SurveyPlan> plan(const Table& table) {
  SurveyPlan p;
  p.platform = "qualtrics";
  p.header_rows = 3;
  const auto& tags = table.rows[0].cells;
  const auto& labels = table.rows[1].cells;
  const bool dict = cell_at(table, 2, 0).find('\'') != std::string::npos;
  const std::string separator = dict ? "-" : " - ";
  p.columns.resize(tags.size());
  std::vector<Group> groups;
  std::map<std::string, std::size_t> group_of;  // QID stem -> group
  for (std::size_t c = 0; c < tags.size(); ++c) {
    ColumnPlan& col = p.columns[c];
    const auto cell = grammar::parse_import_id_cell(cell_at(table, 2, c));
    const auto qid = cell ? grammar::parse_qualtrics_import_id(cell->import_id) : std::nullopt;
    if (!qid) {
      if (cell && (cell->import_id.ends_with("_DO") || cell->import_id.find("Topics") != std::string::npos)) continue;
      plan_metadata(col, tags[c]);
      continue;
    }
    const auto& parts = qid->parts;
    const bool text = !parts.empty() && parts.back() == "TEXT";
    if ((!parts.empty() && parts.back() == "DO") || cell->import_id.find("Topics") != std::string::npos) continue;
    auto [it, fresh] = group_of.emplace(qid->stem, groups.size());
    if (fresh) groups.push_back({"", {}});
    Group& g = groups[it->second];
    if (text && parts.size() > 1) {  // the text box of an "Other, please specify" choice
      col.role = ColumnRole::other_text;
      col.question = qid->stem;
      col.question_text = clean_label(grammar::split_dash_parts(labels[c]).front());
      continue;
    }
    col.role = ColumnRole::answer;
    col.item_code = collapse_spaces(tags[c]);
    if (!cell->choice_id.empty()) col.shape = CellShape::flag;
    if (text) col.kind = QuestionKind::text;
    g.columns.push_back(c);
  }
  for (std::size_t gi = 0; gi < groups.size(); ++gi) {
    Group& g = groups[gi];
    if (g.columns.empty()) continue;
    // QIDn-TEXT beside QIDn's own choice column is that choice question's "Other (please
    // specify)" box (2016 exports write no choice number): a comment on it, not an item.
    std::vector<std::size_t> boxes, answers;
    for (std::size_t c : g.columns) (p.columns[c].kind == QuestionKind::text ? boxes : answers).push_back(c);
    if (!boxes.empty() && !answers.empty()) {
      for (std::size_t c : boxes) {
        p.columns[c] = ColumnPlan{};
        p.columns[c].role = ColumnRole::other_text;
        p.columns[c].question = it_stem(group_of, gi);
      }
      g.columns = answers;
    }
    const std::string first_tag = collapse_spaces(tags[g.columns.front()]);
    g.code = g.columns.size() > 1 ? tag_stem(first_tag) : first_tag;
    name_group(p, g, labels, separator);
  }
  // "Other" text boxes of questions: find their question's code.
  for (auto& col : p.columns)
    if (col.role == ColumnRole::other_text) {
      for (const auto& [stem, gi] : group_of)
        if (stem == col.question && !groups[gi].code.empty()) col.question = groups[gi].code;
    }
  p.notes.push_back(std::string("row 1: export tags; row 2: labels joined by '") + separator + "'; row 3: ImportIds");
  p.notes.push_back("Status becomes response_type (preview, test, spam, imported); metadata become attributes");
  return p;
}

Result<SurveyPlan> legacy_plan(const Table& table) {
  SurveyPlan p;
  p.platform = "qualtrics-legacy";
  p.header_rows = 2;
  const auto& tags = table.rows[0].cells;
  const auto& labels = table.rows[1].cells;
  p.columns.resize(tags.size());
  std::vector<Group> groups;
  std::map<std::string, std::size_t> group_of;
  for (std::size_t c = 0; c < tags.size(); ++c) {
    ColumnPlan& col = p.columns[c];
    const std::string tag = collapse_spaces(tags[c]);
    if (tag.empty()) continue;  // the empty column every trailing comma makes
    const bool v_column = tag.size() >= 2 && (tag[0] == 'V' || tag[0] == 'v') &&
                          tag.find_first_not_of("0123456789", 1) == std::string::npos;
    auto qtag = grammar::parse_qualtrics_tag(tag);
    if (v_column || !qtag || metadata_column(tag)) {
      plan_metadata(col, v_column ? labels[c] : tag);
      continue;
    }
    const std::string stem = qtag->parts.empty() ? tag : tag_stem(tag);
    auto [it, fresh] = group_of.emplace(stem, groups.size());
    if (fresh) groups.push_back({stem, {}});
    col.role = ColumnRole::answer;
    col.item_code = tag;
    groups[it->second].columns.push_back(c);
  }
  for (auto& g : groups) {
    if (g.columns.size() == 1) g.code = collapse_spaces(tags[g.columns.front()]);
    name_group(p, g, labels, "-");
    for (std::size_t c : g.columns) {  // "Question -Statement" spacing varies: tidy both ends
      p.columns[c].question_text = collapse_spaces(p.columns[c].question_text);
      if (!p.columns[c].item_text.empty() && p.columns[c].item_text.front() == ' ')
        p.columns[c].item_text = collapse_spaces(p.columns[c].item_text);
    }
  }
  p.notes.push_back("row 1: V1..V10 and question tags; row 2: metadata names and question text");
  return p;
}

}  // namespace

Layout qualtrics_layout() { return {"qualtrics", "Qualtrics (3 header rows with ImportIds)", signature, plan}; }
Layout qualtrics_legacy_layout() {
  return {"qualtrics-legacy", "Qualtrics legacy export (2 header rows, V1..V10)", legacy_signature, legacy_plan};
}

}  // namespace canvass
