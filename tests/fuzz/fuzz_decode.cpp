// Fuzz target: text decoding (BOM, UTF-16, strict UTF-8, mixed encodings, Windows-1252).
#include <cstdint>
#include <string_view>

#include "text/decode.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto decoded = canvass::decode_text(bytes, canvass::Location{"fuzz.csv"});
  if (decoded && !canvass::is_valid_utf8(decoded->text)) __builtin_trap();  // decoding always yields UTF-8
  return 0;
}
