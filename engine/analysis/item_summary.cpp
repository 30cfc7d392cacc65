#include "analysis/item_summary.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "analysis/wilson.hpp"

namespace canvass {

namespace {

double percent(long k, long n) { return 100.0 * static_cast<double>(k) / static_cast<double>(n); }

// The median of the level codes: the middle answer, or the mean of the two middle ones.
double median_code(const std::map<int, long>& count_by_code, long n) {
  auto nth = [&](long index) {  // 0-based index into the sorted answers
    long seen = 0;
    for (const auto& [code, count] : count_by_code) {
      seen += count;
      if (index < seen) return static_cast<double>(code);
    }
    return 0.0;
  };
  return n % 2 ? nth(n / 2) : (nth(n / 2 - 1) + nth(n / 2)) / 2;
}

}  // namespace

ItemSummary summarise(const ItemDistribution& d) {
  ItemSummary s;
  s.question = d.question;
  s.item = d.item;
  s.group = d.group;
  s.suppressed = d.suppressed;
  s.reverse_coded = d.reverse_coded;
  if (d.suppressed) return s;
  s.n = d.n;
  s.missing = d.missing;
  s.nonsubstantive = d.nonsubstantive;
  std::map<int, long> count_by_code;
  double sum = 0;
  int k = 0;  // substantive levels
  for (const auto& l : d.levels)
    if (l.polarity != Polarity::nonsubstantive) k = std::max(k, l.position);
  for (const auto& l : d.levels) {
    switch (l.polarity) {
      case Polarity::positive: s.agree += l.count; break;
      case Polarity::neutral: s.neutral += l.count; break;
      case Polarity::negative: s.disagree += l.count; break;
      case Polarity::nonsubstantive: continue;
    }
    const int code = d.reverse_coded ? k + 1 - l.position : l.position;
    count_by_code[code] += l.count;
    sum += static_cast<double>(code) * static_cast<double>(l.count);
  }
  if (s.n == 0) return s;
  s.agree_pct = percent(s.agree, s.n);
  s.neutral_pct = percent(s.neutral, s.n);
  s.disagree_pct = percent(s.disagree, s.n);
  s.net = *s.agree_pct - *s.disagree_pct;
  if (auto ci = wilson_interval(s.agree, s.n)) {
    s.agree_low = 100 * ci->low;
    s.agree_high = 100 * ci->high;
  }
  const double mean = sum / static_cast<double>(s.n);
  s.mean = mean;
  s.median = median_code(count_by_code, s.n);
  if (s.n > 1) {
    double squares = 0;
    for (const auto& [code, count] : count_by_code) squares += static_cast<double>(count) * (code - mean) * (code - mean);
    s.sd = std::sqrt(squares / static_cast<double>(s.n - 1));
  }
  return s;
}

}  // namespace canvass
