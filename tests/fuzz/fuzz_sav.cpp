// Fuzz target: SPSS .sav through ReadStat (from memory) into a Survey.
#include <cstdint>
#include <string_view>

#include "sources/sav_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const canvass::ScaleVocabulary vocabulary = canvass::ScaleVocabulary::builtin();
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)canvass::read_sav("fuzz.sav", bytes, vocabulary);
  return 0;
}
