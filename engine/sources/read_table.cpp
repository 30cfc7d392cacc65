#include "sources/read_table.hpp"

#include "sources/csv_reader.hpp"
#include "sources/sav_reader.hpp"
#include "sources/xlsx_reader.hpp"
#include "sources/zip_archive.hpp"
#include "text/decode.hpp"

namespace canvass {

Result<Table> read_table(const std::string& path, std::string_view bytes, const std::string& sheet) {
  if (bytes.empty()) return Error{{path}, "the file is empty"};
  if (looks_like_zip(bytes)) {
    XlsxOptions options;
    options.sheet = sheet;
    return read_xlsx(path, bytes, options);
  }
  if (looks_like_sav(bytes))
    return Error{{path}, "an SPSS .sav file: it is read as a survey (canvass ingest/dist), not as a table"};
  // No line break where a header could end: refused before decoding copies the file.
  const std::size_t longest = CsvLimits{}.max_record;
  if (bytes.size() > longest && bytes.substr(0, longest + 1).find_first_of("\r\n") == std::string_view::npos)
    return Error{{path, 1, 1}, "no header row could be read: no line break in the first " +
                                   std::to_string(longest >> 20) + " MiB (the limit of one record)"};
  auto decoded = decode_text(bytes, Location{path});
  if (!decoded) return decoded.error();
  Table table = parse_csv_text(decoded->text, path);
  table.encoding = decoded->encoding;
  return table;
}

}  // namespace canvass
