// Answer labels that carry their numeric code in front: "5 - Strongly agree",
// "1 = Strongly disagree", "(5) Strongly agree", "5. Strongly agree". Rules in
// scale_label_def.hpp; scale_label.cpp instantiates them once.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace canvass::grammar {

struct CodedLabel {
  std::string code;   // "5", "-1"
  std::string label;  // "Strongly agree"
};

// Nothing when the label carries no numeric prefix.
std::optional<CodedLabel> parse_coded_label(std::string_view label);

}  // namespace canvass::grammar
