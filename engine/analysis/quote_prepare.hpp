// One passage through the quote bank's text pipeline — junk dropped, long ones split into
// sentences, each piece redacted, its words folded and stemmed, themed and toned — into a
// self-contained result that owes nothing to other passages. Workers prepare passages in
// parallel (each with its own PassagePipeline); the bank takes the results in passage
// order and does what depends on the whole corpus (interning, document frequencies).
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "analysis/codebook.hpp"
#include "analysis/quote_passages.hpp"
#include "analysis/quote_tone.hpp"
#include "text/redactor.hpp"
#include "text/stemmer.hpp"

namespace canvass {

struct QuoteResources;
struct QuoteOptions;

// One candidate quote of a passage: the passage whole (sentence 0) or one of its sentences.
struct PreparedPiece {
  int sentence = 0;
  std::string id;                 // stable across runs: a hash of origin, question and folded redacted text
  std::string text;               // redacted, spaces collapsed
  std::vector<std::uint16_t> themes;  // codebook positions
  std::vector<std::string> stems;     // content stems in text order (function words and placeholders left out)
  ToneScore tone;
  float substance = 0, length_fit = 0, self_contained = 0;
};

// A passage's facts (its text dropped) with its pieces; no pieces: nothing quotable.
struct PreparedPassage {
  Passage passage;
  std::vector<PreparedPiece> pieces;
  bool reused = false;         // the pieces came from the store (analysis/quote_cache)
  std::int64_t text_hash = 0;  // of the passage's question and text
  std::string encoded;         // pieces prepared afresh, encoded for the store ("" when not kept)
};

// What one worker needs to prepare passages: its own redactor, theme matcher and stemmer.
class PassagePipeline {
 public:
  PassagePipeline(const QuoteResources& resources, const QuoteOptions& options);
  // The pieces of `p` (the unredacted text is read, never kept).
  std::vector<PreparedPiece> prepare(const Passage& p);

 private:
  const std::string& stem(std::string_view folded_word);  // Snowball, memoised (bounded)

  const ToneScorer& tone_;
  Redactor redactor_;
  ThemeMatcher matcher_;
  Stemmer stemmer_;
  // word -> stem, looked up by a view of the word (no copy per word)
  struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::string, TextHash, std::equal_to<>> stem_cache_;
};

}  // namespace canvass
