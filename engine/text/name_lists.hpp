// The word lists the name rules weigh (data/names, data/places, data/words), loaded once per
// Redactor: evidence that a word is a person's name (first names, surnames, nicknames) and
// evidence that it is not (everyday words, places, organisation and programme words).
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

#include "model/error.hpp"

namespace canvass {

struct NameLists {
  // Every entry is kept as a key (see name_key): lower case, accents and a possessive 's removed.
  std::unordered_set<std::string> first_names;   // "sarah", "seonaid", "wojciech", "shaz"
  std::unordered_set<std::string> surnames;      // "kowalska", "rahman", "abernathy"
  std::unordered_set<std::string> common_words;  // first names that are also everyday words: "will", "grace"
  std::unordered_set<std::string> not_names;     // organisation, programme, qualification words, months: "review"
  std::unordered_set<std::string> places;        // UK and Irish places: "irvine", "west lothian", "lewis"
  std::unordered_set<std::string> english;       // lower-case English words: "staff", "care", "hope"

  // Loads data/names/*.txt, data/places/*.txt and data/words/english-words.txt under `data`.
  static Result<NameLists> load(const std::string& data);

  bool first_name(const std::string& key) const { return first_names.count(key) > 0; }
  bool surname(const std::string& key) const { return surnames.count(key) > 0; }
  bool everyday(const std::string& key) const { return common_words.count(key) > 0; }
  bool not_name(const std::string& key) const { return not_names.count(key) > 0; }
  bool place(const std::string& key) const { return places.count(key) > 0; }
  bool word(const std::string& key) const { return english.count(key) > 0; }
};

// The key a word is looked up by: "Sarah's" → "sarah", "MAŁGORZATA" → "malgorzata".
std::string name_key(std::string_view word);

}  // namespace canvass
