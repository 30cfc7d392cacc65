#include "analysis/quote_tone.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <vector>

#include "text/tone_features.hpp"
#include "text/word_list.hpp"

namespace canvass {

namespace {

constexpr double kConfident = 0.6;     // P(tone) at which a positive/critical call counts in the balance
constexpr double kMixedFloor = 0.6;    // each side's clause evidence (logits) must reach this...
constexpr double kMixedBalance = 0.5;  // ...and the weaker side be at least half the stronger

std::array<double, ToneModel::kClasses> softmax(const std::array<double, ToneModel::kClasses>& z) {
  const double top = *std::max_element(z.begin(), z.end());
  std::array<double, ToneModel::kClasses> p{};
  double sum = 0;
  for (std::size_t k = 0; k < z.size(); ++k) sum += p[k] = std::exp(z[k] - top);
  for (auto& v : p) v /= sum;
  return p;
}

}  // namespace

std::string_view to_string(Tone t) {
  switch (t) {
    case Tone::positive: return "positive";
    case Tone::critical: return "critical";
    case Tone::neutral: return "neutral";
    case Tone::mixed: return "mixed";
  }
  return "neutral";
}

bool ToneScore::confident() const {
  return (tone == Tone::positive || tone == Tone::critical) && confidence >= kConfident;
}

Result<ToneModel> ToneModel::load(const std::string& path) {
  ToneModel model;
  CANVASS_TRY(for_each_data_line(path, "tone model", [&](std::string_view line, std::size_t number) -> Status {
    const auto tab = line.find('\t');
    if (tab == std::string_view::npos || tab == 0) return Error{{path, number, 1}, "expected FEATURE<TAB>3 weights"};
    Weights w{};
    std::size_t at = tab + 1;
    for (std::size_t k = 0; k < kClasses; ++k) {
      const std::size_t end = std::min(line.find('\t', at), line.size());
      auto [p, ec] = std::from_chars(line.data() + at, line.data() + end, w[k]);
      if (ec != std::errc{} || p != line.data() + end)
        return Error{{path, number, at + 1}, "weight is not a number"};
      at = end + 1;
      if (k + 1 < kClasses && end == line.size()) return Error{{path, number, end + 1}, "expected 3 weights"};
    }
    model.set(line.substr(0, tab), w);
    return Ok{};
  }));
  if (model.weights_.empty()) return Error{{path}, "the tone model has no weights"};
  return model;
}

void ToneModel::set(std::string_view feature, const Weights& w) { weights_[tone_feature_key(feature)] = w; }

const ToneModel::Weights* ToneModel::weights(std::uint64_t key) const {
  auto it = weights_.find(key);
  return it == weights_.end() ? nullptr : &it->second;
}

Result<ToneScorer> ToneScorer::load_default(const std::string& data_folder) {
  auto lexicon = ToneLexicon::load_default(data_folder);
  if (!lexicon) return lexicon.error();
  auto model = ToneModel::load(data_folder + "/tone/tone_model.tsv");
  if (!model) return model.error();
  return ToneScorer{std::move(lexicon).value(), std::move(model).value()};
}

ToneScore ToneScorer::score(std::string_view text) const {
  Stemmer stemmer;
  return score(text, stemmer);
}

ToneScore ToneScorer::score(std::string_view text, Stemmer& stemmer) const {
  return score(tone_features(text, lexicon, stemmer));
}

ToneScore ToneScorer::score(const std::vector<Word>& pieces, const std::vector<std::string>& stems) const {
  return score(tone_features(pieces, stems, lexicon));
}

ToneScore ToneScorer::score(const ToneFeatures& f) const {
  std::array<double, ToneModel::kClasses> z{};
  std::vector<double> margin(static_cast<std::size_t>(std::max(f.clauses, 1)), 0.0);  // positive - critical
  bool any = false;
  for (const auto& feature : f.features) {
    const auto* w = model.weights(feature.key);
    if (!w) continue;
    for (std::size_t k = 0; k < z.size(); ++k) z[k] += (*w)[k] * feature.value;
    if (feature.clause >= 0) {
      margin[static_cast<std::size_t>(feature.clause)] += ((*w)[0] - (*w)[1]) * feature.value;
      any = true;
    }
  }
  const auto p = softmax(z);
  ToneScore r;
  r.compound = std::round((p[0] - p[1]) * 1000.0) / 1000.0;
  const std::size_t best = static_cast<std::size_t>(std::max_element(p.begin(), p.end()) - p.begin());
  r.tone = best == 0 ? Tone::positive : best == 1 ? Tone::critical : Tone::neutral;
  r.confidence = p[best];
  if (!any) {  // nothing the model knows: no tone to speak of
    r.tone = Tone::neutral;
    return r;
  }
  double praise = 0, criticism = 0;
  for (double m : margin) (m > 0 ? praise : criticism) += std::fabs(m);
  const double weaker = std::min(praise, criticism), stronger = std::max(praise, criticism);
  if (f.clauses > 1 && weaker >= kMixedFloor && weaker >= kMixedBalance * stronger) {
    r.tone = Tone::mixed;
    r.confidence = std::max(p[0], p[1]);
  }
  return r;
}

}  // namespace canvass
