// The word lists the name rules weigh (data/names, data/places, data/words), loaded once per
// Redactor: evidence that a word is a person's name (first names, surnames, nicknames) and
// evidence that it is not (everyday words, places, organisation and programme words).
#pragma once

#include <string>
#include <string_view>
#include <cstdint>
#include <unordered_map>

#include "model/error.hpp"

namespace canvass {

struct NameLists {
  // What the lists say about a word, as bits: one look-up gives them all.
  enum Fact : std::uint16_t {
    kFirstName = 1,   // "sarah", "seonaid", "wojciech", "shaz"
    kSurname = 2,     // "kowalska", "rahman", "abernathy"
    kEveryday = 4,    // a first name that is also an everyday word: "will", "grace"
    kNotName = 8,     // organisation, programme, qualification word, month, function word: "review"
    kPlace = 16,      // UK and Irish places, regions, islands: "irvine", "lewis"
    kWord = 32,       // a lower-case English word: "staff", "care", "hope"
    // words that say a name is near (built in, not data):
    kTitle = 64,      // before a name: "mrs", "dr", "cllr"
    kRole = 128,      // before a name: "worker", "facilitator", "son", "sw"
    kThanks = 256,    // "thanks", "cheers"
    kSpeech = 512,    // after a name: "said", "explained"
    kJoin = 1024,     // between names: "and", "&"
  };
  static constexpr std::uint16_t kContext = kTitle | kRole | kThanks | kSpeech | kJoin;
  // Every entry is kept as a key (see name_key): lower case, accents and a possessive 's removed.
  std::unordered_map<std::string, std::uint16_t> facts;    // from the lists (large)
  std::unordered_map<std::string, std::uint16_t> context;  // the context words (small, stays in cache)

  // Loads data/names/*.txt, data/places/*.txt and data/words/english-words.txt under `data`,
  // and adds the built-in context words (kTitle...kJoin).
  static Result<NameLists> load(const std::string& data);

  std::uint16_t of(const std::string& key) const {
    const auto it = facts.find(key);
    return it == facts.end() ? 0 : it->second;
  }
  std::uint16_t context_of(const std::string& key) const {
    const auto it = context.find(key);
    return it == context.end() ? 0 : it->second;
  }
  bool first_name(const std::string& key) const { return of(key) & kFirstName; }
  bool surname(const std::string& key) const { return of(key) & kSurname; }
  bool everyday(const std::string& key) const { return of(key) & kEveryday; }
  bool not_name(const std::string& key) const { return of(key) & kNotName; }
  bool place(const std::string& key) const { return of(key) & kPlace; }
  bool word(const std::string& key) const { return of(key) & kWord; }
};

// The key a word is looked up by: "Sarah's" → "sarah", "MAŁGORZATA" → "malgorzata".
std::string name_key(std::string_view word);

}  // namespace canvass
