// Trains and evaluates canvass's tone model (data/tone/tone_model.tsv).
//
//   train_tone train --data DIR --out MODEL FILE[:WEIGHT]...
//   train_tone evaluate --data DIR --model MODEL [--errors] FILE...
//   train_tone themes --data DIR [--errors] FILE...
//
// FILE holds LABEL<TAB>TEXT lines (positive, critical, neutral; "mixed" lines are used by
// evaluate only). Training is multinomial logistic regression by AdaGrad SGD over the
// features of text/tone_features (the same code canvass scores with), in a fixed order
// from a fixed seed, so the same files always give the same model. WEIGHT repeats a
// file's examples' weight (the feedback-domain files count more than Reddit comments).
// evaluate scores each line with canvass's ToneScorer (model + mixed rule) and prints
// accuracy, critical recall and precision, and the confusion table as Markdown. themes
// checks the default codebook's keyword matching against hand-coded comments.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "analysis/codebook.hpp"
#include "analysis/quote_tone.hpp"
#include "text/tone_features.hpp"

namespace {

using namespace canvass;

constexpr std::uint32_t kSeed = 20261204;
constexpr int kEpochs = 15;
constexpr double kRate = 0.1;       // AdaGrad step
constexpr double kL2 = 1e-5;        // per example
constexpr int kMinCount = 2;        // a word or pair seen fewer times is dropped

struct Example {
  int label = 0;
  double weight = 1;
  std::vector<std::pair<int, float>> x;  // feature index, value
};

int label_index(const std::string& l) {
  if (l == "positive") return 0;
  if (l == "critical") return 1;
  if (l == "neutral") return 2;
  if (l == "mixed") return 3;
  return -1;
}

std::vector<std::pair<int, std::string>> read_tsv(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << path << ": cannot read\n";
    std::exit(2);
  }
  std::vector<std::pair<int, std::string>> out;
  std::string line;
  std::size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    const auto tab = line.find('\t');
    const int l = tab == std::string::npos ? -1 : label_index(line.substr(0, tab));
    if (l < 0) {
      std::cerr << path << ":" << n << ": expected LABEL<TAB>TEXT\n";
      std::exit(2);
    }
    out.emplace_back(l, line.substr(tab + 1));
  }
  return out;
}

