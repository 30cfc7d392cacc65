// QuoteBank's selection: eligible candidates narrowed to bounded pools of the best (per
// tone, so balance never depends on the corpus's size), then maximal marginal relevance
// with the per-respondent cap, near-duplicates and the positive/critical floor.
#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "analysis/quote_bank.hpp"
#include "analysis/term_vectors.hpp"
#include "text/fold.hpp"

namespace canvass {

namespace {

constexpr double kMmrLambda = 0.7;     // relevance vs. novelty in MMR
constexpr double kDuplicate = 0.8;     // cosine at which two quotes say the same thing
constexpr std::size_t kPoolMin = 100;  // candidates kept per tone for a pick, at least...
constexpr std::size_t kPoolPerQuote = 10;  // ...or this many per quote asked for

// Which side of the balance a quote counts for: only confident calls count.
int side(const ToneScore& t) {
  if (!t.confident()) return 2;
  return t.tone == Tone::positive ? 0 : t.tone == Tone::critical ? 1 : 2;
}

}  // namespace

struct QuoteBank::Selection {
  std::unordered_map<std::uint32_t, std::size_t> per_voice;  // quotes shown per voice
  std::set<std::size_t> used;                                // candidates already shown
  std::unordered_set<std::string> texts;                     // folded texts already shown
  std::vector<std::size_t> picked;                           // this list's picks, in order
};

std::vector<std::size_t> QuoteBank::pool(const QuoteOptions& o, const std::set<std::int64_t>* allowed,
                                         const std::set<std::size_t>& used, std::optional<std::size_t> theme) const {
  if (!o.theme.empty() && !theme) {
    for (std::size_t t = 0; t < codebook_.themes.size(); ++t)
      if (fold(codebook_.themes[t].name) == fold(o.theme)) theme = t;
    if (!theme) return {};
  }
  std::unordered_map<std::uint32_t, bool> question_fits;  // per distinct question text
  const std::string wanted_question = fold(o.question);
  std::vector<std::size_t> kept, by_side[3];
  for (std::size_t i = 0; i < candidates_.size(); ++i) {
    const Candidate& c = candidates_[i];
    if (c.decision == 2 || used.count(i)) continue;
    if (theme && std::find(c.themes.begin(), c.themes.end(), *theme) == c.themes.end()) continue;
    if (o.tone != "any" && to_string(c.tone.tone) != o.tone) continue;
    if (allowed && (c.respondent_id < 0 || !allowed->count(c.respondent_id))) continue;
    if (!o.question.empty()) {
      const std::uint32_t q = facts_[c.facts].question;
      auto it = question_fits.find(q);
      if (it == question_fits.end())
        it = question_fits.emplace(q, fold(strings_[q]).find(wanted_question) != std::string::npos).first;
      if (!it->second) continue;
    }
    (c.decision == 1 ? kept : by_side[side(c.tone)]).push_back(i);
  }
  // The best of each side, so a pick never scans the whole corpus.
  const std::size_t bound = std::max(kPoolMin, kPoolPerQuote * o.limit);
  const auto better = [&](std::size_t a, std::size_t b) {
    return candidates_[a].score != candidates_[b].score ? candidates_[a].score > candidates_[b].score : a < b;
  };
  std::vector<std::size_t> out = kept;
  for (auto& s : by_side) {
    if (s.size() > bound) {
      std::nth_element(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(bound), s.end(), better);
      s.resize(bound);
    }
    out.insert(out.end(), s.begin(), s.end());
  }
  std::sort(out.begin(), out.end());  // store order, so ties go to the earlier passage
  return out;
}

void QuoteBank::choose(const std::vector<std::size_t>& pool, const QuoteOptions& o, bool balance, Selection& s) const {
  std::vector<TermVector> vectors;
  vectors.reserve(pool.size());
  for (std::size_t i : pool) vectors.push_back(vector_of(candidates_[i]));
  std::vector<std::size_t> chosen;  // positions in pool
  std::size_t per_side[3] = {0, 0, 0};
  const auto take = [&](std::size_t k) {
    const Candidate& c = candidates_[pool[k]];
    chosen.push_back(k);
    s.picked.push_back(pool[k]);
    s.used.insert(pool[k]);
    ++s.per_voice[facts_[c.facts].voice];
    ++per_side[side(c.tone)];
    s.texts.insert(fold(c.text));
  };
  const auto max_similarity = [&](std::size_t k) {
    double m = 0;
    for (std::size_t c : chosen) m = std::max(m, cosine(vectors[k], vectors[c]));
    return m;
  };

  // The report writer's kept quotes come first, best first.
  std::vector<std::size_t> kept;
  for (std::size_t k = 0; k < pool.size(); ++k)
    if (candidates_[pool[k]].decision == 1) kept.push_back(k);
  std::stable_sort(kept.begin(), kept.end(), [&](std::size_t a, std::size_t b) {
    return candidates_[pool[a]].score > candidates_[pool[b]].score;
  });
  for (std::size_t k : kept)
    if (chosen.size() < o.limit) take(k);

  // With --tone any, a list shows both sides: at least a quarter (and one) each of
  // confidently positive and confidently critical quotes, as far as the comments allow.
  std::size_t floor[2] = {0, 0};
  if (balance && o.tone == "any" && o.limit >= 2) {
    std::size_t available[2] = {0, 0};
    for (std::size_t i : pool)
      if (side(candidates_[i].tone) < 2) ++available[side(candidates_[i].tone)];
    for (int t = 0; t < 2; ++t) floor[t] = std::min(available[t], std::max<std::size_t>(1, o.limit / 4));
  }

  while (chosen.size() < o.limit) {
    const std::size_t remaining = o.limit - chosen.size();
    std::size_t needed = 0;
    bool short_of[2] = {false, false};
    for (int t = 0; t < 2; ++t)
      if (per_side[t] < floor[t]) {
        needed += floor[t] - per_side[t];
        short_of[t] = true;
      }
    const bool restrict = balance && needed >= remaining && (short_of[0] || short_of[1]);
    std::optional<std::size_t> best;
    double best_value = -1e9;
    for (std::size_t k = 0; k < pool.size(); ++k) {
      const Candidate& c = candidates_[pool[k]];
      if (s.used.count(pool[k])) continue;
      if (s.per_voice[facts_[c.facts].voice] >= o.per_respondent) continue;
      const int sd = side(c.tone);
      if (restrict && (sd == 2 || !short_of[sd])) continue;
      const double sim = max_similarity(k);
      if (sim >= kDuplicate) continue;
      const double value = kMmrLambda * c.score - (1 - kMmrLambda) * sim;
      if (value > best_value && !s.texts.count(fold(c.text))) {
        best_value = value;
        best = k;
      }
    }
    if (!best) {
      if (restrict) {
        balance = false;  // the needed side has run out under the other rules
        continue;
      }
      break;
    }
    take(*best);
  }
}

std::vector<Quote> QuoteBank::select(const QuoteOptions& o, const std::set<std::int64_t>* allowed) const {
  Selection s;
  choose(pool(o, allowed, s.used, std::nullopt), o, true, s);
  std::vector<Quote> out;
  for (std::size_t i : s.picked) {
    Quote q = quote_of(candidates_[i]);
    if (!o.theme.empty())
      for (const auto& t : q.themes)
        if (fold(t) == fold(o.theme)) q.theme = t;
    out.push_back(std::move(q));
  }
  return out;
}

std::vector<ThemeQuotes> QuoteBank::select_by_theme(const QuoteOptions& options, std::size_t per_theme) const {
  std::vector<ThemeQuotes> out;
  Selection s;  // shared by every theme: the cap and "each quote once" hold across the section
  QuoteOptions o = options;
  o.tone = "any";
  o.limit = per_theme;
  o.theme.clear();
  for (std::size_t t = 0; t < codebook_.themes.size(); ++t) {
    s.picked.clear();
    choose(pool(o, nullptr, s.used, t), o, true, s);
    ThemeQuotes group{codebook_.themes[t].name, {}};
    for (std::size_t i : s.picked) {
      Quote q = quote_of(candidates_[i]);
      q.theme = group.theme;
      group.quotes.push_back(std::move(q));
    }
    if (!group.quotes.empty()) out.push_back(std::move(group));
  }
  return out;
}

}  // namespace canvass
