// The distinct codes of one coded variable (.sav, Triple-S) counted as its values stream
// past: a small whole-number code ("0" to "255", or the same number from SPSS) costs one
// array increment, anything else one hash probe. Handed back as ColumnLabels in the order
// the codes were first met, as interning every value as text would have made them.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/column_labels.hpp"
#include "sources/coded_survey.hpp"

namespace canvass {

class CodeTally {
 public:
  static constexpr std::uint32_t kSmall = 256;

  void add(std::string_view text, std::uint64_t record) {
    if (auto code = small_code(text)) add_small(*code, record);
    else other_.count(other_.intern(text, record));
  }
  void add(double code, std::uint64_t record) {
    if (code >= 0 && code < kSmall && static_cast<double>(static_cast<std::uint32_t>(code)) == code)
      add_small(static_cast<std::uint32_t>(code), record);
    else add(std::string_view(code_text(code)), record);
  }

  // Distinct codes so far.
  std::size_t size() const { return small_seen_ + other_.size(); }

  // Every code with its count and first record, in the order first met.
  ColumnLabels labels() const {
    struct Seen {
      std::uint64_t first;
      std::string text;
      long count;
    };
    std::vector<Seen> seen;
    for (std::uint32_t c = 0; c < kSmall; ++c)
      if (small_[c].count) seen.push_back({small_[c].first, std::to_string(c), small_[c].count});
    for (const auto& l : other_.labels()) seen.push_back({l.first_record, l.text, l.count});
    std::stable_sort(seen.begin(), seen.end(), [](const Seen& a, const Seen& b) { return a.first < b.first; });
    ColumnLabels out;
    for (const auto& s : seen) out.count(out.intern(s.text, s.first), s.count);
    return out;
  }

 private:
  struct Small {
    long count = 0;
    std::uint64_t first = 0;
  };
  // "0" to "255" written as a number is written: no sign, no leading zero, no point.
  static std::optional<std::uint32_t> small_code(std::string_view s) {
    if (s.empty() || s.size() > 3 || (s.size() > 1 && s[0] == '0')) return std::nullopt;
    std::uint32_t v = 0;
    for (char c : s) {
      if (c < '0' || c > '9') return std::nullopt;
      v = v * 10 + static_cast<std::uint32_t>(c - '0');
    }
    return v < kSmall ? std::optional<std::uint32_t>(v) : std::nullopt;
  }
  void add_small(std::uint32_t code, std::uint64_t record) {
    Small& s = small_[code];
    if (s.count++ == 0) {
      s.first = record;
      ++small_seen_;
    }
  }

  std::array<Small, kSmall> small_{};
  std::size_t small_seen_ = 0;
  ColumnLabels other_;
};

}  // namespace canvass
