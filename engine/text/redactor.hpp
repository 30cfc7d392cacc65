// Removes personal data from text before it can leave canvass: e-mail addresses (also
// spelled out), URLs, phone numbers, postcodes, NI/NHS/CHI and other long numbers, dates of
// birth, street addresses, schools, social-media handles, vehicle registrations
// (grammars/pii) and people's names (engine/text/name_finder: from the study's own list and
// by evidence), each replaced by "[name]", "[email]"... Text is normalised for matching
// (engine/text/match_text) and the replacements are made on the original text.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model/error.hpp"
#include "text/match_text.hpp"
#include "text/name_lists.hpp"
#include "text/words.hpp"

namespace canvass {

// One piece of personal data found: byte offsets into the original text and its kind,
// the placeholder's word ("name", "email", "phone"...).
struct Replacement {
  std::size_t begin = 0, end = 0;
  std::string kind;
};

// A text made ready for the redactor: normalised for matching and split into words once,
// so that a caller needing the same words (the theme matcher) does not split it again.
struct PreparedText {
  MatchText match;
  std::vector<Word> words;  // words(match.text)
};

struct Redaction {
  std::string text;                   // the redacted text
  std::map<std::string, int> counts;  // placeholder kind ("name", "email"...) -> replacements
  bool changed() const { return !counts.empty(); }
};

class Redactor {
 public:
  // `names_to_redact`: names from the study config ("Jane Smith", "Hendry"), matched
  // case-insensitively as whole words wherever they occur.
  Redactor(NameLists lists, const std::vector<std::string>& names_to_redact);

  // With the lists canvass ships (data/names, data/places, data/words under data_dir()).
  static Result<Redactor> shipped(const std::vector<std::string>& names_to_redact = {});

  // What would be replaced, left to right, never overlapping.
  std::vector<Replacement> find(std::string_view text) const;

  Redaction redact(std::string_view text) const;

  // The same in two steps, the words in between for whoever else needs them:
  // redact(text, prepare(text)) == redact(text).
  PreparedText prepare(std::string_view text) const;
  std::vector<Replacement> find(std::string_view text, const PreparedText& prepared) const;
  Redaction redact(std::string_view text, const PreparedText& prepared) const;

 private:
  NameLists lists_;
  MatchTextMaker normaliser_;
  std::vector<std::vector<std::string>> listed_;  // each listed name as name_keys of its words
};

}  // namespace canvass
