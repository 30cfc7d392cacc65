// Fuzz target: a LimeSurvey structure file (.lss, XML) as the labels of a code export.
#include <cstdint>
#include <string>
#include <string_view>

#include "layouts/limesurvey_structure.hpp"
#include "sources/xml_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static canvass::XmlRuntime runtime;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)canvass::parse_limesurvey_structure(bytes, "fuzz.lss");
  return 0;
}
