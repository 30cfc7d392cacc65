#include "analysis/quote_prepare.hpp"

#include <algorithm>
#include <unordered_set>

#include "analysis/quote_bank.hpp"
#include "analysis/quote_junk.hpp"
#include "analysis/term_vectors.hpp"
#include "text/fold.hpp"
#include "text/sentences.hpp"
#include "text/sha256.hpp"
#include "text/words.hpp"

namespace canvass {

namespace {

constexpr std::size_t kWholeMaxWords = 60;  // a comment this short is quoted whole
constexpr std::size_t kStemCache = 1 << 17;  // words memoised per worker before starting afresh

// 1 inside the quotable window of 10-45 words, falling to 0 at 4 and at 85 words.
double length_fit(std::size_t words) {
  if (words < 10) return std::max(0.0, (static_cast<double>(words) - 4.0) / 6.0);
  if (words <= 45) return 1.0;
  return std::max(0.0, 1.0 - (static_cast<double>(words) - 45.0) / 40.0);
}

// A quote that leans on what came before ("It was...", "As above") reads badly alone.
double self_contained(const std::vector<std::string_view>& folded_words) {
  static const std::unordered_set<std::string_view> leaning{"it", "this", "that", "these", "those", "they", "also",
                                                            "and", "but", "same", "ditto", "again"};
  if (folded_words.empty()) return 0;
  if (leaning.count(folded_words[0])) return 0.2;
  if (folded_words.size() > 1) {
    const std::string two = std::string(folded_words[0]) + " " + std::string(folded_words[1]);
    if (two == "as above" || two == "see above" || two == "as before" || two == "as mentioned" || two == "as said")
      return 0.0;
  }
  return 1.0;
}

std::string quote_id(const Passage& p, std::string_view folded_redacted) {
  return sha256_hex(p.origin + '\x1f' + p.question + '\x1f' + std::string(folded_redacted)).substr(0, 10);
}

}  // namespace

PassagePipeline::PassagePipeline(const QuoteResources& resources, const QuoteOptions& options)
    : tone_(resources.tone), redactor_(resources.names, options.names_to_redact), matcher_(options.codebook) {}

const std::string& PassagePipeline::stem(std::string_view folded_word) {
  auto it = stem_cache_.find(folded_word);
  if (it == stem_cache_.end()) {
    if (stem_cache_.size() >= kStemCache) stem_cache_.clear();
    it = stem_cache_.emplace(std::string(folded_word), stemmer_.stem(folded_word)).first;
  }
  return it->second;
}

std::vector<PreparedPiece> PassagePipeline::prepare(const Passage& p) {
  std::vector<PreparedPiece> out;
  // The text pipeline once per passage: fold, split into words; junk and length read those.
  const std::string folded_passage = fold(p.text);
  const std::vector<Word> passage_words = words(folded_passage);
  if (junk_reason(passage_words)) return out;
  std::size_t word_count = 0;
  for (const auto& w : passage_words) word_count += w.kind == Word::Kind::letters;
  std::vector<std::pair<int, std::string>> pieces;
  if (word_count <= kWholeMaxWords) {
    pieces.emplace_back(0, p.text);
  } else {
    int n = 0;
    for (const auto& s : split_sentences(p.text)) pieces.emplace_back(++n, std::string(s.text));
  }
  const std::string whole = pieces.size() == 1 ? collapse_spaces(p.text) : std::string();
  for (auto& [sentence, piece] : pieces) {
    if (sentence > 0 && is_junk(piece)) continue;
    PreparedPiece c;
    c.sentence = sentence;
    c.text = collapse_spaces(redactor_.redact(piece).text);
    piece.clear();  // the unredacted text goes no further
    // Nothing redacted: the passage's words are the quote's words.
    const bool same = sentence == 0 && c.text == whole;
    const std::string folded = same ? std::string() : fold(c.text);
    const std::vector<Word> ws = same ? passage_words : words(folded);
    std::vector<std::string_view> letters;
    std::vector<std::string> stems;
    for (const auto& w : ws)
      if (w.kind == Word::Kind::letters) {
        letters.push_back(w.text);
        stems.push_back(stem(w.text));
      }
    const std::string_view text = same ? std::string_view(folded_passage) : std::string_view(folded);
    c.id = quote_id(p, text);
    for (std::size_t t : matcher_.theme_indexes(letters, stems)) c.themes.push_back(static_cast<std::uint16_t>(t));
    c.tone = tone_.score(ws, stems);
    static const std::unordered_set<std::string_view> placeholders{"name", "email", "phone", "postcode", "url", "number"};
    std::size_t k = 0;
    for (const auto& w : ws) {
      if (w.kind != Word::Kind::letters) continue;
      std::string& st = stems[k++];
      const bool bracketed = w.begin > 0 && text[w.begin - 1] == '[';
      if (is_stop_word(w.text) || (bracketed && placeholders.count(w.text))) continue;
      c.stems.push_back(std::move(st));
    }
    const std::unordered_set<std::string_view> distinct(c.stems.begin(), c.stems.end());
    c.substance = static_cast<float>(std::min(1.0, static_cast<double>(distinct.size()) / 8.0));
    c.length_fit = static_cast<float>(length_fit(letters.size()));
    c.self_contained = static_cast<float>(self_contained(letters));
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace canvass
