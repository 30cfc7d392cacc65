#include "study/source_glob.hpp"

#include <algorithm>

namespace canvass {

namespace fs = std::filesystem;

bool glob_segment_matches(std::string_view pattern, std::string_view name) {
  // Greedy match with one backtrack point: the last `*` seen.
  std::size_t p = 0, n = 0, star = std::string_view::npos, resume = 0;
  while (n < name.size()) {
    if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == name[n])) {
      ++p;
      ++n;
    } else if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      resume = n;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      n = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

bool is_glob(std::string_view pattern) { return pattern.find_first_of("*?") != std::string_view::npos; }

namespace {

std::string join(const std::string& rel, const std::string& name) { return rel.empty() ? name : rel + "/" + name; }

bool hidden(const std::string& name) { return !name.empty() && name[0] == '.'; }

struct Walk {
  std::vector<std::string> segments;
  std::vector<std::string> found;

  void match(const fs::path& at, const std::string& rel, std::size_t i) {
    std::error_code ec;
    if (i == segments.size()) {
      if (fs::is_regular_file(at, ec)) found.push_back(rel);
      return;
    }
    const std::string& seg = segments[i];
    if (seg == "**") {
      match(at, rel, i + 1);  // zero folders
      for (const auto& entry : fs::directory_iterator(at, ec)) {
        const std::string name = entry.path().filename().string();
        std::error_code e2;
        if (hidden(name) || entry.is_symlink(e2) || !entry.is_directory(e2)) continue;
        match(entry.path(), join(rel, name), i);
      }
      return;
    }
    if (!is_glob(seg)) {
      if (fs::exists(at / seg, ec)) match(at / seg, join(rel, seg), i + 1);
      return;
    }
    for (const auto& entry : fs::directory_iterator(at, ec)) {
      const std::string name = entry.path().filename().string();
      if (hidden(name) && !hidden(seg)) continue;
      if (glob_segment_matches(seg, name)) match(entry.path(), join(rel, name), i + 1);
    }
  }
};

}  // namespace

std::vector<std::string> expand_glob(const fs::path& base, const std::string& pattern) {
  Walk walk;
  const bool absolute = !pattern.empty() && pattern[0] == '/';
  std::size_t start = absolute ? 1 : 0;
  while (start <= pattern.size()) {
    const std::size_t slash = std::min(pattern.find('/', start), pattern.size());
    std::string seg = pattern.substr(start, slash - start);
    if (!seg.empty() && seg != ".") walk.segments.push_back(std::move(seg));
    start = slash + 1;
  }
  if (walk.segments.empty()) return {};
  walk.match(absolute ? fs::path("/") : base, absolute ? std::string("") : std::string{}, 0);
  if (absolute)
    for (auto& f : walk.found) f = "/" + f;
  std::sort(walk.found.begin(), walk.found.end());
  walk.found.erase(std::unique(walk.found.begin(), walk.found.end()), walk.found.end());
  return walk.found;
}

}  // namespace canvass
