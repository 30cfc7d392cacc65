#include "ingest/stand_in_checks.hpp"

#include <algorithm>
#include <cstdlib>
#include <set>

#include "layouts/column_classifier.hpp"
#include "layouts/multi_select.hpp"
#include "text/fold.hpp"

namespace canvass {
bool certainly_free_text(const std::vector<std::string>& seen, const std::string& separator, bool one_item) {
  std::set<std::string> distinct;
  std::size_t longest = 0;
  bool numeric = true;
  for (const auto& raw : seen) {
    const std::string a = collapse_spaces(raw);
    if (a.empty()) continue;
    longest = std::max(longest, a.size());
    numeric = numeric && is_number(a);
    distinct.insert(a);
  }
  if (distinct.empty() || numeric) return false;
  if (!(longest > 80 || (distinct.size() > 12 && longest > 30))) return false;
  if (separator.empty() || !one_item) return true;
  std::set<std::string> parts;
  for (const auto& raw : seen)
    for (const auto& part : split_choices(raw, separator)) {
      if (part.size() > 60) return true;
      parts.insert(fold(part));
    }
  return parts.size() > 15;
}

}  // namespace canvass
