// The codebook: themes and the keywords that mark them, matched on Snowball stems so
// "collaborating" marks "collaboration". A passage may carry several themes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/error.hpp"
#include "text/stemmer.hpp"

namespace canvass {

struct Theme {
  std::string name;
  std::vector<std::string> keywords;  // one or more words each
};

struct Codebook {
  std::vector<Theme> themes;
};

// Reads <codebook><theme name="..."><keyword>...</keyword>...</theme>...</codebook>.
Result<Codebook> load_codebook(const std::string& path);
// data/codebook/default-codebook.xml under `data_folder`: themes for evaluation work.
Result<Codebook> load_default_codebook(const std::string& data_folder);

// Matches passages against a codebook's keywords by stem.
class ThemeMatcher {
 public:
  explicit ThemeMatcher(const Codebook& codebook);
  // The names of the themes whose keywords occur in `text`, in codebook order.
  std::vector<std::string> themes_of(std::string_view text);

 private:
  struct Keyword {
    std::vector<std::string> stems;
    std::size_t theme;
  };
  Stemmer stemmer_;
  std::vector<std::string> names_;
  std::vector<Keyword> keywords_;
};

// The lower-case stems of the letter words of `text`, in order.
std::vector<std::string> stems_of(std::string_view text, Stemmer& stemmer);

}  // namespace canvass
