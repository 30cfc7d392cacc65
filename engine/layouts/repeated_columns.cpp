#include "layouts/repeated_columns.hpp"

#include <map>
#include <set>
#include <tuple>

namespace canvass {

void separate_repeated_columns(SurveyPlan& plan, const std::vector<std::string>& header) {
  struct Occurrence {
    std::size_t number = 1;
    std::set<std::tuple<std::string, std::string, std::string>> seen;  // item, shape, choice
  };
  std::map<std::string, Occurrence> of_question;
  std::map<std::string, std::vector<std::size_t>> repeated;  // answer heading -> its columns (1-based)
  for (std::size_t c = 0; c < plan.columns.size(); ++c) {
    ColumnPlan& p = plan.columns[c];
    if (p.role != ColumnRole::answer && p.role != ColumnRole::other_text) continue;
    const std::string code = p.question;
    Occurrence& o = of_question[code];
    auto key = std::make_tuple(p.item_code, std::to_string(static_cast<int>(p.role)) + std::to_string(static_cast<int>(p.shape)), p.choice);
    if (!o.seen.insert(key).second) {  // this column repeats one of the current question: a new question
      ++o.number;
      o.seen = {key};
    }
    if (c < header.size()) repeated[header[c]].push_back(c + 1);
    if (o.number > 1) {
      const std::string suffix = " (" + std::to_string(o.number) + ")";
      p.question = code + suffix;
      if (!p.item_code.empty()) p.item_code += suffix;
    }
  }
  std::string list;
  for (const auto& [heading, cols] : repeated) {
    if (cols.size() < 2) continue;
    list += (list.empty() ? "" : "; ") + std::string("'") + heading + "' (columns";
    for (std::size_t c : cols) list += " " + std::to_string(c);
    list += ")";
  }
  if (list.empty()) return;
  plan.notes.push_back("repeated column headings, each repeat read as its own question numbered by position: " + list);
}

}  // namespace canvass
