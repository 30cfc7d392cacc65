// Instantiates the scale-label rules once.
#include "scale_label/scale_label.hpp"

#include "scale_label/scale_label_def.hpp"

namespace canvass::grammar {

std::optional<CodedLabel> parse_coded_label(std::string_view text) {
  std::size_t b = 0, e = text.size();
  while (b < e && text[b] == ' ') ++b;
  while (e > b && text[e - 1] == ' ') --e;
  const std::string_view s = text.substr(b, e - b);
  CodedLabel out;
  auto first = s.begin();
  if (!boost::spirit::x3::parse(first, s.end(), scale_label_rules::coded, out) || first != s.end()) return std::nullopt;
  return out;
}

}  // namespace canvass::grammar
