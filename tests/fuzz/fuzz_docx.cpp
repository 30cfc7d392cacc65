// Fuzz target: the DOCX reader (paragraphs with heading style, list level and tables) and
// the notes assembled from them.
#include <cstdint>
#include <string_view>

#include "notes/read_notes.hpp"
#include "sources/docx_reader.hpp"
#include "sources/xml_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static canvass::XmlRuntime runtime;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)canvass::read_docx_paragraphs("fuzz.docx", bytes);
  (void)canvass::read_notes("fuzz.docx", bytes);
  return 0;
}