int train(const std::string& data, const std::string& out_path, const std::vector<std::string>& files) {
  auto lexicon = ToneLexicon::load_default(data);
  if (!lexicon) {
    std::cerr << lexicon.error().to_string() << '\n';
    return 2;
  }
  Stemmer stemmer;
  std::unordered_map<std::string, int> index;
  std::vector<std::string> names;
  std::vector<int> counts;
  std::vector<Example> examples;
  for (const auto& spec : files) {
    const auto colon = spec.rfind(':');
    const std::string path = colon == std::string::npos ? spec : spec.substr(0, colon);
    const double weight = colon == std::string::npos ? 1.0 : std::stod(spec.substr(colon + 1));
    for (const auto& [label, text] : read_tsv(path)) {
      if (label > 2) continue;
      const ToneFeatures f = tone_features(text, *lexicon, stemmer, /*with_names=*/true);
      Example e;
      e.label = label;
      e.weight = weight;
      for (std::size_t i = 0; i < f.features.size(); ++i) {
        auto [it, added] = index.emplace(f.names[i], static_cast<int>(names.size()));
        if (added) {
          names.push_back(f.names[i]);
          counts.push_back(0);
        }
        ++counts[static_cast<std::size_t>(it->second)];
        e.x.emplace_back(it->second, f.features[i].value);
      }
      examples.push_back(std::move(e));
    }
  }
  // Rare words and pairs are noise; rules, lexicon scores and the bias always stay.
  for (auto& e : examples)
    e.x.erase(std::remove_if(e.x.begin(), e.x.end(),
                             [&](const auto& p) {
                               const std::string& n = names[static_cast<std::size_t>(p.first)];
                               const bool kept_always = n.rfind("r:", 0) == 0 || n.rfind("l:", 0) == 0 || n == "bias";
                               return !kept_always && counts[static_cast<std::size_t>(p.first)] < kMinCount;
                             }),
              e.x.end());

  const std::size_t F = names.size();
  std::vector<std::array<double, 3>> w(F, {0, 0, 0}), g2(F, {1e-8, 1e-8, 1e-8});

  std::vector<std::size_t> order(examples.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 rng(kSeed);
  for (int epoch = 0; epoch < kEpochs; ++epoch) {
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);  // Fisher-Yates
    double loss = 0;
    for (std::size_t i : order) {
      const Example& e = examples[i];
      std::array<double, 3> z{0, 0, 0};
      for (const auto& [f, v] : e.x)
        for (int k = 0; k < 3; ++k) z[static_cast<std::size_t>(k)] += w[static_cast<std::size_t>(f)][static_cast<std::size_t>(k)] * v;
      const double top = std::max({z[0], z[1], z[2]});
      std::array<double, 3> p{};
      double sum = 0;
      for (int k = 0; k < 3; ++k) sum += p[static_cast<std::size_t>(k)] = std::exp(z[static_cast<std::size_t>(k)] - top);
      for (auto& v : p) v /= sum;
      loss -= e.weight * std::log(std::max(1e-12, p[static_cast<std::size_t>(e.label)]));
      for (const auto& [f, v] : e.x) {
        auto& wf = w[static_cast<std::size_t>(f)];
        auto& gf = g2[static_cast<std::size_t>(f)];
        for (int k = 0; k < 3; ++k) {
          const auto ku = static_cast<std::size_t>(k);
          const double grad = e.weight * (p[ku] - (k == e.label ? 1.0 : 0.0)) * v + kL2 * wf[ku];
          gf[ku] += grad * grad;
          wf[ku] -= kRate * grad / std::sqrt(gf[ku]);
        }
      }
    }
    std::cerr << "epoch " << epoch + 1 << ": loss " << loss / static_cast<double>(examples.size()) << '\n';
  }

  std::ofstream out(out_path, std::ios::binary);
  out << "# canvass tone model: multinomial logistic regression over text/tone_features.\n"
      << "# Made by bench/tone/train_tone (see docs/tone.md); do not edit by hand.\n"
      << "# FEATURE<TAB>w_positive<TAB>w_critical<TAB>w_neutral\n";
  std::vector<std::size_t> by_name(F);
  for (std::size_t i = 0; i < F; ++i) by_name[i] = i;
  std::sort(by_name.begin(), by_name.end(), [&](std::size_t a, std::size_t b) { return names[a] < names[b]; });
  std::size_t written = 0;
  char buf[64];
  for (std::size_t i : by_name) {
    const auto& wi = w[i];
    if (std::max({std::fabs(wi[0]), std::fabs(wi[1]), std::fabs(wi[2])}) < 0.005) continue;
    if (names[i].find('\t') != std::string::npos || names[i].find('\n') != std::string::npos) continue;
    out << names[i];
    for (double v : wi) {
      std::snprintf(buf, sizeof buf, "\t%.3f", v);
      out << buf;
    }
    out << '\n';
    ++written;
  }
  std::cerr << written << " of " << F << " features written to " << out_path << '\n';
  return 0;
}

int evaluate(const std::string& data, const std::string& model_path, const std::vector<std::string>& files,
             bool show_errors) {
  auto lexicon = ToneLexicon::load_default(data);
  auto model = ToneModel::load(model_path);
  if (!lexicon || !model) {
    std::cerr << (lexicon ? model.error() : lexicon.error()).to_string() << '\n';
    return 2;
  }
  const ToneScorer scorer{std::move(lexicon).value(), std::move(model).value()};
  const char* tones[] = {"positive", "critical", "neutral", "mixed"};
  std::cout << "| set | n | accuracy | critical recall | critical precision | mixed given |\n|---|---|---|---|---|---|\n";
  for (const auto& path : files) {
    std::array<std::array<int, 4>, 4> confusion{};
    for (const auto& [label, text] : read_tsv(path)) {
      const Tone t = scorer.score(text).tone;
      const int got = t == Tone::positive ? 0 : t == Tone::critical ? 1 : t == Tone::neutral ? 2 : 3;
      ++confusion[static_cast<std::size_t>(label)][static_cast<std::size_t>(got)];
      if (got != label && show_errors) std::cerr << tones[label] << " -> " << tones[got] << ": " << text << '\n';
    }
    int n = 0, right = 0, crit = 0, crit_found = 0, called_crit = 0, mixed = 0;
    for (int a = 0; a < 4; ++a)
      for (int b = 0; b < 4; ++b) {
        const int c = confusion[static_cast<std::size_t>(a)][static_cast<std::size_t>(b)];
        n += c;
        if (a == b) right += c;
        if (a == 1) crit += c;
        if (b == 1) called_crit += c;
        if (a == 1 && b == 1) crit_found += c;
        if (b == 3) mixed += c;
      }
    const auto pct = [](int a, int b) { return b ? std::to_string(static_cast<int>(std::lround(1000.0 * a / b)) / 10.0).substr(0, 4) + "%" : std::string("–"); };
    std::string name = path.substr(path.find_last_of('/') + 1);
    std::cout << "| " << name << " | " << n << " | " << pct(right, n) << " | " << pct(crit_found, crit) << " | "
              << pct(crit_found, called_crit) << " | " << pct(mixed, n) << " |\n";
    std::cerr << name << " confusion (rows: label, columns: given positive/critical/neutral/mixed)\n";
    for (int a = 0; a < 4; ++a) {
      std::cerr << "  " << tones[a];
      for (int b = 0; b < 4; ++b) std::cerr << '\t' << confusion[static_cast<std::size_t>(a)][static_cast<std::size_t>(b)];
      std::cerr << '\n';
    }
  }
  return 0;
}

