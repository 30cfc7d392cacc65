// Reads the word lists and tables canvass ships as data (one entry a line, '#' starts a
// comment line, blank lines ignored), and the folder they live in.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "model/error.hpp"

namespace canvass {

// The entries of the list at `path`, trimmed, in file order.
Result<std::vector<std::string>> read_word_list(const std::string& path);

// Calls `each(line, number)` for every line of the data file at `path` that is neither
// blank nor a comment, without its line end (LF or CRLF); `number` counts from 1. Stops at
// the first error `each` returns. `what` names the file in the error when it cannot be
// read ("tone model").
Status for_each_data_line(const std::string& path, const std::string& what,
                          const std::function<Status(std::string_view line, std::size_t number)>& each);

// The data folder: $CANVASS_DATA when set, else the data/ folder of the source tree the
// program was built from.
std::string data_dir();

}  // namespace canvass
