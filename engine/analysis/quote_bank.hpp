// The quote bank: turns comments and notes into candidate quotes (split into sentences
// when long, junk dropped, personal data redacted), scores them, and picks illustrative,
// balanced, non-repetitive sets with maximal marginal relevance.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/codebook.hpp"
#include "analysis/quote.hpp"
#include "analysis/quote_passages.hpp"
#include "analysis/quote_scope.hpp"
#include "store/sqlite.hpp"
#include "text/redactor.hpp"

namespace canvass {

struct QuoteOptions {
  Codebook codebook;                        // the study's themes (default: data/codebook)
  std::vector<std::string> names_to_redact;  // the study's list of names
  std::size_t limit = 10;
  std::string theme;                        // only quotes carrying this theme ("" = any)
  std::string tone = "any";                 // positive, critical, neutral or any
  std::string question;                     // words of the open question ("" = any)
  std::string item;                         // words of a Likert statement, with `level`
  std::string level;                        // agree, neutral or disagree
  long min_cell = 10;                       // a group smaller than this is never named
  std::string attribute;                    // attribution attribute ("" = a role question)
  std::size_t per_respondent = 2;           // at most this many quotes from one voice in a list
};

// Loaded once per program run and shared by every use of the bank.
struct QuoteResources {
  ToneScorer tone;
  NameLists names;
  // The lexicon and name lists under `data_folder` (data/).
  static Result<QuoteResources> load(const std::string& data_folder);
};

struct QuoteSelection {
  std::vector<Quote> candidates;    // every quotable passage, scored (store order)
  std::vector<Quote> selected;      // the chosen quotes, best first
  std::optional<LevelScope> scope;  // with --item/--level: whose comments these are
};

// Passages into scored candidates: split, junk-filtered, redacted, themed, toned, scored.
std::vector<Quote> make_candidates(const std::vector<Passage>& passages, const Redactor& redactor,
                                   const ToneScorer& tone, const Codebook& codebook, long min_cell);

// Chooses up to options.limit quotes from `candidates` honouring the filters (theme,
// tone, question; `allowed_respondents` when given), decisions (kept first, rejected
// never), the per-respondent cap, near-duplicates and positive/critical balance.
std::vector<Quote> select_quotes(const std::vector<Quote>& candidates, const QuoteOptions& options,
                                 const std::set<std::int64_t>* allowed_respondents = nullptr);

struct ThemeQuotes {
  std::string theme;
  std::vector<Quote> quotes;
};

// For the report: per codebook theme, up to `per_theme` quotes chosen as select_quotes
// does (balanced tone, decisions respected); a quote appears under one theme only, and
// themes without quotes are left out.
std::vector<ThemeQuotes> select_by_theme(const std::vector<Quote>& candidates, const QuoteOptions& options,
                                         std::size_t per_theme);

// The whole job on a store: read passages, make and save candidates (keeping
// decisions), and select.
Result<QuoteSelection> build_quote_bank(Database& db, const QuoteResources& resources, const QuoteOptions& options);

}  // namespace canvass
