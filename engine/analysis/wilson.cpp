#include "analysis/wilson.hpp"

#include <algorithm>
#include <cmath>

namespace canvass {

std::optional<Interval> wilson_interval(long k, long n, double z) {
  if (n <= 0 || k < 0 || k > n) return std::nullopt;
  const double nn = static_cast<double>(n);
  const double p = static_cast<double>(k) / nn;
  const double z2 = z * z;
  const double centre = (p + z2 / (2 * nn)) / (1 + z2 / nn);
  const double half = z / (1 + z2 / nn) * std::sqrt(p * (1 - p) / nn + z2 / (4 * nn * nn));
  // At k = 0 and k = n the bound is exactly 0 or 1; clamping removes rounding noise.
  Interval ci{std::max(0.0, centre - half), std::min(1.0, centre + half)};
  if (k == 0) ci.low = 0;
  if (k == n) ci.high = 1;
  return ci;
}

}  // namespace canvass
