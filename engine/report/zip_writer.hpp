// Writes a ZIP archive (the container of DOCX and XLSX) in memory with minizip: named
// parts in the order given, deflated, with a fixed timestamp so the same parts give the
// same bytes.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "model/error.hpp"

namespace canvass {

using ZipPart = std::pair<std::string, std::string>;  // name inside the archive, content

// The archive's bytes; `name` names the file in an error.
Result<std::string> zip_parts(const std::string& name, const std::vector<ZipPart>& parts);

}  // namespace canvass
