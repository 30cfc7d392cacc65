// Fuzz target: the XLSX reader (package, workbook, shared strings, sheets) from bytes, read
// twice: with the shared strings held in memory and with all of them in the scratch file,
// which must read the same.
#include <cstdint>
#include <string_view>

#include "sources/xlsx_reader.hpp"
#include "sources/xml_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static canvass::XmlRuntime runtime;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto table = canvass::read_xlsx("fuzz.xlsx", bytes);
  if (table)
    for (const auto& row : table->rows)
      if (row.line == 0) __builtin_trap();  // every row knows its sheet row
  canvass::XlsxOptions on_disk;
  on_disk.shared_strings_held = 0;
  auto spilled = canvass::read_xlsx("fuzz.xlsx", bytes, on_disk);
  if (static_cast<bool>(table) != static_cast<bool>(spilled)) __builtin_trap();
  if (table && spilled) {
    if (table->rows.size() != spilled->rows.size()) __builtin_trap();
    for (std::size_t r = 0; r < table->rows.size(); ++r)
      if (table->rows[r].line != spilled->rows[r].line || table->rows[r].cells != spilled->rows[r].cells)
        __builtin_trap();
  } else if (table.error().message != spilled.error().message) {
    __builtin_trap();
  }
  return 0;
}
