#include "model/scale.hpp"

namespace canvass {

std::string_view to_string(Polarity p) {
  switch (p) {
    case Polarity::negative: return "negative";
    case Polarity::neutral: return "neutral";
    case Polarity::positive: return "positive";
    case Polarity::nonsubstantive: return "non-substantive";
  }
  return "neutral";
}

std::optional<Polarity> polarity_from_string(std::string_view s) {
  for (Polarity p : {Polarity::negative, Polarity::neutral, Polarity::positive, Polarity::nonsubstantive})
    if (to_string(p) == s) return p;
  return std::nullopt;
}

int Scale::points() const {
  int k = 0;
  for (const auto& l : levels)
    if (l.polarity != Polarity::nonsubstantive) ++k;
  return k;
}

const ScaleLevel* Scale::level(int position) const {
  for (const auto& l : levels)
    if (l.position == position) return &l;
  return nullptr;
}

}  // namespace canvass
