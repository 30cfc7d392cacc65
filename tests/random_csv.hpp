// The randomness the streamed-path tests share when they generate exports: a seeded
// generator, rows written with minimal, full or random quoting and CRLF or LF, and free-text
// comments full of what makes CSV hard (quotes, commas, line breaks, non-ASCII).
#pragma once

#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace canvass::testing {

class RandomCsv {
 protected:
  explicit RandomCsv(std::uint32_t seed) : rng_(seed) {}

  bool coin(double p) { return std::bernoulli_distribution(p)(rng_); }
  std::size_t uniform(std::size_t a, std::size_t b) { return std::uniform_int_distribution<std::size_t>(a, b)(rng_); }
  std::string pick(const std::vector<std::string>& v) { return v[uniform(0, v.size() - 1)]; }

  // Empty a third of the time; otherwise up to `max_words` of `words`, and now and then
  // `long_words` of them, longer than a read block.
  std::string comment(const std::vector<std::string>& words, std::size_t max_words, std::size_t long_words) {
    if (coin(0.35)) return "";
    std::string s;
    const std::size_t n = coin(0.01) ? long_words : uniform(1, max_words);
    for (std::size_t i = 0; i < n; ++i) {
      if (i) s += ' ';
      s += pick(words);
    }
    return s;
  }

  // One record: fields quoted when they must be, and otherwise as `quoting_` says (0
  // minimal, 1 always, 2 at random); the header always quoted.
  void write_row(std::string& text, const std::vector<std::string>& cells, bool header) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i) text += ',';
      const std::string& v = cells[i];
      const bool must = v.find_first_of(",\"\r\n") != std::string::npos;
      if (!(must || quoting_ == 1 || header || (quoting_ == 2 && coin(0.5)))) {
        text += v;
        continue;
      }
      text += '"';
      for (char ch : v) text += ch == '"' ? std::string("\"\"") : std::string(1, ch);
      text += '"';
    }
    text += eol_;
  }

  std::mt19937 rng_;
  int quoting_ = 0;
  std::string eol_;
};

}  // namespace canvass::testing
