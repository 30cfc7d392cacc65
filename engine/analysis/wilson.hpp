// The Wilson score interval for a proportion k of n: stays inside [0, 1] and is
// well defined at k = 0 and k = n, where the usual normal (Wald) interval breaks.
#pragma once

#include <optional>

namespace canvass {

struct Interval {
  double low = 0;   // as a proportion, 0..1
  double high = 0;
};

// z for a two-sided 95% interval.
inline constexpr double kZ95 = 1.959963984540054;

// The Wilson score interval for k successes out of n; none when n is 0.
std::optional<Interval> wilson_interval(long k, long n, double z = kZ95);

}  // namespace canvass
