// Reads the word lists canvass ships as data (one entry a line, '#' starts a comment
// line, blank lines ignored), and the folder they live in.
#pragma once

#include <string>
#include <vector>

#include "model/error.hpp"

namespace canvass {

// The entries of the list at `path`, trimmed, in file order.
Result<std::vector<std::string>> read_word_list(const std::string& path);

// The data folder: $CANVASS_DATA when set, else the data/ folder of the source tree the
// program was built from.
std::string data_dir();

}  // namespace canvass
