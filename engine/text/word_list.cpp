#include "text/word_list.hpp"
#include "model/install_paths.hpp"

#include <cstdlib>
#include <fstream>

#include "text/fold.hpp"

namespace canvass {

Result<std::vector<std::string>> read_word_list(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{{path}, "cannot read this word list", Error::Kind::io};
  std::vector<std::string> out;
  std::string line;
  while (std::getline(in, line)) {
    std::string entry = collapse_spaces(line);
    if (entry.empty() || entry[0] == '#') continue;
    out.push_back(std::move(entry));
  }
  return out;
}

Status for_each_data_line(const std::string& path, const std::string& what,
                          const std::function<Status(std::string_view line, std::size_t number)>& each) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{{path}, "cannot read this " + what, Error::Kind::io};
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    CANVASS_TRY(each(line, number));
  }
  return Ok{};
}

std::string data_dir() {
  if (const char* env = std::getenv("CANVASS_DATA"); env && *env) return env;
  return install_dir() + "/data";
}

}  // namespace canvass
