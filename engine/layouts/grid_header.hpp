// Splits a grid column header "Question [Statement]" into its question and statement.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace canvass {

struct GridHeader {
  std::string question;
  std::string statement;
};

// Nothing when the header does not end in a bracketed statement.
std::optional<GridHeader> split_grid_header(std::string_view header);

}  // namespace canvass
