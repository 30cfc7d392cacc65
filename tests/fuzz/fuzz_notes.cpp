// Fuzz target: focus-group notes in plain text or Markdown (decoding, the X3 notes grammar,
// the assembler's sections, groups and duplicates).
#include <cstdint>
#include <string_view>

#include "notes/read_notes.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto notes = canvass::read_notes("fuzz.txt", bytes);
  if (notes)
    for (const auto& r : notes->records)
      if (r.duplicate_of && *r.duplicate_of >= r.id) __builtin_trap();  // a duplicate points back
  return 0;
}
