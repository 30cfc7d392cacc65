// Fuzz target: the safe XML reader as every XLSX/DOCX part is parsed (no DOCTYPE, bounded
// entity expansion, no external access).
#include <cstdint>
#include <string_view>

#include "sources/xml_reader.hpp"

namespace {

class CountingVisitor : public canvass::XmlVisitor {
 public:
  void start_element(const canvass::XmlElement& e) override {
    if (e.attribute("r")) ++cells;
  }
  void characters(std::string_view text) override { chars += text.size(); }
  std::size_t cells = 0, chars = 0;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static canvass::XmlRuntime runtime;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  CountingVisitor visitor;
  (void)canvass::parse_xml(bytes, canvass::Location{"fuzz.xlsx", 0, 0, "xl/sharedStrings.xml"}, visitor,
                           canvass::XmlOptions::ooxml());
  return 0;
}
