// The quote bank: turns comments and notes into candidate quotes (split into sentences
// when long, junk dropped, personal data redacted, themed, toned), scores them in one pass
// over the corpus, and picks illustrative, balanced, non-repetitive sets with maximal
// marginal relevance over bounded pools of the best candidates. `quotes`, `report` and
// `run` all choose through QuoteBank::select / select_by_theme, so one set of rules holds
// everywhere: at most `per_respondent` quotes from one voice, near-duplicates once,
// confidently critical and positive views both shown when the comments have them, the
// report writer's keep/reject respected.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "analysis/codebook.hpp"
#include "analysis/quote.hpp"
#include "analysis/quote_passages.hpp"
#include "analysis/quote_prepare.hpp"
#include "analysis/quote_scope.hpp"
#include "analysis/quote_store.hpp"
#include "analysis/term_vectors.hpp"
#include "store/sqlite.hpp"
#include "model/progress.hpp"
#include "text/redactor.hpp"

namespace canvass {

struct QuoteOptions {
  Codebook codebook;                        // the study's themes (default: data/codebook)
  std::vector<std::string> names_to_redact;  // the study's list of names
  std::size_t limit = 10;
  std::string theme;                        // only quotes carrying this theme ("" = any)
  std::string tone = "any";                 // positive, critical, mixed, neutral or any
  std::string question;                     // words of the open question ("" = any)
  std::string item;                         // words of a Likert statement, with `level`
  std::string level;                        // agree, neutral or disagree
  long min_cell = 10;                       // a group smaller than this is never named or quoted
  std::string attribute;                    // attribution attribute ("" = a role question)
  std::size_t per_respondent = 2;           // at most this many quotes from one voice in a list
};

// Loaded once per program run and shared by every use of the bank.
struct QuoteResources {
  ToneScorer tone;
  NameLists names;
  std::string data_fingerprint;  // of the files these came from (analysis/quote_cache)
  // The tone lexicon and model and the name lists under `data_folder` (data/).
  static Result<QuoteResources> load(const std::string& data_folder);
};

struct ThemeQuotes {
  std::string theme;
  std::vector<Quote> quotes;
};

class QuoteBank {
 public:
  QuoteBank(const QuoteResources& resources, const QuoteOptions& options);

  // One passage into its candidates: junk dropped, long ones split into sentences, each
  // redacted, themed and toned (quote_prepare). The unredacted text is not kept.
  void add(const Passage& passage);
  // A passage a PassagePipeline prepared; passages must come in store order.
  void add(PreparedPassage&& prepared);
  // Representativeness (cosine to the theme's centre), substance, length, self-containedness
  // and the final score, over every candidate added so far.
  void score();

  std::size_t size() const { return candidates_.size(); }
  // Passages added whose pieces were prepared afresh, and those taken from the store.
  std::size_t passages_prepared() const { return passages_prepared_; }
  std::size_t passages_reused() const { return passages_reused_; }
  // Every candidate as a Quote, in the order added.
  std::vector<Quote> quotes() const;
  // Records a decision ("keep", "reject" or "") for the candidate with id `id`.
  void decide(const std::string& id, const std::string& decision);
  // Saves every candidate to the store (one transaction) and takes back the stored decisions.
  Status save(Database& db);

  // Up to options.limit quotes honouring the filters (theme, tone, question;
  // `allowed_respondents` when given), decisions (kept first, rejected never), the
  // per-respondent cap, near-duplicates and positive/critical balance.
  std::vector<Quote> select(const QuoteOptions& options, const std::set<std::int64_t>* allowed_respondents = nullptr) const;
  // For the report: per codebook theme, up to `per_theme` quotes chosen by the same rules,
  // the per-respondent cap and "each quote once" holding across the whole section; themes
  // without quotes are left out.
  std::vector<ThemeQuotes> select_by_theme(const QuoteOptions& options, std::size_t per_theme) const;

  // The codebook's keywords that matched no candidate ("theme: keyword"), for a warning.
  std::vector<std::string> unmatched_keywords() const;

 private:
  struct Candidate {  // compact: repeated strings are indexes, stems interned
    std::string id;    // stable across runs: a hash of origin, question and redacted text
    std::string text;  // redacted
    std::uint32_t facts = 0;  // index into facts_
    std::int64_t origin_id = 0, respondent_id = -1, line = 0;
    int sentence = 0;
    std::vector<std::uint16_t> themes;  // codebook positions
    int theme = -1;                     // the theme it illustrates best
    std::vector<std::uint32_t> stems;   // content stems, sorted (function words and placeholders left out)
    ToneScore tone;
    float score = 0, representativeness = 0, substance = 0, length_fit = 0, self_contained = 0;
    std::uint8_t decision = 0;  // 0 none, 1 keep, 2 reject
  };
  struct Selection;
  struct Facts {  // what a passage's candidates share, as indexes into strings_
    std::uint32_t origin, respondent, voice, question, source, group;
  };
  std::uint32_t intern(const std::string& s);
  Quote quote_of(const Candidate& c) const;
  QuoteRow row_of(const Candidate& c) const;  // its columns in the store, viewing the bank's strings
  std::vector<std::size_t> pool(const QuoteOptions& o, const std::set<std::int64_t>* allowed,
                                const std::set<std::size_t>& used, std::optional<std::size_t> theme) const;
  void choose(const std::vector<std::size_t>& pool, const QuoteOptions& o, bool balance, Selection& s) const;
  TermVector vector_of(const Candidate& c) const;  // TF-IDF over the whole bank

  const QuoteResources& resources_;
  Codebook codebook_;
  std::vector<std::string> names_to_redact_;
  long min_cell_;
  std::unique_ptr<PassagePipeline> pipeline_;  // add(const Passage&)'s, made when first needed
  // A deque: growing never copies the candidates (a vector's doubling held both copies at
  // once, 50 MB more at the peak for 250k comments) and its memory grows with the corpus.
  std::deque<Candidate> candidates_;
  std::vector<Facts> facts_;
  std::vector<std::string> strings_;
  std::unordered_map<std::string, std::uint32_t> string_index_;
  std::unordered_map<std::string, std::uint32_t> stem_index_;  // content stems, interned
  std::vector<std::uint32_t> document_frequency_;              // per interned stem
  std::vector<double> idf_;      // per interned stem, as score() found it for
  std::size_t idf_corpus_ = 0;   // this many candidates
  std::vector<std::size_t> keyword_hits_;                      // per codebook theme
  std::size_t passages_prepared_ = 0, passages_reused_ = 0;
};

struct QuoteSelection {
  std::vector<Quote> selected;      // the chosen quotes, best first
  std::optional<LevelScope> scope;  // with --item/--level: whose comments these are
  // With --item/--level: the group is smaller than --min-cell, so no quote is shown.
  bool too_few = false;
  std::vector<std::string> warnings;  // codebook keywords that can never match, and the like
};

// The bank of a store: every passage read and prepared (on every core; pieces kept in the
// store by an earlier run reused, new ones kept unless the store is read-only), scored,
// saved (keeping decisions). `progress` hears how many passages are done.
Result<QuoteBank> build_quote_bank(Database& db, const QuoteResources& resources, const QuoteOptions& options,
                                   const Progress& progress = {});

// `quotes`'s selection from a store's bank, with --item/--level's small-group rule (fewer
// respondents than options.min_cell: none shown, and `too_few` says so) and the codebook's
// warnings (codebook_warnings).
Result<QuoteSelection> select_quotes(Database& db, const QuoteBank& bank, const QuoteOptions& options);

}  // namespace canvass
