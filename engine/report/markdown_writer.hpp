// Markdown pieces shared by the writers: table cells that cannot break the table.
#pragma once

#include <string>
#include <string_view>

namespace canvass {

// `s` safe inside a Markdown table cell: pipes escaped, line breaks made spaces.
std::string md_cell(std::string_view s);

}  // namespace canvass
