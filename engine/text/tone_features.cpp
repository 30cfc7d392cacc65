#include "text/tone_features.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "text/fold.hpp"
#include "text/stemmer.hpp"
#include "text/words.hpp"

namespace canvass {

namespace {

bool in(const std::unordered_set<std::string_view>& set, std::string_view w) { return set.count(w) > 0; }

bool is_negator(std::string_view w) {
  static const std::unordered_set<std::string_view> n{
      "not",  "no",     "never",  "none",   "nobody",  "nothing", "neither", "nor",    "without", "hardly",
      "barely", "cannot", "lack", "lacked", "lacking", "lacks",   "nowhere", "rarely", "little",  "scarcely"};
  if (in(n, w)) return true;
  return w.size() > 3 && w.substr(w.size() - 3) == "n't";
}

// A clause that opens with one of these concedes; the clause after it carries the point.
bool is_concessive(std::string_view w) {
  static const std::unordered_set<std::string_view> c{"although", "though", "whilst", "despite", "notwithstanding"};
  return in(c, w);
}

// A clause that opens with one of these overrides what came before it.
bool is_contrast(std::string_view w) {
  static const std::unordered_set<std::string_view> c{"but", "however", "nevertheless", "nonetheless", "except"};
  return in(c, w);
}

bool is_modal(std::string_view w) {
  static const std::unordered_set<std::string_view> m{"would", "could", "should", "might", "must", "ought"};
  return in(m, w);
}

// "would've", "could've": a modal with "have" in one word.
bool is_modal_have(std::string_view w) {
  static const std::unordered_set<std::string_view> m{"would've", "could've", "should've", "might've", "must've"};
  return in(m, w);
}

// The first word of a sentence that asks for change: "More time with…", "Shorter days".
bool asks_for_change(std::string_view w) {
  static const std::unordered_set<std::string_view> a{"more",    "less",   "fewer",   "shorter",  "longer",
                                                      "clearer", "better", "earlier", "greater",  "smaller",
                                                      "quicker", "extra",  "perhaps", "maybe",    "possibly",
                                                      "consider", "needs", "need",    "please",   "ensure"};
  return in(a, w);
}

std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 1469598103934665603ull) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

class Builder {
 public:
  Builder(ToneFeatures& out, bool with_names) : out_(out), with_names_(with_names) {}

  void add(std::string_view prefix, std::string_view name, float value, int clause) {
    ToneFeature f;
    f.key = fnv1a(name, fnv1a(prefix));
    f.value = value;
    f.clause = clause;
    out_.features.push_back(f);
    if (with_names_) out_.names.push_back(std::string(prefix) + std::string(name));
  }

  // "b:first second" without building the string.
  void add_pair(std::string_view prefix, std::string_view first, std::string_view second, float value, int clause) {
    ToneFeature f;
    f.key = fnv1a(second, fnv1a(" ", fnv1a(first, fnv1a(prefix))));
    f.value = value;
    f.clause = clause;
    out_.features.push_back(f);
    if (with_names_) out_.names.push_back(std::string(prefix) + std::string(first) + ' ' + std::string(second));
  }

 private:
  ToneFeatures& out_;
  bool with_names_;
};

// Sums of the lexicon's valences in one clause, by how the word stands.
struct LexiconSums {
  double pos = 0, neg = 0;                    // as said
  double negated_pos = 0, negated_neg = 0;    // under a negation ("not helpful")
  double hypothetical_pos = 0, hypothetical_neg = 0;  // under a counterfactual ("would have been useful")
};

}  // namespace

std::uint64_t tone_feature_key(std::string_view name) {
  // The same hash Builder::add computes over prefix then rest.
  return fnv1a(name);
}

ToneFeatures tone_features(std::string_view text, const ToneLexicon& lexicon, Stemmer& stemmer, bool with_names) {
  const std::string folded = fold(text);
  const std::vector<Word> pieces = words(folded);
  std::vector<std::string> stems;
  for (const auto& p : pieces)
    if (p.kind == Word::Kind::letters) stems.push_back(stemmer.stem(p.text));
  return tone_features(pieces, stems, lexicon, with_names);
}

