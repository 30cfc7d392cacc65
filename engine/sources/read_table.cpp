#include "sources/read_table.hpp"

#include "sources/csv_reader.hpp"
#include "sources/ooxml_package.hpp"
#include "sources/sav_reader.hpp"
#include "sources/xlsx_reader.hpp"
#include "sources/zip_archive.hpp"
#include "text/decode.hpp"

namespace canvass {

namespace {

// A ZIP is read only when its content types say it is a workbook; a Word document or
// any other archive gets a clear refusal instead of a confusing parse error.
Result<Table> read_zip_table(const std::string& path, std::string_view bytes, const std::string& sheet) {
  XlsxOptions options;
  options.sheet = sheet;
  {
    auto zip = ZipArchive::open(path, bytes, options.limits);
    if (!zip) return zip.error();
    auto kind = ooxml_kind(*zip);
    if (!kind) return kind.error();
    switch (*kind) {
      case OoxmlKind::spreadsheet: break;
      case OoxmlKind::word:
        return Error{{path}, "a Word document, not a survey export (read focus-group notes with `canvass notes`)"};
      case OoxmlKind::presentation: return Error{{path}, "a PowerPoint presentation, not a survey export"};
      case OoxmlKind::other: return Error{{path}, "a ZIP archive that is not an Excel workbook"};
    }
  }
  return read_xlsx(path, bytes, options);
}

}  // namespace

Result<Table> read_table(const std::string& path, std::string_view bytes, const std::string& sheet) {
  if (bytes.empty()) return Error{{path}, "the file is empty"};
  if (looks_like_zip(bytes)) return read_zip_table(path, bytes, sheet);
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
