#include "sources/read_table.hpp"

#include "sources/csv_reader.hpp"
#include "text/decode.hpp"

namespace canvass {

Result<Table> read_table(const std::string& path, std::string_view bytes) {
  if (bytes.empty()) return Error{{path}, "the file is empty"};
  if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4))
    return Error{{path}, "a ZIP container (XLSX/DOCX): not read yet"};
  auto decoded = decode_text(bytes, Location{path});
  if (!decoded) return decoded.error();
  Table table = parse_csv_text(decoded->text, path);
  table.encoding = decoded->encoding;
  return table;
}

}  // namespace canvass
