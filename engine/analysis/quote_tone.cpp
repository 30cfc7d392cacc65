#include "analysis/quote_tone.hpp"

#include <cmath>
#include <string>
#include <unordered_set>
#include <vector>

#include "text/fold.hpp"
#include "text/sentences.hpp"
#include "text/words.hpp"

namespace canvass {

namespace {

// VADER's constants: a negated word keeps 74% of its strength, reversed; a booster adds 0.293.
constexpr double kNegation = -0.74;
constexpr double kBoost = 0.293;
constexpr double kTooWord = -1.5;  // "too long", "too small": canvass's rule for feedback
constexpr double kChangeRequest = -1.5;  // a sentence opening "More ...", "Shorter ...": asks for change

// Words that open a request for change in feedback ("Fewer people in each group").
bool asks_for_change(const std::string& first_word) {
  static const std::unordered_set<std::string> w{"more", "less", "fewer", "shorter", "longer", "clearer",
                                                 "better", "earlier", "greater", "smaller", "quicker"};
  return w.count(first_word) > 0;
}

bool is_negator(const std::string& w) {
  static const std::unordered_set<std::string> n{"not",     "no",      "never",  "none",   "nobody", "nothing",
                                                 "neither", "nor",     "without", "hardly", "barely", "cannot",
                                                 "lack",    "lacked",  "lacking", "lacks",  "nowhere", "rarely"};
  return n.count(w) || (w.size() > 3 && w.compare(w.size() - 3, 3, "n't") == 0) ||
         (w.size() > 3 && w.compare(w.size() - 3, 3, "n’t") == 0);
}

bool is_booster(const std::string& w) {
  static const std::unordered_set<std::string> b{"very",       "really",   "extremely", "incredibly", "hugely",
                                                 "highly",     "so",       "particularly", "completely", "totally",
                                                 "absolutely", "genuinely", "truly",     "especially"};
  return b.count(w) > 0;
}

bool is_contrast(const std::string& w) { return w == "but" || w == "however"; }

// "would have helped", "could have been better": the good thing did not happen.
bool counterfactual_before(const std::vector<std::string>& w, std::size_t i) {
  for (std::size_t back = 1; back <= 3 && back <= i; ++back) {
    const auto& a = w[i - back];
    if (a == "have" && back + 1 <= i) {
      const auto& modal = w[i - back - 1];
      if (modal == "would" || modal == "could" || modal == "should") return true;
    }
  }
  return false;
}

bool negated(const std::vector<std::string>& w, std::size_t i) {
  for (std::size_t back = 1; back <= 3 && back <= i; ++back)
    if (is_negator(w[i - back])) return true;
  return false;
}

}  // namespace

std::string_view to_string(Tone t) {
  switch (t) {
    case Tone::positive: return "positive";
    case Tone::critical: return "critical";
    case Tone::neutral: return "neutral";
  }
  return "neutral";
}

ToneScore score_tone(std::string_view text, const ToneLexicon& lexicon) {
  std::vector<std::string> w;
  for (const auto& word : letter_words(text)) w.push_back(fold(word.text));

  std::size_t contrast_at = w.size();  // the last "but": VADER weighs what follows it more
  for (std::size_t i = 0; i < w.size(); ++i)
    if (is_contrast(w[i])) contrast_at = i;

  double sum = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    std::optional<double> v = lexicon.valence(w[i]);
    if (i > 0 && w[i - 1] == "too" && (!v || *v >= 0)) v = kTooWord;
    if (!v || *v == 0) continue;
    double s = *v;
    if (i > 0 && is_booster(w[i - 1])) s += s > 0 ? kBoost : -kBoost;
    if (negated(w, i) || counterfactual_before(w, i)) s *= kNegation;
    if (contrast_at < w.size()) s *= i < contrast_at ? 0.5 : (i > contrast_at ? 1.5 : 1.0);
    sum += s;
  }
  for (const auto& sentence : split_sentences(text)) {
    const auto first = letter_words(sentence.text);
    if (!first.empty() && asks_for_change(fold(first.front().text))) sum += kChangeRequest;
  }
  ToneScore r;
  r.compound = sum / std::sqrt(sum * sum + 15.0);
  r.tone = r.compound >= 0.05 ? Tone::positive : r.compound <= -0.05 ? Tone::critical : Tone::neutral;
  return r;
}

}  // namespace canvass
