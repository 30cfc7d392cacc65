// The codebook: themes and the keywords that mark them. A keyword word matches a word of
// the text when their Snowball stems agree ("collaborating" marks "collaboration") or,
// for a keyword word of five or more letters, when the text's word begins with it
// ("collaborat" marks "collaborative", "organis" marks "organisation"). A keyword of
// several words matches them in sequence. A passage may carry several themes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/error.hpp"
#include "text/stemmer.hpp"
#include "text/words.hpp"

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

// Why a keyword can never match (no letters in it) or will match nearly everything (only
// function words), one sentence each naming the theme and keyword; empty when all is well.
std::vector<std::string> codebook_warnings(const Codebook& codebook);

// Matches passages against a codebook's keywords (stems and prefixes, see above). One
// matcher per thread: it keeps a stemmer.
class ThemeMatcher {
 public:
  explicit ThemeMatcher(const Codebook& codebook);
  // The names of the themes whose keywords occur in `text`, in codebook order.
  std::vector<std::string> themes_of(std::string_view text);
  // The same for a text already split (`text_words` = words(text), as the redactor splits
  // it): when folding moves no word boundary (folds_simply: ASCII with curly quotes and
  // dashes), the letter words are folded one by one instead of splitting again.
  std::vector<std::string> themes_of(std::string_view text, const std::vector<Word>& text_words);
  // The same as codebook positions, for text already folded and split into letter words
  // with their stems.
  std::vector<std::size_t> theme_indexes(const std::vector<std::string_view>& folded_words,
                                         const std::vector<std::string>& stems) const;

 private:
  struct KeywordWord {
    std::string word;  // folded
    std::string stem;
    bool prefix;       // five letters or more: also matches as the start of a word
  };
  struct Keyword {
    std::vector<KeywordWord> words;
    std::size_t theme;
  };
  bool word_matches(const KeywordWord& k, std::string_view word, std::string_view stem) const;
  // Appends the keywords that may start at `word`: by its stem, then by its prefixes.
  void add_starts(std::string_view word, std::string_view stem, std::vector<std::uint32_t>& out) const;
  template <class StemAt, class StartsAt>
  void mark_hits(const std::vector<std::string_view>& words, StemAt stem_at, StartsAt starts_at,
                 std::vector<bool>& hit) const;
  Stemmer stemmer_;
  std::vector<std::string> names_;
  std::vector<Keyword> keywords_;
  // Looked up by string_view too, so a word's prefixes are tried without copying them.
  struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Index = std::unordered_map<std::string, std::vector<std::uint32_t>, TextHash, std::equal_to<>>;
  // Keywords by their first word's stem, and by their first word when it is a prefix, so a
  // passage is matched in time proportional to its words, not to the codebook's size.
  Index by_stem_, by_prefix_;
  // What the matcher needs of a folded word, both pure functions of it: its stem, and the
  // keywords that may start at it. Worked out once per distinct word (a text repeats its
  // words, and texts share them) and kept; emptied between texts once it reaches
  // kWordCache entries, so memory stays bounded and the pointers of one text stay valid.
  struct WordFacts {
    std::string stem;
    std::vector<std::uint32_t> starts;
  };
  static constexpr std::size_t kWordCache = 65536;
  std::unordered_map<std::string, WordFacts, TextHash, std::equal_to<>> word_facts_;
  const WordFacts& facts_of(std::string_view folded_word);
  // themes_of's buffers, kept between calls so a passage costs no allocation for them.
  void start_text();
  std::vector<std::string> themes_of_words();  // of words_ with facts_
  std::vector<std::string_view> words_;
  std::vector<const WordFacts*> facts_;
  std::vector<bool> hit_;
  std::string folded_;  // the folded words of a split text, one after another
  std::size_t shortest_prefix_ = 0, longest_prefix_ = 0;
  // The first two bytes of every prefix keyword word: a word starting otherwise is not looked
  // up by its prefixes at all (most words).
  std::vector<bool> prefix_start_ = std::vector<bool>(65536, false);
  static std::size_t two_bytes(std::string_view w) {
    return static_cast<unsigned char>(w[0]) * 256u + static_cast<unsigned char>(w[1]);
  }
};

// The lower-case stems of the letter words of `text`, in order.
std::vector<std::string> stems_of(std::string_view text, Stemmer& stemmer);

}  // namespace canvass
