// The tone of a passage — positive, critical, mixed or neutral — from a linear model
// (multinomial logistic regression, trained by bench/tone/train_tone on openly licensed
// labelled text, shipped as data/tone/tone_model.tsv) over the clause-level features of
// text/tone_features: words, word pairs, negation and counterfactual scope, contrast,
// "not yet"/"no longer", requests for change, and the lexicon's scores. A passage whose
// clauses carry praise and criticism in balance is mixed.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/error.hpp"
#include "text/stemmer.hpp"
#include "text/tone_features.hpp"
#include "text/tone_lexicon.hpp"
#include "text/words.hpp"

namespace canvass {

enum class Tone { positive, critical, neutral, mixed };

std::string_view to_string(Tone t);

struct ToneScore {
  double compound = 0;    // -1 (critical) .. +1 (positive): P(positive) - P(critical)
  Tone tone = Tone::neutral;
  double confidence = 0;  // the model's probability of `tone` (for mixed: of the nearer side)
  // Confident enough to be counted as a critical (or positive) view in a balanced list.
  bool confident() const;
};

// The model's weights: per feature, one weight for each of positive, critical, neutral.
class ToneModel {
 public:
  static constexpr std::size_t kClasses = 3;  // positive, critical, neutral
  using Weights = std::array<float, kClasses>;

  // Reads `path`: "#" comments, then FEATURE<TAB>w_positive<TAB>w_critical<TAB>w_neutral.
  static Result<ToneModel> load(const std::string& path);
  void set(std::string_view feature, const Weights& w);
  const Weights* weights(std::uint64_t key) const;
  std::size_t size() const { return weights_.size(); }

 private:
  std::unordered_map<std::uint64_t, Weights> weights_;
};

// The lexicon and the model together: all canvass needs to give a passage its tone.
struct ToneScorer {
  ToneLexicon lexicon;
  ToneModel model;
  // data/tone/{vader_lexicon,domain_supplement,tone_model}.tsv under `data_folder`.
  static Result<ToneScorer> load_default(const std::string& data_folder);
  ToneScore score(std::string_view text) const;
  ToneScore score(std::string_view text, Stemmer& stemmer) const;  // many passages: one Stemmer
  // Text already folded, split by words() and stemmed (see text/tone_features).
  ToneScore score(const std::vector<Word>& folded_pieces, const std::vector<std::string>& stems) const;

 private:
  ToneScore score(const ToneFeatures& features) const;
};

}  // namespace canvass
