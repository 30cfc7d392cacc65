// Tallies as one line per item (question, item, scale, missing, every level's count), so
// two ways of counting the same file compare as text in the streamed-path tests.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "analysis/tally.hpp"

namespace canvass::testing {

inline std::string render(const std::vector<ItemTally>& tallies) {
  std::ostringstream out;
  for (const auto& t : tallies) {
    out << t.question << " | " << t.item << " | " << t.scale.name << " | missing " << t.missing;
    for (std::size_t i = 0; i < t.scale.levels.size(); ++i)
      out << " | " << t.scale.levels[i].position << ' ' << t.scale.levels[i].label << '=' << t.counts[i];
    out << '\n';
  }
  return out.str();
}

}  // namespace canvass::testing
