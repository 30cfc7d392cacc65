#include "layouts/multi_select.hpp"

#include <map>

#include "text/fold.hpp"

namespace canvass {

std::vector<std::string> split_choices(std::string_view cell, std::string_view separator) {
  std::vector<std::string> out;
  if (separator.empty()) {
    std::string one = collapse_spaces(cell);
    if (!one.empty()) out.push_back(std::move(one));
    return out;
  }
  // A space separator means any run of white space (Kobo/ODK select_multiple names).
  const bool on_space = separator == " ";
  std::size_t start = 0;
  while (start <= cell.size()) {
    std::size_t at = on_space ? cell.find_first_of(" \t\r\n", start) : cell.find(separator, start);
    if (at == std::string_view::npos) at = cell.size();
    std::string part = collapse_spaces(cell.substr(start, at - start));
    if (!part.empty()) out.push_back(std::move(part));
    start = at + (on_space ? 1 : separator.size());
  }
  return out;
}

bool is_ticked(std::string_view cell) {
  const std::string f = fold(cell);
  return !(f.empty() || f == "0" || f == "n" || f == "no" || f == "false" || f == "-99");
}

bool looks_multi_select(const std::vector<std::string>& cells, std::string_view separator) {
  if (separator.empty()) return false;
  std::map<std::string, int> parts;  // folded part -> cells holding it
  std::size_t joined = 0, answered = 0;
  for (const auto& cell : cells) {
    const auto choices = split_choices(cell, separator);
    if (choices.empty()) continue;
    ++answered;
    if (choices.size() > 1) ++joined;
    for (const auto& c : choices) {
      if (c.size() > 60) return false;  // a sentence, not a choice label
      ++parts[fold(c)];
    }
  }
  if (joined == 0 || parts.size() > 15) return false;
  std::size_t recurring = 0;
  for (const auto& [part, n] : parts)
    if (n >= 2) ++recurring;
  return recurring * 2 >= parts.size() && parts.size() < answered + joined;
}

}  // namespace canvass
