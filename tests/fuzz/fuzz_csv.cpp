// Fuzz target: the CSV reader (dialect sniffing, the X3 record grammar, the size caps).
// Runs each input twice: with the default caps and with tiny ones, so the cap paths run.
#include <cstdint>
#include <string_view>

#include "sources/csv_reader.hpp"
#include "sources/read_table.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto table = canvass::read_table("fuzz.csv", bytes);
  if (table)
    for (const auto& row : table->rows)
      if (row.line == 0) __builtin_trap();  // every row knows where it began
  canvass::CsvLimits tiny;
  tiny.max_field = 16;
  tiny.max_record = 64;
  const canvass::Table small = canvass::parse_csv_text(bytes, "fuzz.csv", tiny);
  for (const auto& row : small.rows) {
    std::size_t record = 0;
    for (const auto& cell : row.cells) record += cell.size();
    if (record > tiny.max_record) __builtin_trap();  // a record over the cap is never returned
  }
  return 0;
}
