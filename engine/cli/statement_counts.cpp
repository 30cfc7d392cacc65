#include "cli/statement_counts.hpp"

#include <algorithm>
#include <string>
#include <tuple>

#include "report/csv_writer.hpp"

namespace canvass::cli {

void write_statement_counts(std::ostream& out, const std::vector<ItemTally>& tallies) {
  std::vector<std::tuple<std::string, std::string, long>> rows;
  for (const auto& t : tallies) {
    const std::string& statement = t.item.empty() ? t.question : t.item;
    for (std::size_t i = 0; i < t.scale.levels.size(); ++i) rows.emplace_back(statement, t.scale.levels[i].label, t.counts[i]);
    rows.emplace_back(statement, "(blank)", t.missing);
  }
  // std::string compares as unsigned bytes (char_traits<char>::compare is memcmp-like).
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    return std::tie(std::get<0>(a), std::get<1>(a)) < std::tie(std::get<0>(b), std::get<1>(b));
  });
  std::string text = "statement,label,count\n";
  for (const auto& [statement, label, count] : rows) {
    text += csv_field(statement);
    text += ',';
    text += csv_field(label);
    text += ',';
    text += std::to_string(count);
    text += '\n';
  }
  out << text;
}

}  // namespace canvass::cli