// Theme assignment against hand-coded comments: THEMES(;-separated)<TAB>TEXT lines,
// matched with the default codebook; precision and recall per theme as Markdown.
int themes(const std::string& data, const std::vector<std::string>& files, bool show_errors) {
  auto book = load_default_codebook(data);
  if (!book) {
    std::cerr << book.error().to_string() << '\n';
    return 2;
  }
  ThemeMatcher matcher(*book);
  std::map<std::string, std::array<int, 3>> counts;  // theme -> true positives, false positives, false negatives
  for (const auto& t : book->themes) counts[t.name] = {0, 0, 0};
  int n = 0;
  for (const auto& path : files) {
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      const auto tab = line.find('\t');
      if (tab == std::string::npos) continue;
      std::set<std::string> coded;
      std::string rest = line.substr(0, tab);
      for (std::size_t at = 0; at <= rest.size();) {
        const std::size_t end = std::min(rest.find(';', at), rest.size());
        if (end > at) coded.insert(rest.substr(at, end - at));
        at = end + 1;
      }
      const std::string text = line.substr(tab + 1);
      const auto found = matcher.themes_of(text);
      const std::set<std::string> got(found.begin(), found.end());
      ++n;
      for (const auto& t : got) {
        ++counts[t][coded.count(t) ? 0 : 1];
        if (!coded.count(t) && show_errors) std::cerr << "extra " << t << ": " << text << '\n';
      }
      for (const auto& t : coded)
        if (!got.count(t)) {
          ++counts[t][2];
          if (show_errors) std::cerr << "missed " << t << ": " << text << '\n';
        }
    }
  }
  const auto pct = [](int a, int b) { return b ? std::to_string(static_cast<int>(std::lround(100.0 * a / b))) + "%" : std::string("–"); };
  std::cout << n << " comments\n\n| theme | coded | found | precision | recall |\n|---|---|---|---|---|\n";
  int tp = 0, fp = 0, fn = 0;
  for (const auto& t : book->themes) {
    const auto& c = counts[t.name];
    tp += c[0], fp += c[1], fn += c[2];
    std::cout << "| " << t.name << " | " << c[0] + c[2] << " | " << c[0] + c[1] << " | " << pct(c[0], c[0] + c[1]) << " | "
              << pct(c[0], c[0] + c[2]) << " |\n";
  }
  std::cout << "| all themes | " << tp + fn << " | " << tp + fp << " | " << pct(tp, tp + fp) << " | " << pct(tp, tp + fn) << " |\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || (args[0] != "train" && args[0] != "evaluate" && args[0] != "themes")) {
    std::cerr << "usage: train_tone train --data DIR --out MODEL FILE[:WEIGHT]...\n"
                 "       train_tone evaluate --data DIR --model MODEL [--errors] FILE...\n"
                 "       train_tone themes --data DIR [--errors] FILE...\n";
    return 2;
  }
  std::string data = "data", out, model;
  bool show_errors = false;
  std::vector<std::string> files;
  for (std::size_t i = 1; i < args.size(); ++i) {
    if (args[i] == "--data" && i + 1 < args.size()) data = args[++i];
    else if (args[i] == "--out" && i + 1 < args.size()) out = args[++i];
    else if (args[i] == "--model" && i + 1 < args.size()) model = args[++i];
    else if (args[i] == "--errors") show_errors = true;
    else files.push_back(args[i]);
  }
  if (args[0] == "themes") return themes(data, files, show_errors);
  if (args[0] == "train") return train(data, out.empty() ? data + "/tone/tone_model.tsv" : out, files);
  return evaluate(data, model.empty() ? data + "/tone/tone_model.tsv" : model, files, show_errors);
}
