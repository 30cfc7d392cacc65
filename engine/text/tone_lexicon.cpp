#include "text/tone_lexicon.hpp"

#include <charconv>

#include "text/word_list.hpp"

namespace canvass {

Result<ToneLexicon> ToneLexicon::load(const std::vector<std::string>& paths) {
  ToneLexicon lexicon;
  for (const auto& path : paths)
    CANVASS_TRY(for_each_data_line(path, "tone lexicon", [&](std::string_view line, std::size_t number) -> Status {
      const auto tab = line.find('\t');
      if (tab == std::string_view::npos || tab == 0) return Error{{path, number, 1}, "expected TOKEN<TAB>valence"};
      const auto end = line.find('\t', tab + 1);
      const std::string field(line.substr(tab + 1, end == std::string_view::npos ? std::string_view::npos : end - tab - 1));
      double v = 0;
      auto [p, ec] = std::from_chars(field.data(), field.data() + field.size(), v);
      if (ec != std::errc{} || p != field.data() + field.size())
        return Error{{path, number, tab + 2}, "valence is not a number: " + field};
      lexicon.set(std::string(line.substr(0, tab)), v);
      return Ok{};
    }));
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
