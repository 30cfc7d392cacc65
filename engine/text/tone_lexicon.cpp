#include "text/tone_lexicon.hpp"

#include <charconv>
#include <fstream>

namespace canvass {

Result<ToneLexicon> ToneLexicon::load(const std::vector<std::string>& paths) {
  ToneLexicon lexicon;
  for (const auto& path : paths) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{{path}, "cannot read this tone lexicon", Error::Kind::io};
    std::string line;
    std::size_t number = 0;
    while (std::getline(in, line)) {
      ++number;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty() || line[0] == '#') continue;
      const auto tab = line.find('\t');
      if (tab == std::string::npos || tab == 0)
        return Error{{path, number, 1}, "expected TOKEN<TAB>valence"};
      const auto end = line.find('\t', tab + 1);
      const std::string field = line.substr(tab + 1, end == std::string::npos ? std::string::npos : end - tab - 1);
      double v = 0;
      auto [p, ec] = std::from_chars(field.data(), field.data() + field.size(), v);
      if (ec != std::errc{} || p != field.data() + field.size())
        return Error{{path, number, tab + 2}, "valence is not a number: " + field};
      lexicon.set(line.substr(0, tab), v);
    }
  }
  return lexicon;
}

Result<ToneLexicon> ToneLexicon::load_default(const std::string& data_folder) {
  return load({data_folder + "/tone/vader_lexicon.txt", data_folder + "/tone/domain_supplement.txt"});
}

std::optional<double> ToneLexicon::valence(std::string_view lower_word) const {
  auto it = valence_.find(lower_word);
  if (it == valence_.end()) return std::nullopt;
  return it->second;
}

}  // namespace canvass
