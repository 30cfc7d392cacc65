#include "analysis/quote_bank.hpp"

#include <algorithm>
#include <cmath>
#include <future>

#include "analysis/quote_cache.hpp"
#include "analysis/quote_store.hpp"
#include "analysis/term_vectors.hpp"
#include "model/ordered_work.hpp"

namespace canvass {

namespace {

// Weights of the score's parts; they add up to 1.
constexpr double kWRepresentative = 0.35, kWSubstance = 0.2, kWLength = 0.2, kWSelf = 0.15, kWVivid = 0.1;

}  // namespace

std::string attribution(const Quote& q) {
  if (q.origin == "note") return q.respondent == "notes" ? "Focus group notes" : "Focus group notes, " + q.respondent;
  return q.group.empty() ? "Survey respondent" : "Survey respondent, " + q.group;
}

Result<QuoteResources> QuoteResources::load(const std::string& data_folder) {
  auto tone = ToneScorer::load_default(data_folder);
  if (!tone) return tone.error();
  auto names = NameLists::load(data_folder);
  if (!names) return names.error();
  return QuoteResources{std::move(tone).value(), std::move(names).value(), canvass::data_fingerprint(data_folder)};
}

QuoteBank::QuoteBank(const QuoteResources& resources, const QuoteOptions& options)
    : resources_(resources),
      codebook_(options.codebook),
      names_to_redact_(options.names_to_redact),
      min_cell_(options.min_cell),
      keyword_hits_(options.codebook.themes.size(), 0) {}

std::uint32_t QuoteBank::intern(const std::string& s) {
  auto [it, added] = string_index_.try_emplace(s, static_cast<std::uint32_t>(strings_.size()));
  if (added) strings_.push_back(s);
  return it->second;
}

void QuoteBank::add(const Passage& p) {
  if (!pipeline_) {
    QuoteOptions o;
    o.codebook = codebook_;
    o.names_to_redact = names_to_redact_;
    pipeline_ = std::make_unique<PassagePipeline>(resources_, o);
  }
  auto pieces = pipeline_->prepare(p);
  PreparedPassage prepared;
  prepared.passage = p;
  prepared.passage.text.clear();
  prepared.pieces = std::move(pieces);
  add(std::move(prepared));
}

void QuoteBank::add(PreparedPassage&& prepared) {
  ++(prepared.reused ? passages_reused_ : passages_prepared_);
  if (prepared.pieces.empty()) return;
  const Passage& p = prepared.passage;
  const auto facts = static_cast<std::uint32_t>(facts_.size());
  for (PreparedPiece& piece : prepared.pieces) {
    Candidate c;
    c.id = std::move(piece.id);
    c.text = std::move(piece.text);
    c.facts = facts;
    c.origin_id = p.origin_id;
    c.respondent_id = p.respondent_id.value_or(-1);
    c.line = p.line;
    c.sentence = piece.sentence;
    c.themes = std::move(piece.themes);
    for (std::uint16_t t : c.themes) ++keyword_hits_[t];
    c.tone = piece.tone;
    c.stems.reserve(piece.stems.size());
    for (const std::string& st : piece.stems) {
      auto [it, added] = stem_index_.try_emplace(st, static_cast<std::uint32_t>(stem_index_.size()));
      if (added) document_frequency_.push_back(0);
      c.stems.push_back(it->second);
    }
    // Sorted once here (a term vector needs them so, and their order serves nothing else).
    std::sort(c.stems.begin(), c.stems.end());
    for (std::size_t k = 0; k < c.stems.size(); ++k)
      if (k == 0 || c.stems[k] != c.stems[k - 1]) ++document_frequency_[c.stems[k]];
    c.substance = piece.substance;
    c.length_fit = piece.length_fit;
    c.self_contained = piece.self_contained;
    candidates_.push_back(std::move(c));
  }
  Facts f{};
  f.origin = intern(p.origin);
  f.respondent = intern(p.respondent);
  f.voice = intern(p.voice);
  f.question = intern(p.question);
  f.source = intern(p.source);
  f.group = intern(p.group_size >= min_cell_ ? p.group : std::string());
  facts_.push_back(f);
}

TermVector QuoteBank::vector_of(const Candidate& c) const {
  TermVector v;
  const std::vector<std::uint32_t>& stems = c.stems;  // sorted by add()
  const double n = static_cast<double>(candidates_.size());
  for (std::size_t i = 0; i < stems.size();) {
    std::size_t j = i;
    while (j < stems.size() && stems[j] == stems[i]) ++j;
    const double idf = idf_.size() == document_frequency_.size() && idf_corpus_ == candidates_.size()
                           ? idf_[stems[i]]
                           : std::log((1.0 + n) / (1.0 + document_frequency_[stems[i]])) + 1.0;
    v.emplace_back(stems[i], static_cast<double>(j - i) * idf);
    i = j;
  }
  normalise(v);
  return v;
}

void QuoteBank::score() {
  // Each stem's IDF once, not once per use.
  const double n = static_cast<double>(candidates_.size());
  idf_.resize(document_frequency_.size());
  for (std::size_t s = 0; s < idf_.size(); ++s) idf_[s] = std::log((1.0 + n) / (1.0 + document_frequency_[s])) + 1.0;
  idf_corpus_ = candidates_.size();
  // The centre of each theme and of everything, from every candidate's TF-IDF vector.
  std::vector<TermCentre> centres(codebook_.themes.size());
  TermCentre centre_all;
  for (const Candidate& c : candidates_) {
    const auto v = vector_of(c);
    for (const auto& [t, w] : v) {
      centre_all[t] += w;
      for (std::uint16_t theme : c.themes) centres[theme][t] += w;
    }
  }
  for (auto& c : centres) normalise(c);
  normalise(centre_all);

  double best_rep = 0;
  for (Candidate& c : candidates_) {
    const auto v = vector_of(c);
    double rep = c.themes.empty() ? cosine(v, centre_all) : -1;
    for (std::uint16_t theme : c.themes) {  // codebook order breaks ties
      const double r = cosine(v, centres[theme]);
      if (r > rep) {
        rep = r;
        c.theme = theme;
      }
    }
    c.representativeness = static_cast<float>(std::max(0.0, rep));
    best_rep = std::max(best_rep, static_cast<double>(c.representativeness));
  }
  for (Candidate& c : candidates_) {
    const double rep = best_rep > 0 ? c.representativeness / best_rep : 0;
    const double s = kWRepresentative * rep + kWSubstance * c.substance + kWLength * c.length_fit +
                     kWSelf * c.self_contained + kWVivid * std::fabs(c.tone.compound);
    c.score = static_cast<float>(std::round(s * 1000.0) / 1000.0);
  }
}

Quote QuoteBank::quote_of(const Candidate& c) const {
  const Facts& f = facts_[c.facts];
  Quote q;
  q.id = c.id;
  q.origin = strings_[f.origin];
  q.origin_id = c.origin_id;
  q.sentence = c.sentence;
  q.respondent = strings_[f.respondent];
  q.voice = strings_[f.voice];
  q.question = strings_[f.question];
  q.source = strings_[f.source];
  q.line = c.line;
  q.text = c.text;
  for (std::uint16_t t : c.themes) q.themes.push_back(codebook_.themes[t].name);
  if (c.theme >= 0) q.theme = codebook_.themes[static_cast<std::size_t>(c.theme)].name;
  q.tone = c.tone;
  q.score = std::round(static_cast<double>(c.score) * 1000.0) / 1000.0;
  q.group = strings_[f.group];
  q.decision = c.decision == 1 ? "keep" : c.decision == 2 ? "reject" : "";
  q.representativeness = c.representativeness;
  q.substance = c.substance;
  q.length_fit = c.length_fit;
  q.self_contained = c.self_contained;
  q.respondent_id = c.respondent_id;
  return q;
}

std::vector<Quote> QuoteBank::quotes() const {
  std::vector<Quote> out;
  out.reserve(candidates_.size());
  for (const auto& c : candidates_) out.push_back(quote_of(c));
  return out;
}

void QuoteBank::decide(const std::string& id, const std::string& decision) {
  for (auto& c : candidates_)
    if (c.id == id) c.decision = decision == "keep" ? 1 : decision == "reject" ? 2 : 0;
}

QuoteRow QuoteBank::row_of(const Candidate& c) const {
  const Facts& f = facts_[c.facts];
  QuoteRow r;
  r.id = c.id;
  r.origin = strings_[f.origin];
  r.origin_id = c.origin_id;
  r.sentence = c.sentence;
  r.respondent = strings_[f.respondent];
  r.question = strings_[f.question];
  r.source = strings_[f.source];
  r.line = c.line;
  r.text = c.text;
  if (c.theme >= 0) r.theme = codebook_.themes[static_cast<std::size_t>(c.theme)].name;
  r.tone = to_string(c.tone.tone);
  r.score = std::round(static_cast<double>(c.score) * 1000.0) / 1000.0;  // as quote_of
  return r;
}

Status QuoteBank::save(Database& db) {
  auto decisions = save_quotes(db, candidates_.size(), [&](std::size_t i) { return row_of(candidates_[i]); });
  if (!decisions) return decisions.error();
  if (decisions->empty()) return Ok{};
  for (auto& c : candidates_)
    if (auto it = decisions->find(c.id); it != decisions->end())
      c.decision = it->second == "keep" ? 1 : it->second == "reject" ? 2 : 0;
  return Ok{};
}

std::vector<std::string> QuoteBank::unmatched_keywords() const {
  std::vector<std::string> out;
  if (candidates_.empty()) return out;
  for (std::size_t t = 0; t < keyword_hits_.size(); ++t)
    if (keyword_hits_[t] == 0)
      out.push_back("codebook theme \"" + codebook_.themes[t].name + "\": none of its keywords matched any comment or note");
  return out;
}

namespace {

// How many passages for_each_passage will give, for progress.
Result<std::size_t> count_passages(Database& db) {
  auto st = db.prepare(
      "SELECT (SELECT COUNT(*) FROM comment) + (SELECT COUNT(*) FROM note "
      "WHERE kind IN ('note', 'summary', 'text') AND duplicate_of IS NULL)");
  if (!st) return st.error();
  auto row = st->step();
  if (!row) return row.error();
  const auto n = *row ? static_cast<std::size_t>(st->integer(0)) : 0;
  st->reset();
  return n;
}

// Every passage of the store into `bank`: workers prepare passages (or take the pieces an
// earlier run kept) while this thread takes them in store order, so the bank is the same
// whatever the number of workers. Returns the writer holding the pieces prepared afresh,
// still to be moved into the store for the next run (none when they are not kept).
Result<std::optional<PassageResultWriter>> add_passages(Database& db, const std::optional<std::string>& attribute,
                                                        const QuoteResources& resources, const QuoteOptions& options,
                                                        QuoteBank& bank, const Progress& progress) {
  const auto pipeline = pipeline_fingerprint(resources, options);
  std::optional<PassageResultWriter> writer;
  if (pipeline && !db.read_only()) {
    // Results not kept when the store cannot be opened twice: the bank is the same.
    if (auto opened = PassageResultWriter::open(db.path(), *pipeline)) writer.emplace(std::move(opened).value());
  }
  std::size_t total = 0, done = 0;
  if (progress) {
    auto n = count_passages(db);
    if (!n) return n.error();
    total = *n;
    tell(progress, "scoring comments", {}, 0, total);
  }
  const bool keep = writer.has_value();
  {
    OrderedWork<Passage, PreparedPassage> work(
        worker_count(),
        [&] {
          return [pipeline = std::make_shared<PassagePipeline>(resources, options), keep](Passage& p) {
            PreparedPassage out;
            out.text_hash = passage_text_hash(p);
            if (!p.cached_pieces.empty() && p.cached_hash == out.text_hash) {
              if (auto pieces = decode_pieces(p.cached_pieces, p.text)) {
                out.pieces = std::move(*pieces);
                out.reused = true;
              }
            }
            if (!out.reused) {
              out.pieces = pipeline->prepare(p);
              if (keep) out.encoded = encode_pieces(out.pieces, p.text);
            }
            p.text = std::string();  // the unredacted text goes no further
            p.cached_pieces = std::string();
            out.passage = std::move(p);
            return out;
          };
        },
        [&](PreparedPassage&& prepared) {
          // Keeping results is an economy, never a reason to fail: on any error, stop keeping.
          if (writer && !prepared.reused &&
              !writer->write(passage_key(prepared.passage), prepared.text_hash, prepared.encoded))
            writer.reset();
          bank.add(std::move(prepared));
          if (++done % 4096 == 0) tell(progress, "scoring comments", {}, done, total);
        });
    CANVASS_TRY(for_each_passage(db, attribute, [&](Passage& p) { work.add(std::move(p)); }, pipeline));
    work.finish();
  }
  return writer;
}

}  // namespace

Result<QuoteBank> build_quote_bank(Database& db, const QuoteResources& resources, const QuoteOptions& options,
                                   const Progress& progress) {
  auto attribute = attribution_attribute(db, options.attribute);
  if (!attribute) return attribute.error();
  QuoteBank bank(resources, options);
  auto writer = add_passages(db, *attribute, resources, options, bank, progress);
  if (!writer) return writer.error();
  {
    // The fresh pieces go into the store on their own connection while this thread scores
    // the bank (which reads nothing from the store); both are done before the quote rows
    // are written. Not kept (the store busy or full): the next run prepares them again.
    std::future<Status> kept;
    if (*writer) kept = std::async(std::launch::async, [&w = **writer] { return w.finish(); });
    bank.score();
    if (kept.valid()) (void)kept.get();
  }
  CANVASS_TRY(bank.save(db));
  return bank;
}

Result<QuoteSelection> select_quotes(Database& db, const QuoteBank& bank, const QuoteOptions& options) {
  if (options.item.empty() != options.level.empty())
    return Error{{}, "--item and --level go together", Error::Kind::usage};
  QuoteSelection result;
  result.warnings = codebook_warnings(options.codebook);
  if (!options.item.empty()) {
    auto scope = respondents_at_level(db, options.item, options.level);
    if (!scope) return scope.error();
    result.scope = std::move(scope).value();
    // Quotes tied to a number follow the tables' small-group rule.
    if (static_cast<long>(result.scope->respondents.size()) < options.min_cell) {
      result.too_few = true;
      return result;
    }
    result.selected = bank.select(options, &result.scope->respondents);
  } else {
    result.selected = bank.select(options);
  }
  return result;
}

}  // namespace canvass
