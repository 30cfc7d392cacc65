// Fuzz target: the study file loader (safe XML reader, XSD validation, StudyConfig).
#include <cstdint>
#include <string_view>

#include "sources/xml_reader.hpp"
#include "study/study_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static canvass::XmlRuntime runtime;  // keep Xerces initialised across inputs
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto study = canvass::parse_study(bytes, "/fuzz/study.xml");
  if (study && study->title.empty()) __builtin_trap();  // the schema requires a title
  return 0;
}
