// Fuzz target: the bounded ZIP reader (central directory, names, inflation bounds).
#include <cstdint>
#include <string>
#include <string_view>

#include "sources/zip_archive.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  canvass::ZipLimits limits;
  limits.max_part_bytes = 4u << 20;  // small bounds keep each input fast
  limits.max_total_bytes = 16u << 20;
  auto archive = canvass::ZipArchive::open("fuzz.zip", bytes, limits);
  if (!archive) return 0;
  const auto entries = archive->entries();
  for (const auto& e : entries) {
    auto part = archive->read(e.name);
    if (part && part->size() > limits.max_part_bytes) __builtin_trap();
  }
  if (archive->total_inflated() > limits.max_total_bytes) __builtin_trap();
  return 0;
}
