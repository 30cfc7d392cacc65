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

std::string data_dir() {
  if (const char* env = std::getenv("CANVASS_DATA"); env && *env) return env;
  return install_dir() + "/data";
}

}  // namespace canvass