ToneFeatures tone_features(const std::vector<Word>& pieces, const std::vector<std::string>& stems,
                           const ToneLexicon& lexicon, bool with_names) {
  ToneFeatures out;
  Builder b(out, with_names);

  std::size_t letter_count = 0;
  for (const auto& p : pieces) letter_count += p.kind == Word::Kind::letters;
  std::size_t next_stem = 0;  // stems[next_stem] belongs to the next letters piece

  std::vector<float> weights{1.0f};  // per clause
  std::vector<LexiconSums> sums(1);
  int clause = 0;
  bool negated = false, hypothetical = false, concessive = false, sentence_start = true, clause_start = true;
  std::string_view prev;  // previous word in the clause ("" at its start); a view into the text

  const auto end_clause = [&](bool new_sentence) {
    if (!clause_start) {
      ++clause;
      weights.push_back(concessive ? 1.5f : 1.0f);  // after "Although X," comes the point
      sums.emplace_back();
    }
    negated = hypothetical = concessive = false;
    clause_start = true;
    sentence_start = sentence_start || new_sentence;
    prev = {};
  };

  for (const auto& p : pieces) {
    if (p.kind == Word::Kind::other) {
      const std::string_view s = p.text;
      if (s.find_first_of(".!?;:") != std::string_view::npos) {
        if (s.find('!') != std::string_view::npos) b.add("p:", "!", 1, clause);
        if (s.find('?') != std::string_view::npos) b.add("p:", "?", 1, clause);
        end_clause(s.find_first_of(".!?") != std::string_view::npos);
      } else if (s.find(',') != std::string_view::npos || s.find("\xE2\x80\x94") != std::string_view::npos ||
                 s.find(" - ") != std::string_view::npos) {
        if (concessive) end_clause(false);
        negated = false;  // a negation reaches to the next comma
      }
      continue;
    }
    if (p.kind != Word::Kind::letters) continue;
    static const std::string no_stem;
    const std::string& stem = next_stem < stems.size() ? stems[next_stem] : no_stem;
    ++next_stem;
    const std::string_view w = p.text;  // folded: apostrophes are already plain

    if (is_contrast(w) || is_concessive(w)) {
      const bool concede = is_concessive(w);
      if (!clause_start) end_clause(false);
      if (concede) {
        weights[clause] = 0.5f;
        concessive = true;
      } else {
        weights[clause] = 1.5f;
        if (clause > 0) weights[clause - 1] *= 0.5f;
      }
      b.add("r:", concede ? "concession" : "contrast", 1, clause);
      clause_start = false;
      continue;
    }

    if (sentence_start && asks_for_change(w)) b.add("r:", "asks-for-change", 1, clause);
    if (sentence_start) b.add("s:", w, 1, clause);

    // Rules over the last words of the clause.
    if ((prev == "not" && w == "yet") || (prev == "yet" && w == "to")) b.add("r:", "not-yet", 1, clause);
    if ((prev == "no" && w == "longer") || (prev == "any" && (w == "more" || w == "longer")) || w == "anymore")
      b.add("r:", "no-longer", 1, clause);
    if (is_modal_have(w) || (is_modal(prev) && (w == "have" || w == "be"))) {
      hypothetical = true;
      b.add("r:", "counterfactual", 1, clause);
    }
    if ((prev == "would" || prev == "d") && (w == "like" || w == "prefer" || w == "help" || w == "benefit"))
      b.add("r:", "request", 1, clause);
    if ((prev == "it" && w == "would") || (prev == "i" && w == "wish") || (prev == "if" && w == "only"))
      b.add("r:", "request", 1, clause);
    if ((prev == "need" || prev == "needs") && w == "to") b.add("r:", "request", 1, clause);

    const bool negator = is_negator(w);
    const std::string_view scope = negated ? "n:" : hypothetical ? "c:" : "w:";
    b.add(scope, stem.empty() ? w : stem, 1, clause);  // "organised", "organisation" pool their evidence
    if (!prev.empty()) b.add_pair("b:", prev, w, 1, clause);

    std::optional<double> v = lexicon.valence(w);
    if (prev == "too" && (!v || *v >= 0)) {
      b.add("r:", "too", 1, clause);
      v = -1.5;
    }
    if (v && *v != 0) {
      auto& s = sums[clause];
      if (negated) (*v > 0 ? s.negated_pos : s.negated_neg) += *v;
      else if (hypothetical) (*v > 0 ? s.hypothetical_pos : s.hypothetical_neg) += *v;
      else (*v > 0 ? s.pos : s.neg) += *v;
    }
    // "not only" and "no doubt" do not negate what follows.
    if (negator && !(prev == "not" && w == "only")) negated = true;
    if (w == "only" && prev == "not") negated = false;
    if (w == "doubt" && prev == "no") negated = false;

    prev = w;
    clause_start = false;
    sentence_start = false;
  }
  if (clause_start && clause > 0) {  // the text ended after a break: no empty last clause
    weights.pop_back();
    sums.pop_back();
    --clause;
    for (auto& f : out.features) f.clause = std::min(f.clause, clause);  // "!" after the last full stop
  }
  out.clauses = clause + 1;

  bool rated = false;  // any word the lexicon rates, or any rule fired
  for (const auto& f : out.features) rated = rated || f.key == tone_feature_key("r:asks-for-change");
  for (int c = 0; c < out.clauses; ++c) {
    const auto& s = sums[static_cast<std::size_t>(c)];
    rated = rated || s.pos != 0 || s.neg != 0 || s.negated_pos != 0 || s.negated_neg != 0 || s.hypothetical_pos != 0 ||
            s.hypothetical_neg != 0;
    const auto lex = [&](std::string_view name, double sum) {
      if (sum != 0) b.add("l:", name, static_cast<float>(std::fabs(sum) / 4.0), c);
    };
    lex("pos", s.pos);
    lex("neg", s.neg);
    lex("negated-pos", s.negated_pos);
    lex("negated-neg", s.negated_neg);
    lex("hypothetical-pos", s.hypothetical_pos);
    lex("hypothetical-neg", s.hypothetical_neg);
  }

  if (!rated) b.add("l:", "none", 1, 0);  // nothing evaluative: likely a plain statement

  // Longer passages should not win on length alone: each feature is scaled down with the
  // number of words, then by its clause's weight.
  const float scale = 1.0f / std::sqrt(1.0f + static_cast<float>(letter_count) / 8.0f);
  for (auto& f : out.features) f.value *= scale * weights[static_cast<std::size_t>(f.clause)];
  b.add("", "bias", 1, -1);
  return out;
}

}  // namespace canvass
