// The scale model: an ordered set of answer levels (1 = most negative up to k = most
// positive), each with a polarity, plus non-substantive levels ("Don't know") after k.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace canvass {

enum class Polarity { negative, neutral, positive, nonsubstantive };

std::string_view to_string(Polarity p);
std::optional<Polarity> polarity_from_string(std::string_view s);

struct ScaleLevel {
  int position = 0;     // 1..k for substantive levels, k+1.. for non-substantive ones
  std::string label;    // the display label, e.g. "Strongly agree"
  std::string code;     // the platform's code where it has one ("5", "A1"), else empty
  Polarity polarity = Polarity::neutral;
};

struct Scale {
  std::string name;    // e.g. "agreement-5"
  std::string family;  // e.g. "agreement"
  std::vector<ScaleLevel> levels;  // ordered by position

  // Number of substantive levels (k).
  int points() const;
  const ScaleLevel* level(int position) const;
};

}  // namespace canvass
