// Chooses the reader for a file by its content (and extension) and returns its Table:
// the one entry point from bytes to cells for every container.
#pragma once

#include <string>
#include <string_view>

#include "model/error.hpp"
#include "sources/table.hpp"

namespace canvass {

// `bytes` are the file's whole content, already read; `path` names it in locations.
// `sheet` names the worksheet of an Excel workbook (empty: the first sheet with data);
// other containers have one table and ignore it.
Result<Table> read_table(const std::string& path, std::string_view bytes, const std::string& sheet = "");

}  // namespace canvass
