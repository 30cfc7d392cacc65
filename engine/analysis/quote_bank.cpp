#include "analysis/quote_bank.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_set>

#include "analysis/quote_junk.hpp"
#include "analysis/quote_store.hpp"
#include "analysis/term_vectors.hpp"
#include "text/fold.hpp"
#include "text/sentences.hpp"
#include "text/sha256.hpp"
#include "text/stemmer.hpp"
#include "text/word_list.hpp"
#include "text/words.hpp"

namespace canvass {

namespace {

constexpr std::size_t kWholeMaxWords = 60;  // a comment this short is quoted whole
constexpr double kMmrLambda = 0.7;          // relevance vs. novelty in MMR
constexpr double kDuplicate = 0.8;          // cosine at which two quotes say the same thing
// Weights of the score's parts; they add up to 1.
constexpr double kWRepresentative = 0.35, kWSubstance = 0.2, kWLength = 0.2, kWSelf = 0.15, kWVivid = 0.1;

std::size_t word_count(std::string_view text) { return letter_words(text).size(); }

// The stems that carry content: function words and redaction placeholders left out.
std::vector<std::string> content_stems(std::string_view text, Stemmer& stemmer) {
  static const std::unordered_set<std::string> placeholders{"name", "email", "phone", "postcode", "url", "number"};
  std::vector<std::string> out;
  std::string_view rest = text;
  for (const auto& w : letter_words(rest)) {
    std::string f = fold(w.text);
    const bool bracketed = w.begin > 0 && text[w.begin - 1] == '[';
    if (is_stop_word(f) || (bracketed && placeholders.count(f))) continue;
    out.push_back(stemmer.stem(f));
  }
  return out;
}

// 1 inside the quotable window of 10-45 words, falling to 0 at 4 and at 85 words.
double length_fit(std::size_t words) {
  if (words < 10) return std::max(0.0, (static_cast<double>(words) - 4.0) / 6.0);
  if (words <= 45) return 1.0;
  return std::max(0.0, 1.0 - (static_cast<double>(words) - 45.0) / 40.0);
}

// A quote that leans on what came before ("It was...", "As above") reads badly alone.
double self_contained(std::string_view text) {
  static const std::unordered_set<std::string> leaning{"it", "this", "that", "these", "those", "they", "also",
                                                       "and", "but", "same", "ditto", "again"};
  const auto ws = letter_words(text);
  if (ws.empty()) return 0;
  const std::string first = fold(ws[0].text);
  if (leaning.count(first)) return 0.2;
  if (ws.size() > 1) {
    const std::string two = first + " " + fold(ws[1].text);
    if (two == "as above" || two == "see above" || two == "as before" || two == "as mentioned" || two == "as said")
      return 0.0;
  }
  return 1.0;
}

std::string quote_id(const Passage& p, std::string_view redacted) {
  return sha256_hex(p.origin + '\x1f' + p.question + '\x1f' + fold(redacted)).substr(0, 10);
}

// Representativeness, substance, theme and the final score, over all candidates at once.
void score(std::vector<Quote>& quotes, const Codebook& codebook) {
  Stemmer stemmer;
  std::vector<std::vector<std::string>> docs;
  for (const auto& q : quotes) docs.push_back(content_stems(q.text, stemmer));
  const std::vector<TermVector> vectors = tfidf_vectors(docs);

  std::map<std::string, std::vector<const TermVector*>> members;
  std::vector<const TermVector*> everyone;
  for (std::size_t i = 0; i < quotes.size(); ++i) {
    everyone.push_back(&vectors[i]);
    for (const auto& t : quotes[i].themes) members[t].push_back(&vectors[i]);
  }
  std::map<std::string, TermVector> centres;
  for (const auto& [t, vs] : members) centres[t] = centroid(vs);
  const TermVector centre_all = centroid(everyone);

  double best_rep = 0;
  for (std::size_t i = 0; i < quotes.size(); ++i) {
    Quote& q = quotes[i];
    double rep = quotes[i].themes.empty() ? cosine(vectors[i], centre_all) : -1;
    for (const auto& theme : codebook.themes) {  // codebook order breaks ties
      if (std::find(q.themes.begin(), q.themes.end(), theme.name) == q.themes.end()) continue;
      const double c = cosine(vectors[i], centres[theme.name]);
      if (c > rep) {
        rep = c;
        q.theme = theme.name;
      }
    }
    q.representativeness = std::max(0.0, rep);
    best_rep = std::max(best_rep, q.representativeness);
    q.substance = std::min(1.0, static_cast<double>(std::set<std::string>(docs[i].begin(), docs[i].end()).size()) / 8.0);
    q.length_fit = length_fit(word_count(q.text));
    q.self_contained = self_contained(q.text);
  }
  for (Quote& q : quotes) {
    const double rep = best_rep > 0 ? q.representativeness / best_rep : 0;
    q.score = kWRepresentative * rep + kWSubstance * q.substance + kWLength * q.length_fit +
              kWSelf * q.self_contained + kWVivid * std::fabs(q.tone.compound);
    q.score = std::round(q.score * 1000.0) / 1000.0;
  }
}

bool has_theme(const Quote& q, const std::string& theme) {
  const std::string f = fold(theme);
  return std::any_of(q.themes.begin(), q.themes.end(), [&](const std::string& t) { return fold(t) == f; });
}

bool eligible(const Quote& q, const QuoteOptions& o, const std::set<std::int64_t>* allowed) {
  if (!o.theme.empty() && !has_theme(q, o.theme)) return false;
  if (o.tone != "any" && to_string(q.tone.tone) != o.tone) return false;
  if (!o.question.empty() && fold(q.question).find(fold(o.question)) == std::string::npos) return false;
  if (allowed && (q.respondent_id < 0 || !allowed->count(q.respondent_id))) return false;
  return true;
}

}  // namespace

std::string attribution(const Quote& q) {
  if (q.origin == "note") return q.respondent == "notes" ? "Focus group notes" : "Focus group notes, " + q.respondent;
  return q.group.empty() ? "Survey respondent" : "Survey respondent, " + q.group;
}

Result<QuoteResources> QuoteResources::load(const std::string& data_folder) {
  auto tone = ToneLexicon::load_default(data_folder);
  if (!tone) return tone.error();
  auto names = NameLists::load(data_folder);
  if (!names) return names.error();
  return QuoteResources{std::move(tone).value(), std::move(names).value()};
}

std::vector<Quote> make_candidates(const std::vector<Passage>& passages, const Redactor& redactor,
                                   const ToneLexicon& tone, const Codebook& codebook, long min_cell) {
  ThemeMatcher themes(codebook);
  std::vector<Quote> quotes;
  for (const Passage& p : passages) {
    if (is_junk(p.text)) continue;
    std::vector<std::pair<int, std::string>> pieces;
    if (word_count(p.text) <= kWholeMaxWords) {
      pieces.emplace_back(0, p.text);
    } else {
      int n = 0;
      for (const auto& s : split_sentences(p.text)) pieces.emplace_back(++n, std::string(s.text));
    }
    for (auto& [sentence, piece] : pieces) {
      if (sentence > 0 && is_junk(piece)) continue;
      Quote q;
      q.text = collapse_spaces(redactor.redact(piece).text);
      piece.clear();  // the unredacted text goes no further
      q.id = quote_id(p, q.text);
      q.origin = p.origin;
      q.origin_id = p.origin_id;
      q.sentence = sentence;
      q.respondent = p.respondent;
      q.respondent_id = p.respondent_id.value_or(-1);
      q.voice = p.voice;
      q.question = p.question;
      q.source = p.source;
      q.line = p.line;
      q.themes = themes.themes_of(q.text);
      q.tone = score_tone(q.text, tone);
      if (p.group_size >= min_cell) q.group = p.group;
      quotes.push_back(std::move(q));
    }
  }
  score(quotes, codebook);
  return quotes;
}

std::vector<Quote> select_quotes(const std::vector<Quote>& candidates, const QuoteOptions& options,
                                 const std::set<std::int64_t>* allowed) {
  std::vector<std::size_t> pool;
  for (std::size_t i = 0; i < candidates.size(); ++i)
    if (candidates[i].decision != "reject" && eligible(candidates[i], options, allowed)) pool.push_back(i);

  Stemmer stemmer;
  std::vector<std::vector<std::string>> docs;
  for (std::size_t i : pool) docs.push_back(content_stems(candidates[i].text, stemmer));
  const std::vector<TermVector> vectors = tfidf_vectors(docs);

  std::vector<std::size_t> chosen;  // indexes into pool
  std::map<std::string, std::size_t> per_voice;
  std::map<Tone, std::size_t> per_tone;
  std::set<std::string> texts;
  const auto take = [&](std::size_t k) {
    chosen.push_back(k);
    ++per_voice[candidates[pool[k]].voice];
    ++per_tone[candidates[pool[k]].tone.tone];
    texts.insert(fold(candidates[pool[k]].text));
  };
  const auto max_similarity = [&](std::size_t k) {
    double m = 0;
    for (std::size_t c : chosen) m = std::max(m, cosine(vectors[k], vectors[c]));
    return m;
  };

  // The report writer's kept quotes come first, best first.
  std::vector<std::size_t> kept;
  for (std::size_t k = 0; k < pool.size(); ++k)
    if (candidates[pool[k]].decision == "keep") kept.push_back(k);
  std::stable_sort(kept.begin(), kept.end(),
                   [&](std::size_t a, std::size_t b) { return candidates[pool[a]].score > candidates[pool[b]].score; });
  for (std::size_t k : kept) take(k);

  // With --tone any, a list shows both sides: at least a quarter (and one) each of
  // positive and critical, as far as the comments allow.
  std::map<Tone, std::size_t> floor;
  if (options.tone == "any" && options.limit >= 2) {
    for (Tone t : {Tone::positive, Tone::critical}) {
      std::size_t available = 0;
      for (std::size_t k = 0; k < pool.size(); ++k) available += candidates[pool[k]].tone.tone == t;
      floor[t] = std::min(available, std::max<std::size_t>(1, options.limit / 4));
    }
  }

  bool balance = true;
  while (chosen.size() < options.limit) {
    const std::size_t remaining = options.limit - chosen.size();
    std::size_t needed = 0;
    std::set<Tone> short_of;
    for (const auto& [t, f] : floor)
      if (per_tone[t] < f) {
        needed += f - per_tone[t];
        short_of.insert(t);
      }
    const bool restrict = balance && needed >= remaining && !short_of.empty();
    std::optional<std::size_t> best;
    double best_value = -1e9;
    for (std::size_t k = 0; k < pool.size(); ++k) {
      const Quote& q = candidates[pool[k]];
      if (std::find(chosen.begin(), chosen.end(), k) != chosen.end()) continue;
      if (per_voice[q.voice] >= options.per_respondent) continue;
      if (restrict && !short_of.count(q.tone.tone)) continue;
      if (texts.count(fold(q.text))) continue;
      const double sim = max_similarity(k);
      if (sim >= kDuplicate) continue;
      const double value = kMmrLambda * q.score - (1 - kMmrLambda) * sim;
      if (value > best_value) {
        best_value = value;
        best = k;
      }
    }
    if (!best) {
      if (restrict) {
        balance = false;  // the needed tone has run out under the other rules
        continue;
      }
      break;
    }
    take(*best);
  }

  std::vector<Quote> out;
  for (std::size_t k : chosen) {
    Quote q = candidates[pool[k]];
    if (!options.theme.empty()) {
      for (const auto& t : q.themes)
        if (fold(t) == fold(options.theme)) q.theme = t;
    }
    out.push_back(std::move(q));
  }
  return out;
}

std::vector<ThemeQuotes> select_by_theme(const std::vector<Quote>& candidates, const QuoteOptions& options,
                                         std::size_t per_theme) {
  std::vector<ThemeQuotes> out;
  std::set<std::string> used;
  for (const auto& theme : options.codebook.themes) {
    std::vector<Quote> unused;
    for (const auto& q : candidates)
      if (!used.count(q.id)) unused.push_back(q);
    QuoteOptions o = options;
    o.theme = theme.name;
    o.tone = "any";
    o.limit = per_theme;
    ThemeQuotes group{theme.name, select_quotes(unused, o)};
    for (const auto& q : group.quotes) used.insert(q.id);
    if (!group.quotes.empty()) out.push_back(std::move(group));
  }
  return out;
}

Result<QuoteSelection> build_quote_bank(Database& db, const QuoteResources& resources, const QuoteOptions& options) {
  auto attribute = attribution_attribute(db, options.attribute);
  if (!attribute) return attribute.error();
  auto passages = read_passages(db, *attribute);
  if (!passages) return passages.error();
  const Redactor redactor(resources.names, options.names_to_redact);
  QuoteSelection result;
  result.candidates = make_candidates(*passages, redactor, resources.tone, options.codebook, options.min_cell);
  passages->clear();
  CANVASS_TRY(save_quotes(db, result.candidates));
  if (!options.item.empty() || !options.level.empty()) {
    if (options.item.empty() || options.level.empty())
      return Error{{}, "--item and --level go together", Error::Kind::usage};
    auto scope = respondents_at_level(db, options.item, options.level);
    if (!scope) return scope.error();
    result.scope = std::move(scope).value();
    result.selected = select_quotes(result.candidates, options, &result.scope->respondents);
  } else {
    result.selected = select_quotes(result.candidates, options);
  }
  return result;
}

}  // namespace canvass
