// A sentiment lexicon: word -> valence (-4 most negative .. +4 most positive), read from
// files in VADER's format (TOKEN<TAB>mean[<TAB>...]); see data/tone/NOTICE.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/error.hpp"

namespace canvass {

class ToneLexicon {
 public:
  ToneLexicon() = default;
  // Reads each file in turn; a later file's entry replaces an earlier one's.
  static Result<ToneLexicon> load(const std::vector<std::string>& paths);
  // data/tone/vader_lexicon.txt and data/tone/domain_supplement.txt under `data_folder`.
  static Result<ToneLexicon> load_default(const std::string& data_folder);

  void set(std::string word, double valence) { valence_[std::move(word)] = valence; }
  // The valence of a lower-case word, if the lexicon rates it.
  std::optional<double> valence(std::string_view lower_word) const;
  std::size_t size() const { return valence_.size(); }

 private:
  struct Hash {  // lets valence() look a string_view up without copying it
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, double, Hash, std::equal_to<>> valence_;
};

}  // namespace canvass
