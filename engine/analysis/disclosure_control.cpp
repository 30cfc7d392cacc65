#include "analysis/disclosure_control.hpp"

namespace canvass {

std::string_view to_string(Disclosure d) {
  switch (d) {
    case Disclosure::shown: return "shown";
    case Disclosure::primary: return "primary";
    case Disclosure::secondary: return "secondary";
  }
  return "shown";
}

std::vector<Disclosure> control_disclosure(const std::vector<long>& sizes, long min_cell) {
  std::vector<Disclosure> status(sizes.size(), Disclosure::shown);
  long suppressed = 0, suppressed_respondents = 0;
  for (std::size_t i = 0; i < sizes.size(); ++i)
    if (sizes[i] < min_cell) {
      status[i] = Disclosure::primary;
      ++suppressed;
      suppressed_respondents += sizes[i];
    }
  while (suppressed > 0 && (suppressed < 2 || suppressed_respondents < min_cell)) {
    std::size_t smallest = sizes.size();
    for (std::size_t i = 0; i < sizes.size(); ++i)
      if (status[i] == Disclosure::shown && (smallest == sizes.size() || sizes[i] < sizes[smallest])) smallest = i;
    if (smallest == sizes.size()) break;  // every group is already suppressed
    status[smallest] = Disclosure::secondary;
    ++suppressed;
    suppressed_respondents += sizes[smallest];
  }
  return status;
}

}  // namespace canvass
