// Removes personal data from text before it can leave canvass: e-mail addresses, URLs,
// phone numbers, postcodes, NI/NHS and other long numbers (grammars/pii), and people's
// names — from the study's own list and by rule — each replaced by "[name]", "[email]"...
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "model/error.hpp"

namespace canvass {

// The name data the rules use (data/names/).
struct NameLists {
  std::unordered_set<std::string> first_names;   // "Sarah", as capitalised in the list
  std::unordered_set<std::string> common_words;  // first names that are also words: "Will", "Grace"
  std::unordered_set<std::string> not_names;     // capitalised words that are never a surname: "Council"

  // Loads first-names-en.txt, first-names-uk-supplement.txt, common-words.txt and
  // not-names.txt from `folder`.
  static Result<NameLists> load(const std::string& folder);
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

  // With the name lists canvass ships (data/names under data_dir()).
  static Result<Redactor> shipped(const std::vector<std::string>& names_to_redact = {});

  Redaction redact(std::string_view text) const;

 private:
  NameLists lists_;
  std::vector<std::vector<std::string>> listed_;  // each listed name as folded words
};

}  // namespace canvass
