#include "model/survey.hpp"

namespace canvass {

namespace {
constexpr QuestionKind kAllKinds[] = {QuestionKind::likert, QuestionKind::single, QuestionKind::multi,
                                      QuestionKind::numeric, QuestionKind::text, QuestionKind::meta};
}

std::string_view to_string(QuestionKind k) {
  switch (k) {
    case QuestionKind::likert: return "likert";
    case QuestionKind::single: return "single";
    case QuestionKind::multi: return "multi";
    case QuestionKind::numeric: return "numeric";
    case QuestionKind::text: return "text";
    case QuestionKind::meta: return "meta";
  }
  return "text";
}

std::optional<QuestionKind> question_kind_from_string(std::string_view s) {
  for (QuestionKind k : kAllKinds)
    if (to_string(k) == s) return k;
  return std::nullopt;
}

}  // namespace canvass
