// Reads a whole file into memory, with a size cap, as an error value when it cannot.
#pragma once

#include <cstddef>
#include <string>

#include "model/error.hpp"

namespace canvass {

inline constexpr std::size_t kDefaultMaxFileBytes = std::size_t{2} << 30;  // 2 GiB

Result<std::string> read_file_bytes(const std::string& path, std::size_t max_bytes = kDefaultMaxFileBytes);

}  // namespace canvass
