// Fuzz target: from bytes to a Survey through the table reader and the platform layouts
// (detection, header classification, scale recognition).
#include <cstdint>
#include <string_view>

#include "layouts/detect.hpp"
#include "sources/read_table.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const canvass::ScaleVocabulary vocabulary = canvass::ScaleVocabulary::builtin();
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto table = canvass::read_table("fuzz.csv", bytes);
  if (!table) return 0;
  auto survey = canvass::read_survey(*table, vocabulary);
  if (!survey) return 0;
  for (const auto& r : survey->respondents)
    for (const auto& a : r.answers)
      if (a.question >= survey->questions.size() || a.item >= survey->questions[a.question].items.size())
        __builtin_trap();  // answers point at real items
  return 0;
}
