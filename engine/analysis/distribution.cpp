#include "analysis/distribution.hpp"

#include <algorithm>

namespace canvass {

ItemDistribution distribute(const ItemTally& tally) {
  ItemDistribution d{tally.question, tally.item, tally.group, {}, 0, tally.missing, 0, false, tally.reverse_coded};
  for (std::size_t i = 0; i < tally.scale.levels.size(); ++i) {
    const ScaleLevel& l = tally.scale.levels[i];
    d.levels.push_back({l.position, l.label, l.polarity, tally.counts[i], std::nullopt});
    (l.polarity == Polarity::nonsubstantive ? d.nonsubstantive : d.n) += tally.counts[i];
  }
  for (auto& l : d.levels)
    if (l.polarity != Polarity::nonsubstantive && d.n > 0) l.percent = 100.0 * static_cast<double>(l.count) / d.n;
  // Report order: the substantive scale from its most positive level down, then the rest.
  std::stable_sort(d.levels.begin(), d.levels.end(), [](const LevelShare& a, const LevelShare& b) {
    const bool a_ns = a.polarity == Polarity::nonsubstantive, b_ns = b.polarity == Polarity::nonsubstantive;
    if (a_ns != b_ns) return b_ns;
    return a_ns ? a.position < b.position : a.position > b.position;
  });
  return d;
}

ItemDistribution withhold(ItemDistribution d) {
  for (auto& l : d.levels) {
    l.count = 0;
    l.percent.reset();
  }
  d.n = d.missing = d.nonsubstantive = 0;
  d.suppressed = true;
  return d;
}

}  // namespace canvass
