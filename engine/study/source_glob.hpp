// Expands a study's source patterns into files: `*` and `?` within one folder name, `**`
// across any number of folders, relative to the study's folder, in a stable sorted order.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "model/error.hpp"

namespace canvass {

// True when `name` matches the one-segment glob `pattern` (`*`, `?`, anything else literal).
bool glob_segment_matches(std::string_view pattern, std::string_view name);

// True when the pattern has a wildcard (otherwise it names one file).
bool is_glob(std::string_view pattern);

// The regular files matching `pattern` (relative to `base`, or absolute), as paths in the
// form the pattern was written (relative stays relative), sorted. Hidden files and folders
// (".name") match only a segment that itself starts with a dot. Symbolic links to folders
// are not followed by `**`, so a link loop cannot make it run forever.
std::vector<std::string> expand_glob(const std::filesystem::path& base, const std::string& pattern);

}  // namespace canvass
