#include "layouts/grid_header.hpp"

#include "text/fold.hpp"

namespace canvass {

std::optional<GridHeader> split_grid_header(std::string_view header) {
  const std::string h = collapse_spaces(header);
  if (h.size() < 4 || h.back() != ']') return std::nullopt;
  // The statement is the last balanced bracket group; statements may contain brackets.
  int depth = 0;
  for (std::size_t i = h.size(); i-- > 0;) {
    if (h[i] == ']') ++depth;
    if (h[i] == '[' && --depth == 0) {
      std::string question = collapse_spaces(h.substr(0, i));
      std::string statement = collapse_spaces(h.substr(i + 1, h.size() - i - 2));
      if (question.empty() || statement.empty()) return std::nullopt;
      return GridHeader{std::move(question), std::move(statement)};
    }
  }
  return std::nullopt;
}

}  // namespace canvass
