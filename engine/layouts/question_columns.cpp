// Planning a table's columns from its header alone: one-header-row exports' questions and
// grids ("Question [Statement]", "Question - Statement"), metadata columns' roles, and the
// shared stem of a grid's labels. What the cells then hold is decided in survey_plan.cpp.
#include <map>

#include "header/header.hpp"
#include "layouts/metadata_columns.hpp"
#include "layouts/survey_plan.hpp"
#include "text/fold.hpp"

namespace canvass {
namespace {

// "Q3": built by append, not operator+, which GCC 12 flags with a false -Wrestrict (PR 105329).
std::string question_code(std::size_t number) { return std::string("Q").append(std::to_string(number)); }

}  // namespace

std::optional<std::string> shared_stem(const std::vector<std::string>& labels, const std::string& separator) {
  if (labels.size() < 2 || separator.empty()) return std::nullopt;
  std::size_t common = labels[0].size();
  for (const auto& l : labels) {
    std::size_t n = 0;
    while (n < common && n < l.size() && l[n] == labels[0][n]) ++n;
    common = n;
  }
  // Back off to the last separator inside the common prefix that every label continues past.
  for (std::size_t at = labels[0].rfind(separator, common); at != std::string::npos && at > 0;
       at = labels[0].rfind(separator, at - 1)) {
    bool all = true;
    for (const auto& l : labels) all = all && l.compare(at, separator.size(), separator) == 0 && l.size() > at + separator.size();
    if (all) return collapse_spaces(labels[0].substr(0, at));
    if (at == 0) break;
  }
  return std::nullopt;
}

void plan_question_columns(const std::vector<std::string>& header, SurveyPlan& plan, std::size_t first_question) {
  plan.columns.resize(header.size());
  std::map<std::string, std::string> code_of_stem;  // grid question text -> code
  std::size_t questions = 0;
  // "Question - Statement" grids only when adjacent columns share the stem.
  auto dash_stem = [&](std::size_t c) -> std::optional<std::pair<std::string, std::string>> {
    auto parts = grammar::split_dash_parts(header[c]);
    if (parts.size() < 2) return std::nullopt;
    std::string stem = parts[0];
    for (std::size_t p = 1; p + 1 < parts.size(); ++p) stem += " - " + parts[p];
    auto stem_of = [&](std::size_t o) {
      auto op = grammar::split_dash_parts(header[o]);
      std::string s = op[0];
      for (std::size_t p = 1; p + 1 < op.size(); ++p) s += " - " + op[p];
      return op.size() >= 2 ? s : std::string();
    };
    const bool shared = (c > 0 && stem_of(c - 1) == stem) || (c + 1 < header.size() && stem_of(c + 1) == stem);
    if (!shared) return std::nullopt;
    return std::make_pair(stem, parts.back());
  };
  for (std::size_t c = first_question; c < header.size(); ++c) {
    ColumnPlan& p = plan.columns[c];
    if (p.planned || p.role != ColumnRole::ignored || !p.question.empty()) continue;  // planned by the caller
    if (auto meta = metadata_column(header[c])) {
      plan_metadata_column(p, *meta);
      continue;
    }
    std::optional<std::pair<std::string, std::string>> grid;
    if (auto b = grammar::parse_bracket_header(header[c])) {
      grid = std::make_pair(b->question, b->statement);
    } else if ((grid = dash_stem(c))) {
      p.tentative_grid = true;
    }
    p.role = ColumnRole::answer;
    if (grid) {
      auto [it, fresh] = code_of_stem.emplace(grid->first, "");
      if (fresh) it->second = question_code(++questions);
      p.question = it->second;
      p.question_text = grid->first;
      p.item_text = grid->second;
      std::size_t n = 0;
      for (std::size_t o = 0; o < c; ++o)
        if (plan.columns[o].question == p.question) ++n;
      p.item_code = p.question + "_" + std::to_string(n + 1);
    } else {
      p.question = question_code(++questions);
      p.question_text = collapse_spaces(header[c]);
      p.item_code = p.question;
    }
  }
}

void plan_metadata_column(ColumnPlan& column, const MetadataColumn& meta, bool flags_responses) {
  switch (meta.use) {
    case MetadataUse::respondent_id: column.role = ColumnRole::respondent_id; break;
    case MetadataUse::submitted_at: column.role = ColumnRole::submitted_at; break;
    case MetadataUse::attribute: column.role = ColumnRole::attribute; break;
    case MetadataUse::response_type:
      column.role = flags_responses ? ColumnRole::response_type : ColumnRole::attribute;
      break;
    case MetadataUse::ignored: column.role = ColumnRole::ignored; break;
  }
  column.attribute = meta.attribute;
}

}  // namespace canvass
