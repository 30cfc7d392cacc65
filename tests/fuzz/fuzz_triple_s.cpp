// Fuzz target: Triple-S metadata (.sss XML, validated against the bundled schema). The data
// file is looked for beside a path that does not exist, so only the metadata is read.
#include <cstdint>
#include <string_view>

#include "sources/triple_s_reader.hpp"
#include "sources/xml_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static canvass::XmlRuntime runtime;
  static const canvass::ScaleVocabulary vocabulary = canvass::ScaleVocabulary::builtin();
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)canvass::read_triple_s("/nonexistent/fuzz.sss", bytes, vocabulary);
  return 0;
}
